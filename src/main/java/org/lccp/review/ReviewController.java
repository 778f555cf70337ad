package org.lccp.review;

import java.util.Locale;
import java.util.UUID;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.lccp.cities.CityDirectory;
import org.lccp.files.InvalidFileException;
import org.lccp.shared.web.DomainException;
import org.lccp.review.ReviewForms.AssessmentForm;
import org.lccp.review.ReviewForms.DecisionForm;
import org.lccp.review.ReviewForms.InvitationForm;
import org.lccp.review.ReviewForms.ObjectionForm;
import org.lccp.review.ReviewForms.FollowUpForm;
import org.lccp.review.ReviewForms.MemberForm;
import org.lccp.review.ReviewForms.RecommendationForm;
import org.lccp.review.ReviewForms.ReplyForm;
import org.lccp.review.ReviewForms.ReplyStageForm;
import org.lccp.review.ReviewForms.RequestForm;
import org.lccp.review.ReviewForms.SelfAssessmentForm;
import org.lccp.review.ReviewForms.TeamFindingForm;

import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review pages: the public list, one review with the forms of the step it is in (for
 * whoever may act on it), the city's request form and the reader's own reviews. A refused
 * step shows the review page again with the message beside the form that failed.
 */
@Controller
class ReviewController {

	private final ReviewManagement reviews;

	private final CityDirectory cities;

	private final MessageSource messages;

	private final ReviewReports reports;

	private final ReviewFiles files;

	private final StudyManagement studies;

	private final ReviewerSuggestions suggestions;

	ReviewController(ReviewManagement reviews, CityDirectory cities, MessageSource messages, ReviewReports reports,
			ReviewFiles files, StudyManagement studies, ReviewerSuggestions suggestions) {
		this.suggestions = suggestions;
		this.files = files;
		this.studies = studies;
		this.reviews = reviews;
		this.cities = cities;
		this.messages = messages;
		this.reports = reports;
	}

	/**
	 * The review report as a PDF in the reader's language: the team's findings and the
	 * recommendations with the city's replies and follow-up, as the reader may see them
	 * on the page (reviewers' private notes and scores are never in it).
	 */
	@GetMapping("/reviews/{id}/report.pdf")
	org.springframework.http.ResponseEntity<byte[]> report(@PathVariable UUID id, Locale locale) {
		var review = this.reviews.review(id);
		var body = this.reports.review(review, locale);
		var name = "review-" + review.summary().city().nameEn().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
				+ "-" + review.summary().year() + ".pdf";
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.APPLICATION_PDF)
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					org.springframework.http.ContentDisposition.attachment()
						.filename(name, java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(body);
	}

	@GetMapping("/reviews")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("reviews", this.reviews.published(PageRequest.of(Math.max(0, Math.min(page, 10_000)), 50)));
		return "review/list";
	}

	@GetMapping("/my/reviews")
	String mine(Model model) {
		model.addAttribute("reviews", this.reviews.mine());
		model.addAttribute("invitations", this.reviews.invitations());
		return "review/mine";
	}

	@GetMapping("/reviews/{id}")
	String review(@PathVariable UUID id, Model model) {
		addReview(id, model);
		return "review/review";
	}

	@GetMapping("/reviews/{id}/invitation")
	String invitation(@PathVariable UUID id, Model model) {
		model.addAttribute("invitation", this.reviews.invitation(id));
		return "review/invitation";
	}

	@PostMapping("/reviews/{id}/invitation")
	String answerInvitation(@PathVariable UUID id, @ModelAttribute InvitationForm form, BindingResult typed,
			Model model, Locale locale, RedirectAttributes redirect) {
		try {
			this.reviews.answerInvitation(id, form);
			redirect.addFlashAttribute("notice", "review.saved");
			return form.answer() == ReviewForms.InvitationAnswer.ACCEPT ? "redirect:/reviews/" + id
					: "redirect:/my/reviews";
		}
		catch (ReviewRefusedException ex) {
			// an answer the binder could not read reaches the step as none: it checks who
			// may answer first, then refuses it, and the binder's message says why
			var mismatch = typed.getFieldError(ex.field());
			model.addAttribute("invitation", this.reviews.invitation(id));
			model.addAttribute("errorField", ex.field());
			model.addAttribute("errorMessage",
					mismatch == null ? message(ex, locale) : this.messages.getMessage(mismatch, locale));
			return "review/invitation";
		}
	}

	@PostMapping("/reviews/{id}/members/{account}/objection")
	String object(@PathVariable UUID id, @PathVariable UUID account, @ModelAttribute ObjectionForm form, Model model,
			Locale locale, RedirectAttributes redirect) {
		return step(id, "objection-" + account, () -> this.reviews.object(id, account, form), model, locale, redirect);
	}

	private void addReview(UUID id, Model model) {
		var review = this.reviews.review(id);
		model.addAttribute("review", review);
		model.addAttribute("objections",
				review.host() || review.secretariat() ? this.reviews.objections(id) : java.util.List.of());
		model.addAttribute("suggestions", review.secretariat() && review.summary().status() == ReviewStatus.IN_REVIEW
				? this.suggestions.forReview(id, org.springframework.context.i18n.LocaleContextHolder.getLocale())
				: List.of());
	}

	/**
	 * The request form; from a study of the city ({@code ?study=}), the scope starts as
	 * the follow-up of the study's options.
	 */
	@GetMapping("/cities/{id}/reviews/new")
	String requestForm(@PathVariable UUID id, @RequestParam(name = "study", required = false) @Nullable UUID study,
			Model model, Locale locale) {
		var city = this.cities.city(id);
		model.addAttribute("city", city);
		var scope = "";
		if (study != null) {
			var from = this.studies.study(study);
			if (from.summary().city().id().equals(id) && from.options() != null) {
				scope = this.messages.getMessage("review.request.fromStudy", new Object[] { from.options() }, locale);
				scope = scope.length() > 500 ? scope.substring(0, 499) + "…" : scope;
			}
		}
		model.addAttribute("form", new RequestForm(scope, "", ""));
		return "review/request";
	}

	@PostMapping("/cities/{id}/reviews")
	String request(@PathVariable UUID id, @ModelAttribute RequestForm form,
			@RequestParam(name = "documents", required = false) java.util.@Nullable List<MultipartFile> documents,
			Model model, Locale locale) {
		try {
			return "redirect:/reviews/" + this.reviews.request(id, form, documents == null ? List.of() : documents);
		}
		catch (ReviewRefusedException | InvalidFileException ex) {
			model.addAttribute("city", this.cities.city(id));
			model.addAttribute("form", form);
			model.addAttribute("errorField", ex instanceof ReviewRefusedException r ? r.field() : "documents");
			model.addAttribute("errorMessage", message(ex, locale));
			return "review/request";
		}
	}

	@PostMapping("/reviews/{id}/documents")
	String document(@PathVariable UUID id, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			Model model, Locale locale, RedirectAttributes redirect) {
		return step(id, "document", () -> this.reviews.addDocument(id, file), model, locale, redirect);
	}

	/**
	 * A file of the review, for whoever may see it on the page; anyone else is told it
	 * does not exist.
	 */
	@GetMapping("/reviews/{id}/files/{file}")
	ResponseEntity<InputStreamResource> file(@PathVariable UUID id, @PathVariable UUID file) {
		var visible = this.reviews.file(id, file);
		return ReviewController.download(this.files, visible.fileId());
	}

	static ResponseEntity<InputStreamResource> download(ReviewFiles files, UUID fileId) {
		var stored = files.stored(fileId);
		var inline = "application/pdf".equals(stored.mediaType());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(stored.mediaType()))
			.contentLength(stored.size())
			.cacheControl(CacheControl.noCache().cachePrivate())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					(inline ? ContentDisposition.inline() : ContentDisposition.attachment())
						.filename(stored.name(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(files.open(fileId)));
	}

	@PostMapping("/reviews/{id}/decision")
	String decide(@PathVariable UUID id, @ModelAttribute DecisionForm form, BindingResult typed, Model model,
			Locale locale, RedirectAttributes redirect) {
		return step(id, "decision", typed, () -> this.reviews.decide(id, form), model, locale, redirect);
	}

	@PostMapping("/reviews/{id}/members")
	String member(@PathVariable UUID id, @ModelAttribute MemberForm form, Model model, Locale locale,
			RedirectAttributes redirect) {
		return step(id, "member", () -> this.reviews.addMember(id, form), model, locale, redirect);
	}

	@PostMapping("/reviews/{id}/assessments")
	String assess(@PathVariable UUID id, @ModelAttribute AssessmentForm form, BindingResult typed,
			@RequestParam(name = "evidenceFile", required = false) @Nullable MultipartFile evidenceFile, Model model,
			Locale locale, RedirectAttributes redirect) {
		return step(id, "assessment", typed, () -> this.reviews.assess(id, form, evidenceFile), model, locale,
				redirect);
	}

	@PostMapping("/reviews/{id}/self-assessment")
	String selfAssess(@PathVariable UUID id, @ModelAttribute SelfAssessmentForm form, BindingResult typed,
			@RequestParam(name = "evidenceFile", required = false) @Nullable MultipartFile evidenceFile, Model model,
			Locale locale, RedirectAttributes redirect) {
		return step(id, "self", typed, () -> this.reviews.selfAssess(id, form, evidenceFile), model, locale, redirect);
	}

	@PostMapping("/reviews/{id}/team-findings")
	String reconcile(@PathVariable UUID id, @ModelAttribute TeamFindingForm form, BindingResult typed, Model model,
			Locale locale, RedirectAttributes redirect) {
		return step(id, "teamFinding", typed, () -> this.reviews.reconcile(id, form), model, locale, redirect);
	}

	@PostMapping("/reviews/{id}/team-findings/{position}/reply")
	String replyToFinding(@PathVariable UUID id, @PathVariable int position, @ModelAttribute ReplyForm form,
			BindingResult typed, Model model, Locale locale, RedirectAttributes redirect) {
		return step(id, "finding-" + position, typed, () -> this.reviews.replyToFinding(id, position, form), model,
				locale, redirect);
	}

	@GetMapping("/admin/reviews/open-recommendations")
	String openRecommendations(Model model) {
		model.addAttribute("reviews", this.reviews.openRecommendations());
		return "review/open-recommendations";
	}

	@PostMapping("/reviews/{id}/recommendations")
	String recommend(@PathVariable UUID id, @ModelAttribute RecommendationForm form, BindingResult typed, Model model,
			Locale locale, RedirectAttributes redirect) {
		return step(id, "recommendation", typed, () -> this.reviews.recommend(id, form), model, locale, redirect);
	}

	@PostMapping("/reviews/{id}/reply-stage")
	String replyStage(@PathVariable UUID id, @ModelAttribute ReplyStageForm form, BindingResult typed, Model model,
			Locale locale, RedirectAttributes redirect) {
		return step(id, "replyStage", typed, () -> this.reviews.openReply(id, form), model, locale, redirect);
	}

	@PostMapping("/reviews/{id}/recommendations/{rec}/reply")
	String reply(@PathVariable UUID id, @PathVariable long rec, @ModelAttribute ReplyForm form, BindingResult typed,
			Model model, Locale locale, RedirectAttributes redirect) {
		return step(id, "reply-" + rec, typed, () -> this.reviews.reply(id, rec, form), model, locale, redirect);
	}

	@PostMapping("/reviews/{id}/publish")
	String publish(@PathVariable UUID id, Model model, Locale locale, RedirectAttributes redirect) {
		return step(id, "publish", () -> this.reviews.publish(id), model, locale, redirect);
	}

	@PostMapping("/reviews/{id}/recommendations/{rec}/follow-up")
	String followUp(@PathVariable UUID id, @PathVariable long rec, @ModelAttribute FollowUpForm form,
			BindingResult typed, Model model, Locale locale, RedirectAttributes redirect) {
		return step(id, "follow-" + rec, typed, () -> this.reviews.followUp(id, rec, form), model, locale, redirect);
	}

	private String step(UUID id, String formName, Runnable action, Model model, Locale locale,
			RedirectAttributes redirect) {
		return step(id, formName, null, action, model, locale, redirect);
	}

	/**
	 * Takes a step and shows its refusal on the page. A typed field the binder could not
	 * convert reaches the step empty, and every such field is one the step requires: the
	 * step checks who may take it and in which state first, as for any post, then refuses
	 * the field, and the page shows the binder's message for it, which says what to type.
	 */
	private String step(UUID id, String formName, @Nullable BindingResult typed, Runnable action, Model model,
			Locale locale, RedirectAttributes redirect) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", "review.saved");
			return "redirect:/reviews/" + id;
		}
		catch (ReviewRefusedException | InvalidFileException ex) {
			addReview(id, model);
			var field = ex instanceof ReviewRefusedException r ? r.field() : "file";
			var mismatch = typed == null ? null : typed.getFieldError(field);
			model.addAttribute("errorForm", formName);
			model.addAttribute("errorField", field);
			model.addAttribute("errorMessage",
					mismatch == null ? message(ex, locale) : this.messages.getMessage(mismatch, locale));
			return "review/review";
		}
	}

	private String message(DomainException ex, Locale locale) {
		return this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale);
	}

}
