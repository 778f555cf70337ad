package org.lccp.capacity;

import java.util.LinkedHashSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.identity.AccountManagement;
import org.lccp.mail.Mailer;
import org.lccp.shared.web.WebProperties;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Mails about matches, each in its receiver's language: a proposal to both sides, the
 * acceptance by both to both, and one reminder of a proposal left unanswered. Written in
 * the caller's transaction, so a refused change sends nothing.
 */
@Component
class CapacityMails {

	private final Mailer mailer;

	private final AccountManagement accounts;

	private final MessageSource texts;

	private final WebProperties web;

	CapacityMails(Mailer mailer, AccountManagement accounts, MessageSource texts, WebProperties web) {
		this.mailer = mailer;
		this.accounts = accounts;
		this.texts = texts;
		this.web = web;
	}

	void proposed(Views.Need need, String provider, @Nullable UUID providerAccount, UUID matchId) {
		send("capacity.mail.proposed", need, provider, matchId, need.postedBy(), providerAccount);
	}

	void accepted(Views.Need need, String provider, @Nullable UUID providerAccount, UUID matchId) {
		send("capacity.mail.accepted", need, provider, matchId, need.postedBy(), providerAccount);
	}

	void reminder(Views.Need need, String provider, @Nullable UUID needSide, @Nullable UUID providerSide,
			UUID matchId) {
		send("capacity.mail.reminder", need, provider, matchId, needSide, providerSide);
	}

	private void send(String key, Views.Need need, String provider, UUID matchId, @Nullable UUID... receivers) {
		var link = this.web.link("/capacity/needs/" + need.id() + "#match-" + matchId);
		var sent = new LinkedHashSet<UUID>();
		for (var receiver : receivers) {
			if (receiver == null || !sent.add(receiver)) {
				continue;
			}
			var account = this.accounts.find(receiver);
			var locale = account.language().locale();
			this.mailer.send(account.email(),
					this.texts.getMessage(key + ".subject", new Object[] { need.title() }, locale),
					this.texts.getMessage(key + ".body",
							new Object[] { account.displayName(), need.title(), provider, link }, locale));
		}
	}

}
