"""Catalogue strings for the audit log, forget and purge: key -> {"da": ..., "en": ...}."""

STRINGS: dict[str, dict[str, str]] = {
    "config.bad_retention": {
        "da": (
            "{key} skal være en periode som 24m (måneder), 90d (dage) eller 5y (år), "
            "eller 'aldrig' — ikke '{value}'"
        ),
        "en": (
            "{key} must be a period such as 24m (months), 90d (days) or 5y (years), "
            "or 'never' — not '{value}'"
        ),
    },
    "gdpr.title": {"da": "Persondata", "en": "Personal data"},
    "gdpr.action.read_card": {"da": "så kortet", "en": "viewed card"},
    "gdpr.action.search": {"da": "søgte", "en": "searched"},
    "gdpr.action.export": {"da": "eksporterede", "en": "exported"},
    "gdpr.action.change": {"da": "ændrede", "en": "changed"},
    "gdpr.action.delete": {"da": "slettede", "en": "deleted"},
    "gdpr.action.forget": {"da": "glemte", "en": "forgot"},
    "gdpr.action.purge": {"da": "ryddede op", "en": "purged"},
    "gdpr.action.import": {"da": "importerede", "en": "imported"},
    "gdpr.audit.company": {"da": "virksomhed {id} {name}", "en": "company {id} {name}"},
    "gdpr.audit.contact": {"da": "kontaktperson {id} {name}", "en": "contact {id} {name}"},
    "gdpr.audit.call": {"da": "opkald {id}", "en": "call {id}"},
    "gdpr.audit.gone": {"da": "(slettet)", "en": "(erased)"},
    "gdpr.audit.term": {"da": "«{term}»", "en": "“{term}”"},
    "gdpr.audit.term_erased": {"da": "(søgeord slettet)", "en": "(search words erased)"},
    "gdpr.audit.contacts": {
        "da": "Kontaktpersoner hos {name}: {people}",
        "en": "Contact persons at {name}: {people}",
    },
    "gdpr.audit.none": {
        "da": "Ingen linjer i auditloggen.",
        "en": "No lines in the audit log.",
    },
    "gdpr.audit.count": {
        "da": "{count} {count:linje|linjer}.",
        "en": "{count} {count:line|lines}.",
    },
    "gdpr.audit.no_company": {
        "da": "Ingen virksomhed har CVR-nummer {cvr}.",
        "en": "No company has CVR number {cvr}.",
    },
    "gdpr.audit.bad_cvr": {
        "da": "Et CVR-nummer har 8 cifre, ikke '{cvr}'.",
        "en": "A CVR number has 8 digits, not '{cvr}'.",
    },
    "gdpr.audit.person_and_company": {
        "da": "Angiv enten --person eller --company, ikke begge.",
        "en": "Give either --person or --company, not both.",
    },
    "gdpr.forget.what": {
        "da": "Angiv hvem der skal glemmes: --contact ID eller --cvr NUMMER.",
        "en": "Say who is to be forgotten: --contact ID or --cvr NUMBER.",
    },
    "gdpr.forget.sole_needs_cvr": {
        "da": "--sole-proprietorship gælder kun sammen med --cvr.",
        "en": "--sole-proprietorship only goes with --cvr.",
    },
    "gdpr.forget.no_contact": {
        "da": "Der er ingen kontaktperson med id {id}.",
        "en": "There is no contact person with id {id}.",
    },
    "gdpr.forget.target_contact": {
        "da": "Kontaktperson {id} ({name}) hos {company}",
        "en": "Contact person {id} ({name}) at {company}",
    },
    "gdpr.forget.target_company": {
        "da": "Virksomhed {id} ({name}, CVR {cvr}) og alle dens kontaktpersoner",
        "en": "Company {id} ({name}, CVR {cvr}) and all its contact persons",
    },
    "gdpr.forget.summary": {
        "da": (
            "{contacts} kontaktpersoner slettes; fritekst tømmes i {calls} opkald; "
            "{texts} tekstfelter ændres; {job_orders} jobordrer mister kontaktoplysninger; "
            "{searches} søgninger i auditloggen mister deres søgeord."
        ),
        "en": (
            "{contacts} contact persons are deleted; free text is emptied in {calls} calls; "
            "{texts} text fields change; {job_orders} job orders lose their contact details; "
            "{searches} searches in the audit log lose their search words."
        ),
    },
    "gdpr.forget.company_erased": {
        "da": (
            "Virksomhedens navn, CVR, P-nummer, telefon og adresse slettes (enkeltmandsvirksomhed)."
        ),
        "en": (
            "The company's name, CVR, P-number, phone and address are erased (sole proprietorship)."
        ),
    },
    "gdpr.forget.kept": {
        "da": "Statistik bevares: opkald, udfald, møder, genopkald og jobordrer står tilbage.",
        "en": "Statistics stay: calls, outcomes, meetings, callbacks and job orders remain.",
    },
    "gdpr.dry_run": {"da": "Prøvekørsel, intet er slettet.", "en": "Dry run, nothing was erased."},
    "gdpr.confirm": {"da": "Slet for altid?", "en": "Erase for ever?"},
    "gdpr.cancelled": {"da": "Afbrudt, intet er slettet.", "en": "Cancelled, nothing was erased."},
    "gdpr.done": {
        "da": "Slettet. En linje er skrevet i auditloggen.",
        "en": "Erased. A line was written to the audit log.",
    },
    "gdpr.not_wiped": {
        "da": (
            "Advarsel: databasens filer kunne ikke renses for de slettede bytes, fordi "
            "en anden bruger databasen lige nu. Data er slettet; kør kommandoen igen, når "
            "canvass er lukket alle andre steder."
        ),
        "en": (
            "Warning: the database's files could not be cleaned of the erased bytes because "
            "something else is using the database right now. The data is erased; run the "
            "command again when canvass is closed everywhere else."
        ),
    },
    "gdpr.purge.bad_age": {
        "da": "--older-than skal være en periode som 24m, 90d eller 5y, ikke '{value}'.",
        "en": "--older-than must be a period such as 24m, 90d or 5y, not '{value}'.",
    },
    "gdpr.purge.periods": {
        "da": "Opbevaring: noter {notes}, kontaktpersoner {contacts}, auditlinjer {audit}.",
        "en": "Retention: notes {notes}, contact persons {contacts}, audit lines {audit}.",
    },
    "gdpr.purge.never": {"da": "altid", "en": "for ever"},
    "gdpr.purge.summary": {
        "da": (
            "Fritekst tømmes i {calls} opkald og {texts} andre felter; {contacts} "
            "kontaktpersoner glemmes; {job_orders} jobordrer mister kontaktoplysninger; "
            "{audit_lines} auditlinjer slettes."
        ),
        "en": (
            "Free text is emptied in {calls} calls and {texts} other fields; {contacts} "
            "contact persons are forgotten; {job_orders} job orders lose their contact "
            "details; {audit_lines} audit lines are deleted."
        ),
    },
}
