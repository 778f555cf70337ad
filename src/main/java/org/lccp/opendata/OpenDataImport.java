package org.lccp.opendata;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An import a module offers for its records: the module reads and checks the file's rows
 * and stores them through its own facade, with its own rules; {@link ImportJobs} stores
 * the rows with a job, runs it in the background on whichever node picks it up, on behalf
 * of the account that started it, and keeps its progress and result.
 */
public interface OpenDataImport {

	/** What the file holds, stored with each job (at most 20 characters). */
	String kind();

	/**
	 * Reads the file into rows (column name to text) and checks its columns; the rows are
	 * checked by {@link #run}.
	 */
	ReadFile read(@Nullable String filename, InputStream content);

	/**
	 * Checks every row and, unless a dry run, stores all of them if none has a problem;
	 * tells {@code progress} how far it got. Runs in the job's transaction, so that the
	 * rows and the job's result are committed together.
	 */
	Result run(List<Map<String, String>> rows, boolean dryRun, Progress progress);

	/**
	 * One problem: the row (1 is the header), the column, and a message key with its
	 * arguments or, from bean validation, the message itself.
	 */
	record Problem(int row, String column, String message, Object... args) {
	}

	/** The rows of a file, or the problems that keep it from being checked. */
	record ReadFile(List<Map<String, String>> rows, List<Problem> problems) {
	}

	/** What an import did or would do. */
	record Result(int rows, List<Problem> problems, boolean applied) {

		public static Result failed(List<Problem> problems) {
			return new Result(0, problems, false);
		}

	}

	/** Hears how far a check and an import got. */
	interface Progress {

		Progress NONE = new Progress() {
		};

		/** This many rows have been checked. */
		default void validated(int rows) {
		}

		/** All rows passed; storing them begins. */
		default void applying() {
		}

		/** This many rows have been written (committed only when all are). */
		default void applied(int rows) {
		}

	}

}
