"""Texts of the sparring hub (``r`` on the call list)."""

from __future__ import annotations

from collections.abc import Mapping

STRINGS: dict[str, Mapping[str, str]] = {
    "app.key.sparring": {"da": "sparring", "en": "sparring"},
    "app.key.sparring.tip": {
        "da": "Makkerpar: følg din makker, giv sparring, læs din feedback, teamet",
        "en": "Buddy pairs: follow your buddy, give feedback, read yours, the team",
    },
    "hub.title": {"da": "Sparring · {initials}", "en": "Sparring · {initials}"},
    "hub.buddy.loading": {"da": "Din makker: …", "en": "Your buddy: …"},
    "hub.buddy": {"da": "Din makker: {initials} ({name})", "en": "Your buddy: {initials} ({name})"},
    "hub.no_buddy": {
        "da": "Du har ingen makker endnu — en træner eller teamleder parrer jer (t team).",
        "en": "You have no buddy yet — a trainer or team lead pairs you (t team).",
    },
    "hub.focus": {"da": "Dit fokus: {text}", "en": "Your focus: {text}"},
    "hub.follow": {"da": "Følg {buddy}s opkald live", "en": "Follow {buddy}'s calls live"},
    "hub.follow.none": {"da": "Følg min makker live", "en": "Follow my buddy live"},
    "hub.queue": {
        "da": "Giv sparring: opkald og besøg at se på",
        "en": "Give feedback: calls and visits to review",
    },
    "hub.feedback": {
        "da": "Min sparring og mine forpligtelser",
        "en": "My feedback and commitments",
    },
    "hub.feedback.new": {
        "da": "Min sparring og mine forpligtelser — {count} ny(e)",
        "en": "My feedback and commitments — {count} new",
    },
    "hub.team": {"da": "Team og makkerpar", "en": "Team and buddy pairs"},
    "hub.keys": {
        "da": "f følg  g giv sparring  s min sparring  t team  ⏎ vælg  esc luk",
        "en": "f follow  g give feedback  s my feedback  t team  ⏎ choose  esc close",
    },
    "hub.key.close": {"da": "luk", "en": "close"},
    "hub.key.follow": {"da": "følg makker", "en": "follow buddy"},
    "hub.key.queue": {"da": "giv sparring", "en": "give feedback"},
    "hub.key.feedback": {"da": "min sparring", "en": "my feedback"},
    "hub.key.team": {"da": "team", "en": "team"},
}
