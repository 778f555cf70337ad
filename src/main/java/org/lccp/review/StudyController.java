package org.lccp.review;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.cities.CityDirectory;
import org.lccp.files.InvalidFileException;
import org.lccp.shared.web.DomainException;
import org.lccp.shared.web.TableFiles;
import org.lccp.review.StudyForms.StudyCommentForm;
import org.lccp.review.StudyForms.StudyDeliveryForm;
import org.lccp.review.StudyForms.StudyExpertForm;
import org.lccp.review.StudyForms.StudyRequestForm;

import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The analytical-study pages: the list of published studies, one study with the form of
 * its step for whoever may act, and a city's baseline form.
 */
@Controller
class StudyController {

	private final StudyManagement studies;

	private final CityDirectory cities;

	private final MessageSource messages;

	private final ReviewFiles files;

	private final BaselineWorkbook workbook;

	private final ReviewerSuggestions suggestions;

	StudyController(StudyManagement studies, CityDirectory cities, MessageSource messages, ReviewFiles files,
			BaselineWorkbook workbook, ReviewerSuggestions suggestions) {
		this.suggestions = suggestions;
		this.files = files;
		this.workbook = workbook;
		this.studies = studies;
		this.cities = cities;
		this.messages = messages;
	}

	@GetMapping("/studies")
	String list(Model model) {
		model.addAttribute("studies", this.studies.published());
		return "review/studies";
	}

	@GetMapping("/studies/{id}")
	String study(@PathVariable UUID id, Model model, Locale locale) {
		addStudy(id, model, locale);
		return "review/study";
	}

	private void addStudy(UUID id, Model model, Locale locale) {
		var study = this.studies.study(id);
		model.addAttribute("study", study);
		var status = study.summary().status();
		model.addAttribute("suggestions",
				study.secretariat() && (status == StudyStatus.REQUESTED || status == StudyStatus.IN_PROGRESS)
						? this.suggestions.forStudy(id, locale) : List.of());
	}

	@GetMapping("/cities/{id}/studies/new")
	String requestForm(@PathVariable UUID id, Model model) {
		model.addAttribute("city", this.cities.city(id));
		model.addAttribute("form", StudyRequestForm.empty());
		return "review/study-request";
	}

	/** The baseline template, empty, in the reader's language. */
	@GetMapping("/studies/baseline-template.xlsx")
	ResponseEntity<byte[]> template(Locale locale) {
		return ResponseEntity.ok()
			.contentType(TableFiles.XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("baseline-template-" + locale.getLanguage() + ".xlsx", StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(this.workbook.template(locale));
	}

	/**
	 * A filled template becomes the city's study request; a workbook with any problem is
	 * not used, and every problem is listed by sheet, row and column.
	 */
	@PostMapping("/cities/{id}/studies/baseline")
	String baseline(@PathVariable UUID id, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			Model model, Locale locale) {
		this.studies.requireHost(id);
		List<String> problems;
		if (file == null || file.isEmpty()) {
			problems = List.of(this.messages.getMessage("review.error.noFile", null, locale));
		}
		else {
			BaselineWorkbook.Reading reading;
			try (var content = file.getInputStream()) {
				reading = this.workbook.read(content, file.getSize(), locale);
			}
			catch (java.io.IOException ex) {
				reading = new BaselineWorkbook.Reading(null,
						List.of(this.messages.getMessage("study.xlsx.error.unreadable", null, locale)));
			}
			if (reading.form() != null) {
				try {
					return "redirect:/studies/" + this.studies.request(id, reading.form());
				}
				catch (ReviewRefusedException ex) {
					model.addAttribute("city", this.cities.city(id));
					model.addAttribute("form", reading.form());
					model.addAttribute("errorField", ex.field());
					model.addAttribute("errorMessage", message(ex, locale));
					return "review/study-request";
				}
			}
			problems = reading.problems();
		}
		model.addAttribute("city", this.cities.city(id));
		model.addAttribute("form", StudyRequestForm.empty());
		model.addAttribute("baselineProblems", problems);
		return "review/study-request";
	}

	@PostMapping("/cities/{id}/studies")
	String request(@PathVariable UUID id, @ModelAttribute StudyRequestForm form, Model model, Locale locale) {
		try {
			return "redirect:/studies/" + this.studies.request(id, form);
		}
		catch (ReviewRefusedException ex) {
			model.addAttribute("city", this.cities.city(id));
			model.addAttribute("form", form);
			model.addAttribute("errorField", ex.field());
			model.addAttribute("errorMessage", message(ex, locale));
			return "review/study-request";
		}
	}

	@PostMapping("/studies/{id}/experts")
	String assign(@PathVariable UUID id, @ModelAttribute StudyExpertForm form, Model model, Locale locale,
			RedirectAttributes redirect) {
		return step(id, "expert", () -> this.studies.assign(id, form), model, locale, redirect);
	}

	@PostMapping("/studies/{id}/delivery")
	String deliver(@PathVariable UUID id, @ModelAttribute StudyDeliveryForm form,
			@RequestParam(name = "document", required = false) @Nullable MultipartFile document, Model model,
			Locale locale, RedirectAttributes redirect) {
		return step(id, "delivery", () -> this.studies.deliver(id, form, document), model, locale, redirect);
	}

	/** The study's document, for whoever may read the study. */
	@GetMapping("/studies/{id}/files/{file}")
	ResponseEntity<InputStreamResource> file(@PathVariable UUID id, @PathVariable UUID file) {
		return ReviewController.download(this.files, this.studies.file(id, file).fileId());
	}

	@PostMapping("/studies/{id}/comment")
	String comment(@PathVariable UUID id, @ModelAttribute StudyCommentForm form, BindingResult typed, Model model,
			Locale locale, RedirectAttributes redirect) {
		return step(id, "comment", typed, () -> this.studies.comment(id, form), model, locale, redirect);
	}

	@PostMapping("/studies/{id}/publish")
	String publish(@PathVariable UUID id, Model model, Locale locale, RedirectAttributes redirect) {
		return step(id, "publish", () -> this.studies.publish(id), model, locale, redirect);
	}

	private String step(UUID id, String formName, Runnable action, Model model, Locale locale,
			RedirectAttributes redirect) {
		return step(id, formName, null, action, model, locale, redirect);
	}

	/**
	 * Takes a step and shows its refusal on the page. A choice the binder could not
	 * convert reaches the step empty, which the step refuses after checking who may take
	 * it; the page then shows the binder's message for the field.
	 */
	private String step(UUID id, String formName, @Nullable BindingResult typed, Runnable action, Model model,
			Locale locale, RedirectAttributes redirect) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", "review.saved");
			return "redirect:/studies/" + id;
		}
		catch (ReviewRefusedException | InvalidFileException ex) {
			addStudy(id, model, locale);
			var field = ex instanceof ReviewRefusedException r ? r.field() : "document";
			var mismatch = typed == null ? null : typed.getFieldError(field);
			model.addAttribute("errorForm", formName);
			model.addAttribute("errorField", field);
			model.addAttribute("errorMessage",
					mismatch == null ? message(ex, locale) : this.messages.getMessage(mismatch, locale));
			return "review/study";
		}
	}

	private String message(DomainException ex, Locale locale) {
		return this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale);
	}

}
