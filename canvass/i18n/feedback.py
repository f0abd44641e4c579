"""Catalogue strings for the caller's side of sparring: the feedback inbox, a review as the
caller reads it, the thread, commitments and the scores per phase over time."""

STRINGS: dict[str, dict[str, str]] = {
    # Refusals and errors of the feedback service.
    "feedback.error.no_review": {
        "da": "Sparring nr. {id} findes ikke.",
        "en": "There is no review number {id}.",
    },
    "feedback.error.no_commitment": {
        "da": "Forpligtelse nr. {id} findes ikke.",
        "en": "There is no commitment number {id}.",
    },
    "feedback.denied.read": {
        "da": "Kun den, der ringede, sparringens forfatter og trænere kan læse den.",
        "en": "Only the caller, the review's author and trainers can read a review.",
    },
    "feedback.denied.not_shared": {
        "da": "Sparringen er ikke delt med dig endnu.",
        "en": "The review has not been shared with you yet.",
    },
    "feedback.denied.not_caller": {
        "da": "Kun den, der ringede, kan kvittere for sparringen.",
        "en": "Only the caller can acknowledge the review.",
    },
    "feedback.denied.not_your_commitment": {
        "da": "Du kan kun markere dine egne forpligtelser.",
        "en": "You can only mark your own commitments.",
    },
    "feedback.denied.others": {
        "da": "Kun trænere kan se andres sparring og forpligtelser.",
        "en": "Only trainers can see other people's feedback and commitments.",
    },
    "feedback.denied.trend": {
        "da": "Kun konsulenten selv og trænere kan se udviklingen pr. fase.",
        "en": "Only the consultant and trainers can see the scores per phase.",
    },
    "feedback.error.empty_comment": {
        "da": "Kommentaren er tom — skriv noget, eller tryk esc.",
        "en": "The comment is empty — write something, or press esc.",
    },
    "feedback.error.long_comment": {
        "da": "Kommentaren er for lang: {length} tegn, højst {max}.",
        "en": "The comment is too long: {length} characters, at most {max}.",
    },
    "feedback.error.settle_open": {
        "da": "En forpligtelse markeres som holdt eller droppet.",
        "en": "A commitment is marked kept or dropped.",
    },
    # Phase names when the rubric is not at hand (call, then visit).
    "feedback.phase.aabning": {"da": "Åbning", "en": "Opening"},
    "feedback.phase.analyse": {"da": "Analyse", "en": "Analysis"},
    "feedback.phase.indvendinger": {"da": "Indvendinger", "en": "Objections"},
    "feedback.phase.loesning": {"da": "Løsning", "en": "Solution"},
    "feedback.phase.afslutning": {"da": "Afslutning", "en": "Closing"},
    "feedback.phase.forberedelse": {"da": "Forberedelse", "en": "Preparation"},
    "feedback.phase.samtalen": {"da": "Samtalen", "en": "The conversation"},
    "feedback.phase.aftraek": {"da": "Aftræk", "en": "Follow-through"},
    "feedback.phase.administration": {
        "da": "Administration og registrering",
        "en": "Administration and registration",
    },
    # The call list's flag and the app's way in.
    # `r` opens the sparring hub, where "Min sparring" opens the feedback screen.
    "feedback.flag": {
        "da": "Ny sparring ({count}) — r",
        "en": "New feedback ({count}) — r",
    },
    "cmd.feedback": {"da": "Sparring: min feedback", "en": "Sparring: my feedback"},
    "cmd.feedback.tip": {
        "da": "Sparring delt med dig, dine forpligtelser og din udvikling pr. fase",
        "en": "Feedback shared with you, your commitments and your scores per phase",
    },
    # The feedback screen.
    "feedback.title": {"da": "Sparring til {initials}", "en": "Feedback for {initials}"},
    "feedback.loading": {"da": "Henter …", "en": "Loading …"},
    "feedback.tab.reviews": {
        "da": "Sparring ({count}, {new} nye)",
        "en": "Feedback ({count}, {new} new)",
    },
    "feedback.tab.commitments": {
        "da": "Mine forpligtelser ({open} åbne)",
        "en": "My commitments ({open} open)",
    },
    "feedback.tab.trends": {"da": "Udvikling pr. fase", "en": "Scores per phase"},
    "feedback.inbox.new": {"da": "NY", "en": "NEW"},
    "feedback.inbox.empty": {
        "da": "Ingen sparring delt med dig endnu. Når din makker deler en, står den her.",
        "en": "No feedback shared with you yet. When your buddy shares one, it is here.",
    },
    "feedback.subject.call": {"da": "opkald", "en": "call"},
    "feedback.subject.visit": {"da": "besøg", "en": "visit"},
    "feedback.review.by": {
        "da": "Af {initials} ({name}) · delt {shared} · version {version}",
        "en": "By {initials} ({name}) · shared {shared} · version {version}",
    },
    "feedback.review.new": {
        "da": "ny — tryk a for at kvittere",
        "en": "new — press a to acknowledge",
    },
    "feedback.review.acknowledged": {"da": "kvitteret {when}", "en": "acknowledged {when}"},
    "feedback.review.goal": {"da": "Mål: {goal}", "en": "Goal: {goal}"},
    "feedback.review.worked": {"da": "Det virkede:", "en": "What worked:"},
    "feedback.review.try_next": {"da": "Prøv næste gang:", "en": "Try next time:"},
    "feedback.review.commitment": {"da": "Din forpligtelse:", "en": "Your commitment:"},
    "feedback.phase_score": {
        "da": "{score} ({count} {count:punkt|punkter})",
        "en": "{score} ({count} {count:point|points})",
    },
    "feedback.answer.yes": {"da": "ja", "en": "yes"},
    "feedback.answer.no": {"da": "nej", "en": "no"},
    "feedback.answer.na": {"da": "i.r.", "en": "n/a"},
    "feedback.answer.none": {"da": "–", "en": "–"},
    "feedback.pinned": {"da": " (tidspunkt i opkaldet)", "en": " (a moment of the call)"},
    "feedback.thread.title": {"da": "Tråd ({count})", "en": "Thread ({count})"},
    "feedback.thread.empty": {
        "da": "Ingen kommentarer endnu — c for at svare.",
        "en": "No comments yet — c to answer.",
    },
    "feedback.commitments.empty": {
        "da": "Ingen forpligtelser endnu: hver delt sparring ender i én.",
        "en": "No commitments yet: every shared review ends in one.",
    },
    "feedback.commitments.col.status": {"da": "Status", "en": "Status"},
    "feedback.commitments.col.text": {"da": "Forpligtelse", "en": "Commitment"},
    "feedback.commitments.col.source": {"da": "Fra sparring om", "en": "From the review of"},
    "feedback.commitments.col.by": {"da": "Af", "en": "By"},
    "feedback.commitments.col.when": {"da": "Dato", "en": "Date"},
    "feedback.commitment.source": {
        "da": "Fra sparringen om {subject} · af {initials} · {when}",
        "en": "From the review of {subject} · by {initials} · {when}",
    },
    "feedback.commitment.open": {"da": "åben", "en": "open"},
    "feedback.commitment.kept": {"da": "holdt", "en": "kept"},
    "feedback.commitment.dropped": {"da": "droppet", "en": "dropped"},
    "feedback.trend.figures": {
        "da": "først {first} · senest {latest} · {count} {count:sparring|sparringer}",
        "en": "first {first} · latest {latest} · {count} {count:review|reviews}",
    },
    "feedback.trend.none": {"da": "ingen svar endnu", "en": "no answers yet"},
    "feedback.trend.empty": {
        "da": "Ingen delte sparringer endnu — udviklingen vises, når der er nogen.",
        "en": "No shared feedback yet — the scores show once there is some.",
    },
    "feedback.trend.note": {
        "da": "Fasens score: vægtet gennemsnit af de besvarede punkter (ja 100 %, nej 0 %, "
        "skala 1–4 = 0–100 %), ældste sparring først. Kun dine egne tal — ingen rangliste.",
        "en": "A phase's score: the weighted mean of its answered points (yes 100 %, no 0 %, "
        "scale 1–4 = 0–100 %), oldest review first. Only your own numbers — no ranking.",
    },
    "feedback.dialog.acknowledge.title": {"da": "Kvittér for sparringen", "en": "Acknowledge"},
    "feedback.dialog.acknowledge.label": {
        "da": "En kommentar til din makker, hvis du vil (tom: kvittér uden):",
        "en": "A comment to your buddy, if you like (empty: acknowledge without):",
    },
    "feedback.dialog.comment.title": {"da": "Kommentér sparringen", "en": "Comment"},
    "feedback.dialog.comment.label": {
        "da": "Dit svar i tråden:",
        "en": "Your answer in the thread:",
    },
    "feedback.acknowledged": {
        "da": "Kvitteret — {initials} kan se det.",
        "en": "Acknowledged — {initials} can see it.",
    },
    "feedback.commented": {"da": "Kommentaren er sendt.", "en": "The comment was sent."},
    "feedback.settled.kept": {"da": "Holdt: {text}", "en": "Kept: {text}"},
    "feedback.settled.dropped": {"da": "Droppet: {text}", "en": "Dropped: {text}"},
    "feedback.reopened": {"da": "Åben igen: {text}", "en": "Open again: {text}"},
    "feedback.saved": {"da": "Gemt", "en": "Saved"},
    "feedback.not_saved": {"da": "Ikke gemt", "en": "Not saved"},
    # Keys of the feedback screen and its dialog.
    "feedback.key.back": {"da": "tilbage", "en": "back"},
    "feedback.key.back.tip": {"da": "Tilbage til listen", "en": "Back to the list"},
    "feedback.key.next_tab": {"da": "visning", "en": "view"},
    "feedback.key.next_tab.tip": {
        "da": "Sparring → Mine forpligtelser → Udvikling pr. fase",
        "en": "Feedback → My commitments → Scores per phase",
    },
    "feedback.key.previous_tab": {"da": "forrige visning", "en": "previous view"},
    "feedback.key.previous_tab.tip": {"da": "Den forrige visning", "en": "The previous view"},
    "feedback.key.acknowledge": {"da": "kvittér", "en": "acknowledge"},
    "feedback.key.acknowledge.tip": {
        "da": "Kvittér for sparringen (evt. med en kommentar)",
        "en": "Acknowledge the feedback (with a comment if you like)",
    },
    "feedback.key.comment": {"da": "kommentér", "en": "comment"},
    "feedback.key.comment.tip": {
        "da": "Svar din makker i sparringens tråd",
        "en": "Answer your buddy in the review's thread",
    },
    "feedback.key.kept": {"da": "holdt", "en": "kept"},
    "feedback.key.kept.tip": {"da": "Forpligtelsen er holdt", "en": "The commitment was kept"},
    "feedback.key.dropped": {"da": "droppet", "en": "dropped"},
    "feedback.key.dropped.tip": {
        "da": "Forpligtelsen er droppet",
        "en": "The commitment was dropped",
    },
    "feedback.key.reopen": {"da": "åbn igen", "en": "reopen"},
    "feedback.key.reopen.tip": {"da": "Tag forpligtelsen op igen", "en": "Take it up again"},
    "feedback.key.scroll_down": {"da": "side ned", "en": "page down"},
    "feedback.key.scroll_down.tip": {"da": "Rul sparringen ned", "en": "Scroll the review down"},
    "feedback.key.scroll_up": {"da": "side op", "en": "page up"},
    "feedback.key.scroll_up.tip": {"da": "Rul sparringen op", "en": "Scroll the review up"},
    "feedback.dialog.key.send": {"da": "send", "en": "send"},
    "feedback.dialog.key.send.tip": {"da": "Send", "en": "Send"},
    "feedback.dialog.key.cancel": {"da": "fortryd", "en": "cancel"},
    "feedback.dialog.key.cancel.tip": {
        "da": "Luk uden at sende (teksten gemmes til næste gang)",
        "en": "Close without sending (the text is kept for next time)",
    },
}
