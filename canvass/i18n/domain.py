"""Catalogue strings for the domain (dates, wrap-up validation): key -> {"da", "en"}."""

STRINGS: dict[str, dict[str, str]] = {
    "when.bad_date": {
        "da": "'{value}' er ikke en dato — skriv fx 1/12/2026, 1.12, i morgen, tirsdag eller +3",
        "en": "'{value}' is not a date — write e.g. 1/12/2026, 1.12, tomorrow, tuesday or +3",
    },
    "when.no_such_date": {
        "da": "'{value}' findes ikke i kalenderen",
        "en": "'{value}' does not exist in the calendar",
    },
    "when.bad_time": {
        "da": "'{value}' er ikke et klokkeslæt — skriv fx 10:00 eller 10.00",
        "en": "'{value}' is not a time — write e.g. 10:00 or 10.00",
    },
    "when.no_such_time": {
        "da": "'{value}' er ikke et gyldigt klokkeslæt",
        "en": "'{value}' is not a valid time of day",
    },
    "cvr.empty": {"da": "CVR-nummeret er tomt", "en": "The CVR number is empty"},
    "cvr.digits": {
        "da": "CVR-nummeret må kun indeholde cifre: {value}",
        "en": "A CVR number has digits only: {value}",
    },
    "cvr.length": {
        "da": "CVR-nummeret skal have 8 cifre, ikke {count}: {value}",
        "en": "A CVR number has 8 digits, not {count}: {value}",
    },
    "cvr.zero": {
        "da": "CVR-nummeret kan ikke begynde med 0: {value}",
        "en": "A CVR number cannot begin with 0: {value}",
    },
    "cvr.check_digit": {
        "da": "CVR-nummeret fejler kontrolcifferet (modulus 11): {value}",
        "en": "The CVR number fails its check digit (modulus 11): {value}",
    },
    "phone.empty": {"da": "Telefonnummeret er tomt", "en": "The phone number is empty"},
    "phone.foreign": {
        "da": "Kun danske numre (+45) understøttes: {value}",
        "en": "Only Danish numbers (+45) are supported: {value}",
    },
    "phone.digits": {
        "da": "Telefonnummeret må kun indeholde cifre: {value}",
        "en": "A phone number has digits only: {value}",
    },
    "phone.length": {
        "da": "Et dansk telefonnummer har 8 cifre, ikke {count}: {value}",
        "en": "A Danish phone number has 8 digits, not {count}: {value}",
    },
    "phone.first_digit": {
        "da": "Et dansk telefonnummer begynder med 2–9, ikke {digit}: {value}",
        "en": "A Danish phone number begins with 2–9, not {digit}: {value}",
    },
    "when.in_past": {"da": "Tidspunktet er passeret", "en": "That moment is in the past"},
    "when.weekend": {"da": "Det er en weekenddag", "en": "That is a weekend day"},
}
STRINGS.update(
    {
        "wrapup.required": {"da": "Skal udfyldes", "en": "Required"},
        "wrapup.whole_number": {
            "da": "Skriv et helt tal på mindst {minimum}",
            "en": "Write a whole number of at least {minimum}",
        },
        "wrapup.too_long": {
            "da": "Højst {maximum} tegn",
            "en": "At most {maximum} characters",
        },
        "wrapup.bad_location_kind": {
            "da": "Vælg hos virksomheden, telefon eller video",
            "en": "Choose at the company, phone or video",
        },
        "wrapup.deadline_after_start": {
            "da": "Ansøgningsfristen ligger efter startdatoen",
            "en": "The application deadline is after the start date",
        },
        "wrapup.material_reason": {
            "da": "Følg op på det tilsendte materiale",
            "en": "Follow up on the material sent",
        },
        "job_order.employment.permanent": {"da": "fast", "en": "permanent"},
        "job_order.employment.temporary": {"da": "tidsbegrænset", "en": "temporary"},
        "job_order.sharing.colleagues": {"da": "kun kolleger her", "en": "colleagues here only"},
        "job_order.sharing.jobcentres": {
            "da": "andre jobcentre også",
            "en": "other job centres too",
        },
        "job_order.sharing.jobnet": {"da": "jobnet og alle", "en": "jobnet and everyone"},
        "job_order.choose": {"da": "Skriv en af: {choices}", "en": "Write one of: {choices}"},
    }
)
