package org.lccp.gatherings;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lccp.support.LccpTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lccp.gatherings.GatheringBuilder.aGathering;

/**
 * The calendar reads a page from the start of the gatherings that may still be running
 * (now less the longest gathering's duration) and past ones backwards from now; a long
 * gathering that started before the others is still upcoming until it ends, and the
 * totals count exactly what the lists hold.
 */
@LccpTest
class CalendarPagingTest {

	@Autowired
	GatheringManagement gatherings;

	@Autowired
	GatheringProgramme programme;

	@Test
	void aLongGatheringStartedWeeksAgoStaysUpcomingAndLeadsTheListUntilItEnds() {
		var token = "paging" + UUID.randomUUID().toString().substring(0, 8);
		var running = aGathering().titled("Six-week training " + token)
			.startingInDays(-20)
			.lastingDays(40)
			.createWith(this.programme);
		var soon = aGathering().titled("Workshop " + token).startingInDays(5).createWith(this.programme);
		var over = aGathering().titled("Forum " + token).startingInDays(-3).createWith(this.programme);
		var filter = new GatheringManagement.Filter(null, null, null, token);

		var upcoming = this.gatherings.calendar(false, filter, 0, 20);
		assertThat(upcoming.getContent()).extracting(GatheringManagement.GatheringSummary::id)
			.containsExactly(running, soon);
		assertThat(upcoming.getTotalElements()).isEqualTo(2);

		var past = this.gatherings.calendar(true, filter, 0, 20);
		assertThat(past.getContent()).extracting(GatheringManagement.GatheringSummary::id).containsExactly(over);
		assertThat(past.getTotalElements()).isOne();
	}

	@Test
	void theTotalCountsEveryMatchingGatheringBeyondTheFirstPage() {
		var token = "pages" + UUID.randomUUID().toString().substring(0, 8);
		for (int i = 1; i <= 3; i++) {
			aGathering().titled("Session " + i + " " + token).startingInDays(i).createWith(this.programme);
		}
		var filter = new GatheringManagement.Filter(null, null, null, token);

		var first = this.gatherings.calendar(false, filter, 0, 2);
		assertThat(first.getContent()).hasSize(2);
		assertThat(first.getTotalElements()).isEqualTo(3);
		assertThat(this.gatherings.calendar(false, filter, 1, 2).getContent())
			.extracting(GatheringManagement.GatheringSummary::title)
			.containsExactly("Session 3 " + token);
	}

	@Test
	void thePastTotalCountsEveryGatheringOverAndFollowsANewOne() {
		var token = "held" + UUID.randomUUID().toString().substring(0, 8);
		for (int i = 1; i <= 3; i++) {
			aGathering().titled("Held " + i + " " + token).startingInDays(-10 * i).createWith(this.programme);
		}
		aGathering().titled("Coming " + token).startingInDays(4).createWith(this.programme);
		var filter = new GatheringManagement.Filter(null, null, null, token);

		var first = this.gatherings.calendar(true, filter, 0, 2);
		assertThat(first.getContent()).extracting(GatheringManagement.GatheringSummary::title)
			.containsExactly("Held 1 " + token, "Held 2 " + token);
		assertThat(first.getTotalElements()).isEqualTo(3);

		aGathering().titled("Held 4 " + token).startingInDays(-40).createWith(this.programme);
		assertThat(this.gatherings.calendar(true, filter, 0, 2).getTotalElements())
			.as("a total kept from before the new gathering is not shown")
			.isEqualTo(4);
		assertThat(this.gatherings.calendar(false, filter, 0, 2).getTotalElements()).isOne();
	}

	@Test
	void theUpcomingTotalFollowsANewGathering() {
		var token = "coming" + UUID.randomUUID().toString().substring(0, 8);
		for (int i = 1; i <= 3; i++) {
			aGathering().titled("Coming " + i + " " + token).startingInDays(i).createWith(this.programme);
		}
		var filter = new GatheringManagement.Filter(null, null, null, token);
		assertThat(this.gatherings.calendar(false, filter, 0, 2).getTotalElements()).isEqualTo(3);

		aGathering().titled("Coming 4 " + token).startingInDays(9).createWith(this.programme);
		var again = this.gatherings.calendar(false, filter, 0, 2);
		assertThat(again.getTotalElements()).as("a total kept from before the new gathering is not shown").isEqualTo(4);
		assertThat(again.getTotalPages()).isEqualTo(2);
	}

	@Test
	void theCountryChoiceListsEachVenueCountryOnceInOrder() {
		aGathering().createWith(this.programme);
		aGathering().createWith(this.programme);

		assertThat(this.gatherings.countries()).contains("KR").doesNotHaveDuplicates().isSorted();
	}

}
