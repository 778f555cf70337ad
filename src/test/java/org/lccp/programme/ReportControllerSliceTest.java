package org.lccp.programme;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lccp.shared.security.Role;
import org.lccp.support.ControllerSlice;
import org.lccp.support.SliceSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The secretariat's report pages as a slice (the controller, the platform's security
 * chain with the programme's access rules, the reports a mock): every other role is
 * refused every page, export and write, a visitor is sent to sign in, and an unknown
 * report is a missing page.
 */
@ControllerSlice(ReportController.class)
@Import(ProgrammeAccessRules.class)
class ReportControllerSliceTest {

	@MockitoBean
	Reports reports;

	@MockitoBean
	ReportExports exports;

	@MockitoBean
	WorkPlan workPlan;

	@Autowired
	MockMvcTester mvc;

	SliceSession signedIn(Role role) {
		return SliceSession.signedIn(this.mvc, role);
	}

	UUID generate(SliceSession secretariat, String title, String from, String to, String language) {
		var r = secretariat.post("/reports", "title", title, "from", from, "to", to, "language", language);
		assertThat(r.status()).as(r.body()).isEqualTo(302);
		return UUID.fromString(r.location().substring(r.location().lastIndexOf('/') + 1));
	}

	@Test
	void onlyTheSecretariatReachesTheReports() {
		given(this.reports.generate(any())).willReturn(UUID.randomUUID());
		given(this.reports.report(any())).willThrow(new ProgrammeNotFoundException());
		var secretariat = signedIn(Role.SECRETARIAT);
		var id = generate(secretariat, "Private draft", "2020-01-01", "2020-12-31", "en");
		for (var role : new Role[] { Role.MEMBER, Role.CITY_FOCAL_POINT, Role.EXPERT }) {
			var other = signedIn(role);
			assertThat(other.get("/reports").status()).isEqualTo(403);
			assertThat(other.get("/reports/" + id).status()).isEqualTo(403);
			assertThat(other.download("/reports/" + id + "/report.pdf").status()).isEqualTo(403);
			assertThat(
					other.post("/reports/" + id + "/decisions", "meeting", "X", "decidedOn", "2020-01-01", "text", "Y")
						.status())
				.isEqualTo(403);
		}
		assertThat(SliceSession.anonymous(this.mvc).get("/reports/" + id).status()).isEqualTo(302);
		assertThat(secretariat.get("/reports/" + UUID.randomUUID()).status()).isEqualTo(404);
		// the full test counted the report's decisions in the database; here no write
		// reaches the facade
		verify(this.reports, never()).recordDecision(any(), any());
	}

}
