package org.lccp.benchmarking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lccp.benchmarking.PeerFinder.Point;
import org.lccp.benchmarking.PeerFinder.Variable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** "Cities like mine": distances in standard deviations, with their explanation. */
class PeerFinderTest {

	static UUID id(int n) {
		return new UUID(0, n);
	}

	static Point city(int n, String country, String population, String emissions) {
		var numbers = new java.util.EnumMap<Variable, BigDecimal>(Variable.class);
		if (population != null) {
			numbers.put(Variable.POPULATION, new BigDecimal(population));
		}
		if (emissions != null) {
			numbers.put(Variable.EMISSIONS_PER_INHABITANT, new BigDecimal(emissions));
		}
		return new Point(id(n), country, "MUNICIPALITY", numbers);
	}

	@Test
	void distanceIsTheRootMeanSquareOfStandardisedDifferences() {
		// Populations 10^5, 10^6, 10^7 on a log scale: 5, 6, 7; sd √(2/3). Emissions 4,
		// 6, 8: sd √(8/3).
		var points = List.of(city(1, "JP", "100000", "4"), city(2, "JP", "1000000", "6"),
				city(3, "KR", "10000000", "8"));
		var spreads = PeerFinder.spreads(points);
		assertThat(spreads.get(Variable.POPULATION)).isCloseTo(Math.sqrt(2.0 / 3), within(1e-9));
		var peers = PeerFinder.nearest(points.get(0), points,
				EnumSet.of(Variable.POPULATION, Variable.EMISSIONS_PER_INHABITANT, Variable.COUNTRY), 5, spreads);
		assertThat(peers).extracting(PeerFinder.Peer::cityId).containsExactly(id(2), id(3));
		var nearest = peers.get(0);
		var dPopulation = 1 / Math.sqrt(2.0 / 3);
		var dEmissions = 2 / Math.sqrt(8.0 / 3);
		assertThat(nearest.distance())
			.isCloseTo(Math.sqrt((dPopulation * dPopulation + dEmissions * dEmissions + 0) / 3), within(1e-12));
		// The explanation names each variable with both values and the difference.
		assertThat(nearest.differences()).extracting(PeerFinder.Difference::variable)
			.containsExactly(Variable.POPULATION, Variable.EMISSIONS_PER_INHABITANT, Variable.COUNTRY);
		var country = nearest.differences().get(2);
		assertThat(country.own()).isEqualTo("JP");
		assertThat(country.peer()).isEqualTo("JP");
		assertThat(country.close()).isTrue();
		assertThat(peers.get(1).differences().get(2).difference()).isEqualTo(1);
		assertThat(nearest.closeOn()).extracting(PeerFinder.Difference::variable).containsExactly(Variable.COUNTRY);
	}

	@Test
	void aCitySharingFewerThanHalfTheVariablesIsNotCompared() {
		var own = city(1, "JP", "100000", "4");
		var points = new ArrayList<>(List.of(own, city(2, "JP", "200000", "5"), city(3, "JP", null, null)));
		var spreads = PeerFinder.spreads(points);
		var chosen = Set.of(Variable.POPULATION, Variable.EMISSIONS_PER_INHABITANT, Variable.GDP_PER_CAPITA);
		// Of three variables, city 3 shares none and city 2 shares two (more than half);
		// the
		// one neither has counts as a standard deviation apart and is named as missing.
		var peers = PeerFinder.nearest(own, points, chosen, 5, spreads);
		assertThat(peers).extracting(PeerFinder.Peer::cityId).containsExactly(id(2));
		var differences = peers.get(0).differences();
		assertThat(differences).hasSize(3);
		assertThat(differences).filteredOn(PeerFinder.Difference::missing)
			.extracting(PeerFinder.Difference::variable)
			.containsExactly(Variable.GDP_PER_CAPITA);
		var squares = differences.stream().mapToDouble((d) -> d.difference() * d.difference()).sum();
		assertThat(peers.get(0).distance()).isCloseTo(Math.sqrt(squares / 3), within(1e-12));
	}

	@Test
	void aCityWithoutDataIsNotCloseByAccident() {
		var own = city(1, "JP", "1000000", "5");
		var similar = city(2, "JP", "1100000", "5.5");
		var empty = city(3, "JP", null, null);
		var points = List.of(own, similar, empty, city(4, "KR", "9000000", "12"));
		var peers = PeerFinder.nearest(own, points,
				Set.of(Variable.POPULATION, Variable.EMISSIONS_PER_INHABITANT, Variable.COUNTRY, Variable.ADMIN_LEVEL),
				5, PeerFinder.spreads(points));
		// City 3 matches on country and level only; its two missing numbers put it behind
		// city 2.
		assertThat(peers).extracting(PeerFinder.Peer::cityId).startsWith(id(2), id(3));
		assertThat(peers.get(1).distance()).isCloseTo(Math.sqrt(2.0 / 4), within(1e-12));
	}

	@Test
	void kLimitsThePeersAndTiesAreBrokenByIdSoAnswersAreStable() {
		var own = city(1, "MN", "500000", null);
		var points = List.of(own, city(4, "MN", "500000", null), city(3, "MN", "500000", null),
				city(2, "CN", "500000", null));
		var peers = PeerFinder.nearest(own, points, Set.of(Variable.POPULATION, Variable.COUNTRY), 2,
				PeerFinder.spreads(points));
		assertThat(peers).extracting(PeerFinder.Peer::cityId).containsExactly(id(3), id(4));
		assertThat(peers.get(0).distance()).isZero();
	}

	@Test
	void choosingNoVariableIsRefused() {
		var own = city(1, "JP", "1", "1");
		assertThatThrownBy(() -> PeerFinder.nearest(own, List.of(own), Set.of(), 5, Map.of()))
			.isInstanceOf(InvalidBenchmarkException.class)
			.hasMessage("benchmarking.peers.error.noVariables");
	}

}
