package org.lccp.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock a test moves by hand, in UTC: deadlines, waits and reminders are then checked
 * at the moment the test chooses instead of by waiting.
 */
public final class TestClock extends Clock {

	private volatile Instant now;

	public TestClock(Instant start) {
		this.now = start;
	}

	public void advance(Duration by) {
		this.now = this.now.plus(by);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(this.now, zone);
	}

	@Override
	public Instant instant() {
		return this.now;
	}

}
