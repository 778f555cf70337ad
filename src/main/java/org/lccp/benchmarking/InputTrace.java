package org.lccp.benchmarking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * The inputs a computed value came from, kept as message keys with their arguments rather
 * than as finished sentences, so that every reader sees them in their own language
 * ({@link Traces}) while the figures stay exact. Arguments are numbers (exact decimals),
 * units (translated as the registry's units are) or text (sources, titles, ids), which is
 * shown as written. Values stored before this form (plain English text) are shown as they
 * are.
 */
final class InputTrace {

	static final String MARK = "trace:";

	/** The division sign between two inputs. */
	static final String DIVIDE = "divide";

	/** One input of a formula: its code and value. */
	static final String EQUALS = "equals";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A number argument: formatted for the reader, never rounded. */
	record Num(BigDecimal value) {
	}

	/** A unit argument: the registry's unit code, shown in the reader's language. */
	record Unit(String code) {
	}

	/** One phrase: a message key of {@code benchmarking.trace.*} and its arguments. */
	record Part(String key, List<Object> args) {
	}

	private final List<Part> parts = new ArrayList<>();

	private InputTrace() {
	}

	static InputTrace of(String key, Object... args) {
		return new InputTrace().then(key, args);
	}

	InputTrace then(String key, Object... args) {
		this.parts.add(new Part(key, List.of(args)));
		return this;
	}

	InputTrace then(InputTrace other) {
		this.parts.addAll(other.parts);
		return this;
	}

	static Num num(BigDecimal value) {
		return new Num(value.stripTrailingZeros());
	}

	static Unit unit(String code) {
		return new Unit(code);
	}

	/** The stored form: the mark and a JSON array of phrases. */
	String stored() {
		ArrayNode array = JSON.createArrayNode();
		for (var part : this.parts) {
			var node = array.addObject();
			node.put("k", part.key());
			var args = node.putArray("a");
			for (var arg : part.args()) {
				if (arg instanceof Num n) {
					args.addObject().put("n", n.value().toPlainString());
				}
				else if (arg instanceof Unit u) {
					args.addObject().put("u", u.code());
				}
				else {
					args.add(String.valueOf(arg));
				}
			}
		}
		return MARK + JSON.writeValueAsString(array);
	}

	@Override
	public String toString() {
		return stored();
	}

	/**
	 * The phrases of a stored trace, or null for a plain text (a reported source, or a
	 * value stored before traces) or one that cannot be read.
	 */
	static @Nullable List<Part> parse(@Nullable String stored) {
		if (stored == null || !stored.startsWith(MARK)) {
			return null;
		}
		try {
			var array = JSON.readTree(stored.substring(MARK.length()));
			if (!array.isArray()) {
				return null;
			}
			var out = new ArrayList<Part>();
			for (JsonNode node : array) {
				var args = new ArrayList<Object>();
				for (JsonNode arg : node.path("a")) {
					if (arg.has("n")) {
						args.add(new Num(new BigDecimal(arg.get("n").asString())));
					}
					else if (arg.has("u")) {
						args.add(new Unit(arg.get("u").asString()));
					}
					else {
						args.add(arg.asString());
					}
				}
				out.add(new Part(node.path("k").asString(), args));
			}
			return out;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
