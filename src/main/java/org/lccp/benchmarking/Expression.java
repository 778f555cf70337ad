package org.lccp.benchmarking;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A derived indicator's formula over other indicators of the same system: codes, decimal
 * numbers, {@code + - * /} and parentheses, e.g. {@code TRANSPORT_PER_INHABITANT * 1000}.
 * Evaluated in exact decimals (division to 16 significant digits); a value that needs a
 * missing input or a division by zero is missing, never zero. Parsed by hand: an
 * expression library would either compute in binary floating point (exp4j) or evaluate
 * far more than arithmetic (SpEL), and a formula text comes from a form.
 */
final class Expression {

	static final int MAX_LENGTH = 500;

	private final String text;

	private final Node root;

	private Expression(String text, Node root) {
		this.text = text;
		this.root = root;
	}

	/**
	 * Parses a formula, refusing syntax errors and codes that are not among
	 * {@code knownCodes}.
	 */
	static Expression parse(String text, Set<String> knownCodes) {
		if (text.isBlank() || text.length() > MAX_LENGTH) {
			throw InvalidBenchmarkException.onField("formula", "benchmarking.formula.error.syntax", text.strip());
		}
		var parser = new Parser(text);
		var root = parser.expression();
		parser.skipSpaces();
		if (parser.pos < text.length()) {
			throw InvalidBenchmarkException.onField("formula", "benchmarking.formula.error.syntax", text.strip());
		}
		for (var code : codes(root)) {
			if (!knownCodes.contains(code)) {
				throw InvalidBenchmarkException.onField("formula", "benchmarking.formula.error.unknown", code);
			}
		}
		return new Expression(text.strip(), root);
	}

	String text() {
		return this.text;
	}

	/** The indicator codes the formula reads. */
	Set<String> codes() {
		return codes(this.root);
	}

	/**
	 * The value from the inputs, or null when an input is missing or a divisor is zero.
	 */
	@Nullable BigDecimal evaluate(Map<String, BigDecimal> inputs) {
		return this.root.evaluate(inputs);
	}

	private static Set<String> codes(Node node) {
		var out = new LinkedHashSet<String>();
		collect(node, out);
		return out;
	}

	private static void collect(Node node, Set<String> out) {
		if (node instanceof Code c) {
			out.add(c.code());
		}
		else if (node instanceof Binary b) {
			collect(b.left(), out);
			collect(b.right(), out);
		}
		else if (node instanceof Negate n) {
			collect(n.operand(), out);
		}
	}

	private sealed interface Node permits Number, Code, Binary, Negate {

		@Nullable BigDecimal evaluate(Map<String, BigDecimal> inputs);

	}

	private record Number(BigDecimal value) implements Node {

		@Override
		public BigDecimal evaluate(Map<String, BigDecimal> inputs) {
			return this.value;
		}

	}

	private record Code(String code) implements Node {

		@Override
		public @Nullable BigDecimal evaluate(Map<String, BigDecimal> inputs) {
			return inputs.get(this.code);
		}

	}

	private record Negate(Node operand) implements Node {

		@Override
		public @Nullable BigDecimal evaluate(Map<String, BigDecimal> inputs) {
			var v = this.operand.evaluate(inputs);
			return v == null ? null : v.negate();
		}

	}

	private record Binary(char operator, Node left, Node right) implements Node {

		@Override
		public @Nullable BigDecimal evaluate(Map<String, BigDecimal> inputs) {
			var a = this.left.evaluate(inputs);
			var b = this.right.evaluate(inputs);
			if (a == null || b == null) {
				return null;
			}
			return switch (this.operator) {
				case '+' -> a.add(b);
				case '-' -> a.subtract(b);
				case '*' -> a.multiply(b);
				default -> b.signum() == 0 ? null : a.divide(b, CompositeIndex.MC);
			};
		}

	}

	private static final class Parser {

		private final String text;

		private int pos;

		private int depth;

		Parser(String text) {
			this.text = text;
		}

		void skipSpaces() {
			while (this.pos < this.text.length() && Character.isWhitespace(this.text.charAt(this.pos))) {
				this.pos++;
			}
		}

		private boolean eat(char c) {
			skipSpaces();
			if (this.pos < this.text.length() && this.text.charAt(this.pos) == c) {
				this.pos++;
				return true;
			}
			return false;
		}

		Node expression() {
			if (++this.depth > 50) {
				throw error();
			}
			var node = term();
			while (true) {
				if (eat('+')) {
					node = new Binary('+', node, term());
				}
				else if (eat('-')) {
					node = new Binary('-', node, term());
				}
				else {
					this.depth--;
					return node;
				}
			}
		}

		private Node term() {
			var node = factor();
			while (true) {
				if (eat('*')) {
					node = new Binary('*', node, factor());
				}
				else if (eat('/')) {
					node = new Binary('/', node, factor());
				}
				else {
					return node;
				}
			}
		}

		private Node factor() {
			if (eat('-')) {
				return new Negate(factor());
			}
			if (eat('(')) {
				var inner = expression();
				if (!eat(')')) {
					throw error();
				}
				return inner;
			}
			skipSpaces();
			var start = this.pos;
			if (this.pos < this.text.length() && (Character.isDigit(this.text.charAt(this.pos)))) {
				while (this.pos < this.text.length()
						&& (Character.isDigit(this.text.charAt(this.pos)) || this.text.charAt(this.pos) == '.')) {
					this.pos++;
				}
				try {
					return new Number(new BigDecimal(this.text.substring(start, this.pos)));
				}
				catch (NumberFormatException ex) {
					throw error();
				}
			}
			while (this.pos < this.text.length() && isCodeChar(this.text.charAt(this.pos))) {
				this.pos++;
			}
			if (start == this.pos) {
				throw error();
			}
			return new Code(this.text.substring(start, this.pos));
		}

		private static boolean isCodeChar(char c) {
			return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
		}

		private InvalidBenchmarkException error() {
			return InvalidBenchmarkException.onField("formula", "benchmarking.formula.error.syntax", this.text.strip());
		}

	}

}
