package org.lccp.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lccp.shared.security.Role;
import org.lccp.support.ControllerSlice;
import org.lccp.support.SliceSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

/**
 * The compendium builder as a slice (the controller, the platform's security chain with
 * knowledge's access rules, the builder a mock with four published case studies in two
 * categories that refuses a resource centre outside its area, as the real one does): who
 * may open the builder and who may publish.
 */
@ControllerSlice(CompendiumController.class)
@Import(KnowledgeAccessRules.class)
class CompendiumControllerSliceTest {

	@MockitoBean
	Compendiums compendiums;

	@MockitoBean
	KnowledgeManagement knowledge;

	@Autowired
	MockMvcTester mvc;

	final String tag = UUID.randomUUID().toString().substring(0, 6);

	final List<UUID> cases = new ArrayList<>();

	@BeforeEach
	void fourPublishedCaseStudies() {
		var candidates = List.of(candidate("zh", "武汉低碳规划 " + this.tag, "POLICIES"),
				candidate("zh", "光州碳银行 " + this.tag, "POLICIES"),
				candidate("en", "Kyoto green roofs " + this.tag, "NATURE_BASED_SOLUTIONS"),
				candidate("en", "Yokohama smart grid " + this.tag, "NATURE_BASED_SOLUTIONS"));
		candidates.forEach((c) -> this.cases.add(c.id()));
		given(this.compendiums.candidates(any(), any())).willReturn(candidates);
		given(this.knowledge.categories(any())).willReturn(List.of(new KnowledgeViews.Label("POLICIES", "Policies"),
				new KnowledgeViews.Label("NATURE_BASED_SOLUTIONS", "Nature-based solutions")));
		given(this.compendiums.build(any()))
			.willThrow(new AccessDeniedException("only the secretariat or the resource centre of the area compiles"));
	}

	static Compendiums.Candidate candidate(String language, String title, String category) {
		return new Compendiums.Candidate(UUID.randomUUID(), title, List.of(category), List.of(language), language);
	}

	String[] fields(String language, String title, String... more) {
		var list = new ArrayList<>(List.of("product", "COMPENDIUM", "title", title, "language", language, "foreword",
				"前言：本汇编收录平台成员的实践。 " + this.tag, "intro_POLICIES", "政策类导语 " + this.tag));
		for (int i = 0; i < this.cases.size(); i++) {
			list.addAll(List.of("items", this.cases.get(i).toString()));
			// reversed order within the editor's choice
			list.addAll(List.of("position_" + this.cases.get(i), Integer.toString(this.cases.size() - i)));
		}
		list.addAll(List.of(more));
		return list.toArray(String[]::new);
	}

	@Test
	void onlyTheSecretariatOrAResourceCentreCompiles() {
		var session = SliceSession.signedIn(this.mvc, Role.MEMBER);
		assertThat(session.get("/admin/compendium").status()).isEqualTo(403);
		assertThat(session.post("/admin/compendium", fields("en", "Not allowed")).status()).isEqualTo(403);
		assertThat(SliceSession.anonymous(this.mvc).get("/admin/compendium").status()).isEqualTo(302);
		// a resource centre stewarding no chosen category may open the builder but not
		// publish these items
		var rc = SliceSession.signedIn(this.mvc, Role.RESOURCE_CENTRE, Role.MEMBER);
		assertThat(rc.get("/admin/compendium").status()).isEqualTo(200);
		assertThat(rc.post("/admin/compendium", fields("en", "Not its area")).status()).isEqualTo(403);
	}

}
