package org.lccp.identity.apiaccess;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Token buckets of the API's request limits kept in PostgreSQL, so that every node of the
 * platform counts against the same budget. Bucket4j reads a bucket's state, works out the
 * new state and writes it back only if nobody changed it meanwhile (compare and swap in
 * one conditional {@code update}), retrying otherwise. Bucket4j's own PostgreSQL module
 * is not available from the Maven repository here, so this is the same mechanism on the
 * generic support of bucket4j-core.
 */
final class DatabaseBuckets extends AbstractCompareAndSwapBasedProxyManager<String> {

	private final JdbcTemplate jdbc;

	DatabaseBuckets(DataSource dataSource) {
		super(ClientSideConfig.getDefault());
		this.jdbc = new JdbcTemplate(dataSource);
	}

	@Override
	protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
		return new CompareAndSwapOperation() {

			@Override
			public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
				return DatabaseBuckets.this.jdbc.query("select state from api_rate_bucket where bucket_key = ?",
						(rows) -> rows.next() ? Optional.of(rows.getBytes(1)) : Optional.<byte[]>empty(), key);
			}

			@Override
			public boolean compareAndSwap(byte[] originalData, byte[] newData, RemoteBucketState newState,
					Optional<Long> timeoutNanos) {
				if (originalData == null) {
					return DatabaseBuckets.this.jdbc.update("""
							insert into api_rate_bucket (bucket_key, state, updated_at) values (?, ?, now())
							on conflict do nothing""", key, newData) == 1;
				}
				return DatabaseBuckets.this.jdbc.update(
						"update api_rate_bucket set state = ?, updated_at = now() where bucket_key = ? and state = ?",
						newData, key, originalData) == 1;
			}

		};
	}

	@Override
	protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
		throw new UnsupportedOperationException("the API's limits are checked synchronously");
	}

	@Override
	protected CompletableFuture<Void> removeAsync(String key) {
		throw new UnsupportedOperationException("the API's limits are checked synchronously");
	}

	@Override
	public void removeProxy(String key) {
		this.jdbc.update("delete from api_rate_bucket where bucket_key = ?", key);
	}

	@Override
	public boolean isAsyncModeSupported() {
		return false;
	}

	/**
	 * Forgets buckets not used for longer than it takes them to refill completely; a new
	 * bucket starts full, so nothing changes for their clients.
	 */
	int forgetIdle(java.time.Duration refill) {
		return this.jdbc.update("delete from api_rate_bucket where updated_at < now() - ? * interval '1 second'",
				Math.max(60, refill.toSeconds() * 2));
	}

}
