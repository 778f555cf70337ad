package org.lccp.gatherings;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.files.FileNotFoundException;
import org.lccp.files.FileStore;
import org.lccp.files.StoredFile;
import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.security.Role;
import org.lccp.shared.web.Paging;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gatherings module's reading side and the API other modules use: the calendar and
 * its lists, a gathering's page and description, the feeds, and the short lists other
 * modules' forms and pages ask for. Writes live in {@link GatheringProgramme} (the
 * secretariat's description of gatherings, sessions, materials and outcome) and
 * {@link GatheringRegistrations} (registration, check-in, feedback), each with its own
 * role checks.
 */
@Service
public class GatheringManagement {

	private final Gatherings gatherings;

	private final Registrations registrations;

	private final AgendaSessions sessions;

	private final Materials materials;

	private final Feedbacks feedbacks;

	private final FileStore files;

	private final Clock clock;

	private final org.lccp.shared.web.CountsPerChange counts;

	GatheringManagement(Gatherings gatherings, Registrations registrations, AgendaSessions sessions,
			Materials materials, Feedbacks feedbacks, FileStore files, Clock clock,
			org.lccp.shared.web.CountsPerChange counts) {
		this.counts = counts;
		this.gatherings = gatherings;
		this.registrations = registrations;
		this.sessions = sessions;
		this.materials = materials;
		this.feedbacks = feedbacks;
		this.files = files;
		this.clock = clock;
	}

	// --- reading
	// ---------------------------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public Page<GatheringSummary> calendar(boolean past, Filter filter, int page, int size) {
		return calendar(past, filter, Paging.of(page, size, 100));
	}

	/**
	 * The calendar a page at a time, its size chosen by the caller (the API's maximum).
	 */
	@Transactional(readOnly = true)
	public Page<GatheringSummary> calendar(boolean past, Filter filter, PageRequest request) {
		var country = filter.country() == null ? "" : filter.country().strip().toUpperCase(Locale.ROOT);
		var theme = filter.theme() == null ? "" : filter.theme().strip().toLowerCase(Locale.ROOT);
		var now = this.clock.instant();
		var startedSince = now.minusSeconds(this.gatherings.longestSeconds());
		// The upcoming total is counted from the ends_at index (one entry per gathering
		// not yet over, so it grows with the calendar's future) at most once per change
		// of records and minute: a gathering that ends leaves the total within a minute,
		// the list at once.
		var upcoming = this.counts.count(
				java.util.Arrays.asList("gatherings.upcoming", filter.type(), filter.format(), country, theme,
						now.truncatedTo(java.time.temporal.ChronoUnit.MINUTES)),
				() -> this.gatherings.countUpcoming(now, startedSince, filter.type(), filter.format(), country, theme));
		Slice<Gathering> shown;
		long total;
		if (past) {
			// Counting the past directly reads one index entry per gathering ever held;
			// all matching ones (counted once per change of records) less the upcoming
			// ones is the same number.
			shown = this.gatherings.past(now, filter.type(), filter.format(), country, theme, request);
			var all = this.counts.count(
					java.util.Arrays.asList("gatherings.matching", filter.type(), filter.format(), country, theme),
					() -> this.gatherings.countMatching(filter.type(), filter.format(), country, theme));
			total = Math.max(0, all - upcoming);
		}
		else {
			shown = this.gatherings.upcoming(now, startedSince, filter.type(), filter.format(), country, theme,
					request);
			total = upcoming;
		}
		// a total counted earlier in the minute never hides a row the page holds
		total = Math.max(total, request.getOffset() + shown.getNumberOfElements() + (shown.hasNext() ? 1 : 0));
		Page<Gathering> found = new org.springframework.data.domain.PageImpl<>(shown.getContent(), request, total);
		var figures = figuresOf(found.getContent());
		return found.map((g) -> summary(g, figures.get(g.getId())));
	}

	@Transactional(readOnly = true)
	public List<String> countries() {
		return this.gatherings.countries();
	}

	/**
	 * A gathering as the reader may see it: the online link only for participants with a
	 * seat and for the secretariat.
	 */
	@Transactional(readOnly = true)
	public GatheringPage page(UUID id) {
		var gathering = load(id);
		var me = CurrentUser.get().map(CurrentUser.AccountPrincipal::id);
		var mine = me.flatMap((account) -> this.registrations.active(id, account)).orElse(null);
		var secretariat = CurrentUser.has(Role.SECRETARIAT);
		var seated = mine != null && mine.getStatus() == RegistrationStatus.CONFIRMED;
		MyRegistration my = null;
		if (mine != null) {
			var position = mine.getStatus() == RegistrationStatus.WAITLISTED
					? (int) this.registrations.aheadInLine(id, mine.getMode(), mine.getRegisteredAt(), mine.getId()) + 1
					: 0;
			my = new MyRegistration(mine.getId(), mine.getMode(), mine.getStatus(), position);
		}
		var now = this.clock.instant();
		var givenFeedback = me.map((account) -> this.feedbacks.existsByGatheringIdAndAccountId(id, account))
			.orElse(false);
		var sessionViews = this.sessions.findByGatheringIdOrderByStartsAtAscIdAsc(id)
			.stream()
			.map((s) -> s.view(storedFile(s.getDocumentFileId())))
			.toList();
		// Uploaded outcome files wait for the outcome report; the secretariat sees them
		// at once.
		var materialViews = this.materials.of(id)
			.stream()
			.map((m) -> m.view(storedFile(m.getFileId())))
			.filter((m) -> m.file() == null || m.file().visible() || secretariat)
			.toList();
		return new GatheringPage(view(gathering, seated || secretariat), sessionViews, materialViews,
				figures(gathering), my, gathering.registrationOpen(now), gathering.hasStarted(now),
				gathering.isPast(now), seated && gathering.hasStarted(now) && !givenFeedback,
				feedback(id, secretariat));
	}

	@Transactional(readOnly = true)
	public GatheringView gathering(UUID id) {
		return view(load(id), CurrentUser.has(Role.SECRETARIAT));
	}

	@Transactional(readOnly = true)
	public Figures figures(UUID id) {
		return figures(load(id));
	}

	/**
	 * Every gathering, newest first, for the calendar feeds (never with online links).
	 */
	@Transactional(readOnly = true)
	public List<GatheringView> feed(int limit) {
		var list = this.gatherings.newestFirst(PageRequest.of(0, limit));
		var figures = figuresOf(list);
		return list.stream().map((g) -> view(g, summary(g, figures.get(g.getId())), false)).toList();
	}

	/**
	 * At most {@code limit} gatherings whose title contains the query (case does not
	 * count), newest first, for forms that let one pick a gathering without listing them
	 * all.
	 */
	@Transactional(readOnly = true)
	public List<GatheringSummary> titled(String query, int limit) {
		var text = query.strip().toLowerCase(Locale.ROOT);
		if (text.isEmpty() || limit <= 0) {
			return List.of();
		}
		return summaries(this.gatherings.titled(text, PageRequest.of(0, limit)));
	}

	/**
	 * The gatherings with these ids that exist, for the choices already made on a form.
	 */
	@Transactional(readOnly = true)
	public List<GatheringSummary> withIds(java.util.Collection<UUID> ids) {
		return ids.isEmpty() ? List.of() : summaries(this.gatherings.findAllById(ids));
	}

	/** Gatherings held in a city of the registry, newest first. */
	@Transactional(readOnly = true)
	public List<GatheringSummary> heldIn(UUID cityId) {
		return summaries(this.gatherings.heldIn(cityId));
	}

	// --- helpers
	// ---------------------------------------------------------------------------------------------

	private @Nullable StoredFile storedFile(@Nullable UUID fileId) {
		if (fileId == null) {
			return null;
		}
		try {
			return this.files.file(fileId);
		}
		catch (FileNotFoundException ex) {
			return null;
		}
	}

	private Gathering load(UUID id) {
		return this.gatherings.findById(id).orElseThrow(() -> new GatheringNotFoundException(id));
	}

	private List<GatheringSummary> summaries(List<Gathering> list) {
		var figures = figuresOf(list);
		return list.stream().map((g) -> summary(g, figures.get(g.getId()))).toList();
	}

	private GatheringSummary summary(Gathering g) {
		return summary(g, figures(g));
	}

	private GatheringSummary summary(Gathering g, Figures figures) {
		return new GatheringSummary(g.getId(), g.getTitle(), g.getType(), g.getFormat(), g.getTheme(), g.getStartsAt(),
				g.getEndsAt(), g.getTimeZone(), g.getVenueCity(), g.getVenueCountry(), g.isDemo(), g.isUnconfirmed(),
				figures, g.getVenueCityId());
	}

	private GatheringView view(Gathering g, boolean withOnlineLink) {
		return view(g, summary(g), withOnlineLink);
	}

	private GatheringView view(Gathering g, GatheringSummary summary, boolean withOnlineLink) {
		return new GatheringView(summary, g.getSummary(), g.getVenueAddress(),
				withOnlineLink ? g.getOnlineLink() : null, g.getOnlineLink() != null, lines(g.getOrganisers()),
				lines(g.getPartners()), g.getLanguages(), g.getInterpretation(), g.getCapacityInPerson(),
				g.getCapacityOnline(), g.getRegistrationDeadline(), g.getOutcomeSummary(), g.getOutcomePublishedAt(),
				g.getSourceNote(), g.getVersion());
	}

	private Figures figures(Gathering g) {
		return figures(g, this.registrations.counts(g.getId()));
	}

	/** The figures of many gatherings from one grouped query. */
	private Map<UUID, Figures> figuresOf(List<Gathering> list) {
		if (list.isEmpty()) {
			return Map.of();
		}
		var rows = new java.util.HashMap<UUID, List<Object[]>>();
		for (var row : this.registrations.countsOf(list.stream().map(Gathering::getId).toList())) {
			rows.computeIfAbsent((UUID) row[0], (id) -> new java.util.ArrayList<>())
				.add(Arrays.copyOfRange(row, 1, row.length));
		}
		var out = new java.util.HashMap<UUID, Figures>();
		for (var g : list) {
			out.put(g.getId(), figures(g, rows.getOrDefault(g.getId(), List.of())));
		}
		return out;
	}

	private Figures figures(Gathering g, List<Object[]> counts) {
		long registeredInPerson = 0;
		long registeredOnline = 0;
		long waitlistedInPerson = 0;
		long waitlistedOnline = 0;
		long attendedInPerson = 0;
		long attendedOnline = 0;
		for (var row : counts) {
			var mode = (AttendanceMode) row[0];
			var status = (RegistrationStatus) row[1];
			var count = (Long) row[2];
			var attended = (Long) row[3];
			var inPerson = mode == AttendanceMode.IN_PERSON;
			if (status == RegistrationStatus.CONFIRMED) {
				if (inPerson) {
					registeredInPerson = count;
					attendedInPerson = attended;
				}
				else {
					registeredOnline = count;
					attendedOnline = attended;
				}
			}
			else if (status == RegistrationStatus.WAITLISTED) {
				if (inPerson) {
					waitlistedInPerson = count;
				}
				else {
					waitlistedOnline = count;
				}
			}
		}
		return new Figures(registeredInPerson, registeredOnline, waitlistedInPerson, waitlistedOnline, attendedInPerson,
				attendedOnline, g.getReportedInPerson(), g.getReportedOnline(),
				seatsLeft(g.getCapacityInPerson(), registeredInPerson),
				seatsLeft(g.getCapacityOnline(), registeredOnline));
	}

	private static @Nullable Long seatsLeft(@Nullable Integer capacity, long taken) {
		return capacity == null ? null : Math.max(0, capacity - taken);
	}

	private FeedbackResults feedback(UUID id, boolean withComments) {
		var all = this.feedbacks.of(id);
		var distribution = new TreeMap<Integer, Long>();
		for (int rating = 5; rating >= 1; rating--) {
			distribution.put(rating, 0L);
		}
		double sum = 0;
		for (var f : all) {
			distribution.merge(f.getRating(), 1L, Long::sum);
			sum += f.getRating();
		}
		var average = all.isEmpty() ? 0 : Math.round(sum / all.size() * 10) / 10.0;
		var comments = withComments ? all.stream().map(Feedback::getComment).filter((c) -> c != null).toList()
				: List.<String>of();
		return new FeedbackResults(all.size(), average, distribution.descendingMap(), comments);
	}

	/** Splits a text of one name per line into names. */
	static List<String> lines(@Nullable String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("\\R")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

	// --- views
	// -----------------------------------------------------------------------------------------------

	/** Filters of the calendar; empty parts match everything. */
	public record Filter(@Nullable GatheringType type, @Nullable GatheringFormat format, @Nullable String country,
			@Nullable String theme) {

		public static Filter none() {
			return new Filter(null, null, null, null);
		}

	}

	/** One line of the calendar. */
	public record GatheringSummary(UUID id, String title, GatheringType type, GatheringFormat format,
			@Nullable String theme, Instant startsAt, Instant endsAt, String timeZone, @Nullable String venueCity,
			@Nullable String venueCountry, boolean demo, boolean unconfirmed, Figures figures,
			@Nullable UUID venueCityId) {
	}

	/**
	 * A gathering's description; {@code onlineLink} is null for readers without a seat.
	 */
	public record GatheringView(GatheringSummary summary, @Nullable String description, @Nullable String venueAddress,
			@Nullable String onlineLink, boolean hasOnlineLink, List<String> organisers, List<String> partners,
			@Nullable String languages, @Nullable String interpretation, @Nullable Integer capacityInPerson,
			@Nullable Integer capacityOnline, @Nullable Instant registrationDeadline, @Nullable String outcomeSummary,
			@Nullable Instant outcomePublishedAt, @Nullable String sourceNote, long version) {
	}

	/** Everything on a gathering's page. */
	public record GatheringPage(GatheringView gathering, List<SessionView> sessions, List<MaterialView> materials,
			Figures figures, @Nullable MyRegistration myRegistration, boolean registrationOpen, boolean started,
			boolean past, boolean mayGiveFeedback, FeedbackResults feedback) {
	}

	/**
	 * An agenda session; its document is a link, an uploaded file, or both.
	 */
	public record SessionView(Long id, String title, Instant startsAt, Instant endsAt, List<String> speakers,
			List<String> moderators, @Nullable String documentUrl, @Nullable StoredFile document) {
	}

	/**
	 * An outcome material: a link, or an uploaded file whose download path is the
	 * {@code url}.
	 */
	public record MaterialView(Long id, MaterialKind kind, String title, String url, @Nullable StoredFile file) {

		/** An uploaded picture, shown in the gallery with its thumbnail. */
		public boolean isUploadedPhoto() {
			return this.file != null && this.file.isImage();
		}

		/**
		 * The small picture of an uploaded photo (which leads to the photo itself when it
		 * has no thumbnail).
		 */
		public String previewPath() {
			return this.file == null ? this.url : this.file.thumbnailPath();
		}

	}

	/** The reader's own registration. */
	public record MyRegistration(UUID id, AttendanceMode mode, RegistrationStatus status, int waitingPosition) {
	}

	/**
	 * Participant figures: registrations and check-ins on the platform, and the figures
	 * the source documents report for gatherings held before it.
	 */
	public record Figures(long registeredInPerson, long registeredOnline, long waitlistedInPerson,
			long waitlistedOnline, long attendedInPerson, long attendedOnline, @Nullable Integer reportedInPerson,
			@Nullable Integer reportedOnline, @Nullable Long seatsLeftInPerson, @Nullable Long seatsLeftOnline) {

		public boolean hasRegistrations() {
			return this.registeredInPerson + this.registeredOnline + this.waitlistedInPerson
					+ this.waitlistedOnline > 0;
		}

		public boolean hasReported() {
			return this.reportedInPerson != null || this.reportedOnline != null;
		}

	}

	/** Aggregated answers of the feedback survey; comments only for the secretariat. */
	public record FeedbackResults(long count, double average, Map<Integer, Long> distribution, List<String> comments) {
	}

}
