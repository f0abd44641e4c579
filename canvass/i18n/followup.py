"""Catalogue strings for the follow-up screens: callbacks, meetings, job orders."""

STRINGS: dict[str, dict[str, str]] = {
    # Keys on the call list that open the follow-up screens.
    "call_list.key.callbacks": {"da": "genopkald", "en": "callbacks"},
    "call_list.key.callbacks.tip": {
        "da": "De opkald du har lovet at ringe tilbage på",
        "en": "The calls you promised to return",
    },
    "call_list.key.meetings": {"da": "møder", "en": "meetings"},
    "call_list.key.meetings.tip": {
        "da": "Bookede møder: kommende og tidligere",
        "en": "Booked meetings: upcoming and past",
    },
    "call_list.key.job_orders": {"da": "jobordrer", "en": "job orders"},
    "call_list.key.job_orders.tip": {
        "da": "Jobordrer og deres status",
        "en": "Job orders and their status",
    },
    # Shared.
    "followup.key.back": {"da": "tilbage", "en": "back"},
    "followup.key.back.tip": {"da": "Tilbage til ringelisten", "en": "Back to the call list"},
    "followup.loading": {"da": "henter …", "en": "loading …"},
    "followup.weekdays": {"da": "ma ti on to fr lø sø", "en": "Mo Tu We Th Fr Sa Su"},
    "followup.today": {"da": "i dag", "en": "today"},
    "followup.tomorrow": {"da": "i morgen", "en": "tomorrow"},
    "followup.yesterday": {"da": "i går", "en": "yesterday"},
    "followup.minutes": {"da": "{minutes} min", "en": "{minutes} min"},
    "followup.saved": {"da": "Gemt", "en": "Saved"},
    "followup.not_saved": {"da": "Ikke gemt", "en": "Not saved"},
    # Callbacks.
    "followup.callbacks.title": {"da": "Genopkald", "en": "Callbacks"},
    "followup.callbacks.mine": {"da": "mine ({initials})", "en": "mine ({initials})"},
    "followup.callbacks.everyone": {"da": "alle konsulenter", "en": "all consultants"},
    "followup.callbacks.bar": {
        "da": "Genopkald: {scope} · {count} {count:åbent|åbne} · ",
        "en": "Callbacks: {scope} · {count} open · ",
    },
    "followup.callbacks.overdue_count": {
        "da": "{overdue} overskredet",
        "en": "{overdue} overdue",
    },
    "followup.callbacks.empty": {
        "da": "Ingen åbne genopkald. Tryk a for at se alle konsulenters.",
        "en": "No open callbacks. Press a to see every consultant's.",
    },
    "followup.callbacks.col.due": {"da": "Tidspunkt", "en": "Due"},
    "followup.callbacks.col.company": {"da": "Virksomhed", "en": "Company"},
    "followup.callbacks.col.phone": {"da": "Telefon", "en": "Phone"},
    "followup.callbacks.col.reason": {"da": "Årsag", "en": "Reason"},
    "followup.callbacks.col.consultant": {"da": "Konsulent", "en": "Consultant"},
    "followup.callbacks.col.state": {"da": "Status", "en": "Status"},
    "followup.callbacks.overdue": {"da": "overskredet", "en": "overdue"},
    "followup.callbacks.due_today": {"da": "i dag", "en": "today"},
    "followup.callbacks.key.call": {"da": "ring op", "en": "call"},
    "followup.callbacks.key.call.tip": {
        "da": "Ring til virksomheden nu",
        "en": "Call the company now",
    },
    "followup.callbacks.key.done": {"da": "udført", "en": "done"},
    "followup.callbacks.key.done.tip": {
        "da": "Markér genopkaldet som udført",
        "en": "Mark the callback as done",
    },
    "followup.callbacks.key.reassign": {"da": "giv videre", "en": "reassign"},
    "followup.callbacks.key.reassign.tip": {
        "da": "Giv genopkaldet til en kollega",
        "en": "Hand the callback to a colleague",
    },
    "followup.callbacks.key.scope": {"da": "mine/alle", "en": "mine/all"},
    "followup.callbacks.key.scope.tip": {
        "da": "Skift mellem dine og alle konsulenters genopkald",
        "en": "Switch between your callbacks and everyone's",
    },
    "followup.callbacks.done": {
        "da": "Genopkald til {company} er udført",
        "en": "Callback to {company} done",
    },
    "followup.callbacks.reassigned": {
        "da": "{company} er givet videre til {initials}",
        "en": "{company} handed to {initials}",
    },
    # Consultant picker.
    "followup.pick.title": {
        "da": "Giv genopkald videre · {company}",
        "en": "Hand the callback on · {company}",
    },
    "followup.pick.key.choose": {"da": "vælg", "en": "choose"},
    "followup.pick.key.cancel": {"da": "fortryd", "en": "cancel"},
    "followup.pick.current": {"da": "{name} (har det nu)", "en": "{name} (has it now)"},
    # Meetings.
    "followup.meetings.title": {"da": "Møder", "en": "Meetings"},
    "followup.meetings.upcoming": {"da": "kommende", "en": "upcoming"},
    "followup.meetings.past": {"da": "tidligere", "en": "past"},
    "followup.meetings.bar": {
        "da": "Møder: {scope} · {initials} · {count} {count:møde|møder}",
        "en": "Meetings: {scope} · {initials} · {count} {count:meeting|meetings}",
    },
    "followup.meetings.unresolved": {
        "da": " · {count} mangler resultat",
        "en": " · {count} without a result",
    },
    "followup.meetings.empty": {
        "da": "Ingen møder her. Tryk u for at skifte mellem kommende og tidligere.",
        "en": "No meetings here. Press u to switch between upcoming and past.",
    },
    "followup.meetings.col.when": {"da": "Tidspunkt", "en": "When"},
    "followup.meetings.col.length": {"da": "Varighed", "en": "Length"},
    "followup.meetings.col.company": {"da": "Virksomhed", "en": "Company"},
    "followup.meetings.col.contact": {"da": "Kontakt", "en": "Contact"},
    "followup.meetings.col.place": {"da": "Sted", "en": "Place"},
    "followup.meetings.col.status": {"da": "Status", "en": "Status"},
    "followup.meetings.col.consultant": {"da": "Kons.", "en": "Cons."},
    "followup.meetings.detail": {
        "da": "Formål: {purpose}\nTlf. {phone} · {address}",
        "en": "Purpose: {purpose}\nPhone {phone} · {address}",
    },
    "followup.meetings.result": {"da": "\nResultat: {note}", "en": "\nResult: {note}"},
    "followup.meetings.key.held": {"da": "afholdt", "en": "held"},
    "followup.meetings.key.held.tip": {
        "da": "Markér mødet som afholdt (med en kort resultatnote)",
        "en": "Mark the meeting as held (with a short result note)",
    },
    "followup.meetings.key.cancelled": {"da": "aflyst", "en": "cancelled"},
    "followup.meetings.key.cancelled.tip": {
        "da": "Markér mødet som aflyst",
        "en": "Mark the meeting as cancelled",
    },
    "followup.meetings.key.period": {"da": "kommende/tidligere", "en": "upcoming/past"},
    "followup.meetings.key.period.tip": {
        "da": "Skift mellem kommende og tidligere møder",
        "en": "Switch between upcoming and past meetings",
    },
    "followup.meetings.marked": {
        "da": "Mødet med {company} er {status}",
        "en": "The meeting with {company} is {status}",
    },
    "meeting.status.booked": {"da": "booket", "en": "booked"},
    "meeting.status.held": {"da": "afholdt", "en": "held"},
    "meeting.status.cancelled": {"da": "aflyst", "en": "cancelled"},
    "meeting.kind.company": {"da": "hos virksomheden", "en": "at the company"},
    "meeting.kind.phone": {"da": "telefon", "en": "phone"},
    "meeting.kind.video": {"da": "video", "en": "video"},
    # Result note dialog.
    "followup.note.title.held": {
        "da": "Møde afholdt · {company}",
        "en": "Meeting held · {company}",
    },
    "followup.note.title.cancelled": {
        "da": "Møde aflyst · {company}",
        "en": "Meeting cancelled · {company}",
    },
    "followup.note.label": {
        "da": "Resultat (valgfrit), fx »aftalt jobordre på to stillinger«:",
        "en": "Result (optional), e.g. “agreed a job order for two positions”:",
    },
    "followup.note.key.save": {"da": "gem", "en": "save"},
    "followup.note.key.cancel": {"da": "fortryd", "en": "cancel"},
    # Job orders.
    "followup.jobs.title": {"da": "Jobordrer", "en": "Job orders"},
    "followup.jobs.bar": {
        "da": "Jobordrer · filter: {status} · {count} vist",
        "en": "Job orders · filter: {status} · {count} shown",
    },
    "followup.jobs.empty": {
        "da": "Ingen jobordrer med denne status. Tryk f for at skifte filter.",
        "en": "No job orders with this status. Press f to change the filter.",
    },
    "followup.jobs.all": {"da": "alle", "en": "all"},
    "followup.jobs.col.title": {"da": "Stilling", "en": "Position"},
    "followup.jobs.col.company": {"da": "Virksomhed", "en": "Company"},
    "followup.jobs.col.positions": {"da": "Antal", "en": "Count"},
    "followup.jobs.col.hours": {"da": "Timer", "en": "Hours"},
    "followup.jobs.col.start": {"da": "Start", "en": "Start"},
    "followup.jobs.col.deadline": {"da": "Frist", "en": "Deadline"},
    "followup.jobs.col.status": {"da": "Status", "en": "Status"},
    "followup.jobs.col.consultant": {"da": "Kons.", "en": "Cons."},
    "followup.jobs.key.filter": {"da": "filter", "en": "filter"},
    "followup.jobs.key.filter.tip": {
        "da": "Vis alle, åbne, nok kandidater, besatte eller udløbne",
        "en": "Show all, open, enough candidates, filled or expired",
    },
    "followup.jobs.key.status": {"da": "skift status", "en": "next status"},
    "followup.jobs.key.status.tip": {
        "da": "Skift jobordrens status: åben → nok kandidater → besat → udløbet",
        "en": "Change the status: open → enough candidates → filled → expired",
    },
    "followup.jobs.key.edit": {"da": "redigér", "en": "edit"},
    "followup.jobs.key.edit.tip": {
        "da": "Ret jobordrens felter",
        "en": "Edit the job order's fields",
    },
    "followup.jobs.status_changed": {
        "da": "{title}: {status}",
        "en": "{title}: {status}",
    },
    "followup.jobs.saved": {"da": "Jobordren er gemt: {title}", "en": "Job order saved: {title}"},
    "job_order.status.open": {"da": "åben", "en": "open"},
    "job_order.status.enough_candidates": {"da": "nok kandidater", "en": "enough candidates"},
    "job_order.status.filled": {"da": "besat", "en": "filled"},
    "job_order.status.expired": {"da": "udløbet", "en": "expired"},
    # Job order edit dialog.
    "followup.edit.title": {"da": "Jobordre · {company}", "en": "Job order · {company}"},
    "followup.edit.key.save": {"da": "gem", "en": "save"},
    "followup.edit.key.save.tip": {
        "da": "Tjek felterne og gem jobordren",
        "en": "Check the fields and save the job order",
    },
    "followup.edit.key.cancel": {"da": "fortryd", "en": "cancel"},
    "followup.edit.key.cancel.tip": {
        "da": "Luk uden at gemme",
        "en": "Close without saving",
    },
    "followup.edit.key.next": {"da": "næste felt", "en": "next field"},
    "followup.edit.fix": {
        "da": "Ret {count} {count:felt|felter} markeret med rødt.",
        "en": "Correct {count} {count:field|fields} marked in red.",
    },
    "followup.edit.hint": {
        "da": "Datoer som 1/12/2026 eller 1.12 · tomme felter er tilladt undtagen stilling.",
        "en": "Dates like 1/12/2026 or 1.12 · empty fields are allowed except the position.",
    },
    "followup.field.title": {"da": "Stilling", "en": "Position"},
    "followup.field.positions": {"da": "Antal stillinger", "en": "Positions"},
    "followup.field.hours_per_week": {"da": "Timer pr. uge", "en": "Hours per week"},
    "followup.field.start_date": {"da": "Startdato", "en": "Start date"},
    "followup.field.deadline": {"da": "Ansøgningsfrist", "en": "Deadline"},
    "followup.jobs.must": {"da": "skal: {text}", "en": "must: {text}"},
    "followup.jobs.nice": {"da": "gerne: {text}", "en": "nice: {text}"},
    "followup.jobs.share": {"da": "deles: {text}", "en": "shared: {text}"},
    "followup.field.requirements": {"da": "Skal kunne", "en": "Must have"},
    "followup.field.nice_to_have": {"da": "Gerne kunne", "en": "Nice to have"},
    "followup.field.salary": {"da": "Løn/overensk.", "en": "Pay/agreement"},
    "followup.field.employment": {"da": "Fast/tidsbegr.", "en": "Permanent/temp."},
    "followup.field.how_to_apply": {"da": "Sådan søger man", "en": "How to apply"},
    "followup.field.sharing": {"da": "Må deles med", "en": "May be shared"},
    "followup.field.workplace_address": {"da": "Arbejdssted", "en": "Workplace"},
    "followup.field.contact_name": {"da": "Kontaktperson", "en": "Contact"},
    "followup.field.contact_phone": {"da": "Kontakt tlf.", "en": "Contact phone"},
    "followup.field.contact_email": {"da": "Kontakt e-mail", "en": "Contact e-mail"},
    "followup.field.p_number": {"da": "P-nummer", "en": "P-number"},
    "followup.field.description": {"da": "Beskrivelse", "en": "Description"},
    # Errors (raised by the store, shown by the dialogs).
    "followup.error.no_callback": {
        "da": "Genopkald {id} findes ikke (længere).",
        "en": "Callback {id} does not exist (any more).",
    },
    "followup.error.no_consultant": {
        "da": "Konsulent {id} findes ikke.",
        "en": "Consultant {id} does not exist.",
    },
    "followup.error.no_meeting": {
        "da": "Møde {id} findes ikke (længere).",
        "en": "Meeting {id} does not exist (any more).",
    },
    "followup.error.no_job_order": {
        "da": "Jobordre {id} findes ikke (længere).",
        "en": "Job order {id} does not exist (any more).",
    },
    "followup.error.meeting_status": {
        "da": "Ukendt mødestatus: {status}",
        "en": "Unknown meeting status: {status}",
    },
    "followup.error.job_status": {
        "da": "Ukendt jobordrestatus: {status}",
        "en": "Unknown job order status: {status}",
    },
    "followup.error.unknown_field": {
        "da": "Jobordren har intet felt {field}",
        "en": "A job order has no field {field}",
    },
    "followup.error.hours": {
        "da": "Skriv timer pr. uge som et tal mellem 1 og 80, fx 37 eller 37,5",
        "en": "Write hours per week as a number from 1 to 80, e.g. 37 or 37.5",
    },
    "followup.error.date": {"da": "Ikke en dato", "en": "Not a date"},
    "followup.error.phone": {
        "da": "Et dansk nummer med 8 cifre, fx 75 82 11 40",
        "en": "A Danish number with 8 digits, e.g. 75 82 11 40",
    },
    "followup.error.email": {
        "da": "Ikke en e-mailadresse, fx navn@firma.dk",
        "en": "Not an e-mail address, e.g. name@company.dk",
    },
    "followup.error.p_number": {
        "da": "Et P-nummer har 10 cifre",
        "en": "A P-number has 10 digits",
    },
}
