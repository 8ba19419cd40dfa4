"""The fixed words of a printed MoU in English, Kannada, Hindi and Marathi.

Section headings are printed in the MoU's language with the English beside them (offices file
MoUs in both); everything else is in the MoU's language. Codes (focus areas, data categories,
frequencies) are the ones of ``desktop.services.mous.vocabulary``; a code without a word here
prints as the English label the service supplies.
"""

from __future__ import annotations

MOU_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "kind": "Memorandum of Understanding", "reference": "Reference", "version": "Version {version}",
        "parties": "Parties", "clauses": "Terms of the agreement", "focus": "Focus and objectives",
        "coverage": "Coverage", "roles": "Roles and responsibilities",
        "deliverables": "Deliverables and indicators", "data": "Data sharing", "validity": "Validity",
        "funding": "Funding", "signatures": "Signatures",
        "between": "This Memorandum of Understanding is entered into between:", "and": "and",
        "as_district": "(the District)", "as_partner": "(the Partner)",
        "focus_label": "Focus", "objectives": "Objectives",
        "whole_district": "The whole district: {district} ({schools} schools).",
        "blocks": "Blocks (all their schools)", "clusters": "Clusters (all their schools)",
        "schools": "Schools", "udise": "UDISE code", "school": "School", "block": "Block",
        "cluster": "Cluster",
        "what": "What", "owner": "Owner", "when": "Due date or frequency",
        "deliverable": "Deliverable", "by": "By", "indicator": "Indicator", "due": "Due",
        "none": "None recorded.",
        "category": "Data", "purpose": "Purpose", "kept": "Kept for", "months": "{months} months",
        "no_data": "No data is shared under this MoU.",
        "data_terms": "The Partner uses this data only for the purpose stated, shares it with no one "
        "else, and deletes it when the period ends. No other data is shared.",
        "valid": "This MoU is valid from {start} to {end}.", "amendments": "Amendments",
        "effective": "Effective from", "change": "Change", "new_end": "New end date",
        "non_financial": "This MoU is non-financial: no funds pass between the parties under it.",
        "funded": "Funding under this MoU: {amount}.",
        "signature": "Signature", "for": "For {party}", "date": "Date",
        "draft": "DRAFT — NOT SIGNED",
    },
    "kn": {
        "kind": "ತಿಳುವಳಿಕೆ ಒಪ್ಪಂದ", "reference": "ಉಲ್ಲೇಖ ಸಂಖ್ಯೆ", "version": "ಆವೃತ್ತಿ {version}",
        "parties": "ಒಪ್ಪಂದದ ಪಕ್ಷಗಳು", "clauses": "ಒಪ್ಪಂದದ ಷರತ್ತುಗಳು",
        "focus": "ಕೇಂದ್ರೀಕೃತ ಕ್ಷೇತ್ರ ಮತ್ತು ಉದ್ದೇಶಗಳು", "coverage": "ವ್ಯಾಪ್ತಿ",
        "roles": "ಪಾತ್ರ ಮತ್ತು ಜವಾಬ್ದಾರಿಗಳು", "deliverables": "ನಿರೀಕ್ಷಿತ ಫಲಿತಾಂಶಗಳು ಮತ್ತು ಸೂಚಕಗಳು",
        "data": "ದತ್ತಾಂಶ ಹಂಚಿಕೆ", "validity": "ಒಪ್ಪಂದದ ಅವಧಿ", "funding": "ಹಣಕಾಸು", "signatures": "ಸಹಿಗಳು",
        "between": "ಈ ತಿಳುವಳಿಕೆ ಒಪ್ಪಂದವನ್ನು ಈ ಕೆಳಗಿನವರ ನಡುವೆ ಮಾಡಿಕೊಳ್ಳಲಾಗಿದೆ:", "and": "ಮತ್ತು",
        "as_district": "(ಜಿಲ್ಲೆ)", "as_partner": "(ಪಾಲುದಾರ ಸಂಸ್ಥೆ)",
        "focus_label": "ಕೇಂದ್ರೀಕೃತ ಕ್ಷೇತ್ರ", "objectives": "ಉದ್ದೇಶಗಳು",
        "whole_district": "ಇಡೀ ಜಿಲ್ಲೆ: {district} ({schools} ಶಾಲೆಗಳು).",
        "blocks": "ತಾಲ್ಲೂಕುಗಳು (ಎಲ್ಲಾ ಶಾಲೆಗಳು)", "clusters": "ಕ್ಲಸ್ಟರ್‌ಗಳು (ಎಲ್ಲಾ ಶಾಲೆಗಳು)",
        "schools": "ಶಾಲೆಗಳು", "udise": "ಯುಡೈಸ್ ಕೋಡ್", "school": "ಶಾಲೆ", "block": "ತಾಲ್ಲೂಕು",
        "cluster": "ಕ್ಲಸ್ಟರ್",
        "what": "ಕಾರ್ಯ", "owner": "ಜವಾಬ್ದಾರರು", "when": "ಗಡುವು ಅಥವಾ ಆವರ್ತನ",
        "deliverable": "ಫಲಿತಾಂಶ", "by": "ಯಾರಿಂದ", "indicator": "ಸೂಚಕ", "due": "ಗಡುವು",
        "none": "ದಾಖಲಿಸಿಲ್ಲ.",
        "category": "ದತ್ತಾಂಶ", "purpose": "ಉದ್ದೇಶ", "kept": "ಇಟ್ಟುಕೊಳ್ಳುವ ಅವಧಿ", "months": "{months} ತಿಂಗಳು",
        "no_data": "ಈ ಒಪ್ಪಂದದಡಿ ಯಾವುದೇ ದತ್ತಾಂಶವನ್ನು ಹಂಚಿಕೊಳ್ಳುವುದಿಲ್ಲ.",
        "data_terms": "ಪಾಲುದಾರ ಸಂಸ್ಥೆಯು ಈ ದತ್ತಾಂಶವನ್ನು ಮೇಲೆ ತಿಳಿಸಿದ ಉದ್ದೇಶಕ್ಕೆ ಮಾತ್ರ ಬಳಸತಕ್ಕದ್ದು, ಬೇರೆ ಯಾರೊಂದಿಗೂ "
        "ಹಂಚಿಕೊಳ್ಳತಕ್ಕದ್ದಲ್ಲ ಮತ್ತು ಅವಧಿ ಮುಗಿದ ನಂತರ ಅಳಿಸತಕ್ಕದ್ದು. ಇದನ್ನು ಹೊರತುಪಡಿಸಿ ಬೇರೆ ಯಾವುದೇ ದತ್ತಾಂಶವನ್ನು "
        "ಹಂಚಿಕೊಳ್ಳುವುದಿಲ್ಲ.",
        "valid": "ಈ ಒಪ್ಪಂದವು {start} ರಿಂದ {end} ರವರೆಗೆ ಜಾರಿಯಲ್ಲಿರುತ್ತದೆ.", "amendments": "ತಿದ್ದುಪಡಿಗಳು",
        "effective": "ಜಾರಿಯಾಗುವ ದಿನಾಂಕ", "change": "ಬದಲಾವಣೆ", "new_end": "ಹೊಸ ಮುಕ್ತಾಯ ದಿನಾಂಕ",
        "non_financial": "ಇದು ಹಣಕಾಸು ರಹಿತ ಒಪ್ಪಂದ: ಈ ಒಪ್ಪಂದದಡಿ ಪಕ್ಷಗಳ ನಡುವೆ ಯಾವುದೇ ಹಣದ ವರ್ಗಾವಣೆ ಇರುವುದಿಲ್ಲ.",
        "funded": "ಈ ಒಪ್ಪಂದದಡಿ ಅನುದಾನ: {amount}.",
        "signature": "ಸಹಿ", "for": "{party} ಪರವಾಗಿ", "date": "ದಿನಾಂಕ",
        "draft": "ಕರಡು — ಸಹಿಯಾಗಿಲ್ಲ",
    },
    "hi": {
        "kind": "समझौता ज्ञापन", "reference": "संदर्भ क्रमांक", "version": "संस्करण {version}",
        "parties": "पक्षकार", "clauses": "समझौते की शर्तें", "focus": "केंद्र बिंदु और उद्देश्य",
        "coverage": "कार्यक्षेत्र", "roles": "भूमिकाएँ और उत्तरदायित्व", "deliverables": "प्रदेय और संकेतक",
        "data": "डेटा साझाकरण", "validity": "वैधता", "funding": "वित्तपोषण", "signatures": "हस्ताक्षर",
        "between": "यह समझौता ज्ञापन निम्नलिखित के बीच किया गया है:", "and": "और",
        "as_district": "(जिला)", "as_partner": "(भागीदार संस्था)",
        "focus_label": "केंद्र बिंदु", "objectives": "उद्देश्य",
        "whole_district": "संपूर्ण जिला: {district} ({schools} विद्यालय)।",
        "blocks": "विकासखंड (सभी विद्यालय)", "clusters": "क्लस्टर (सभी विद्यालय)",
        "schools": "विद्यालय", "udise": "यू-डाइस कोड", "school": "विद्यालय", "block": "विकासखंड",
        "cluster": "क्लस्टर",
        "what": "कार्य", "owner": "उत्तरदायी", "when": "नियत तिथि या आवृत्ति",
        "deliverable": "प्रदेय", "by": "किसके द्वारा", "indicator": "संकेतक", "due": "नियत तिथि",
        "none": "कोई दर्ज नहीं।",
        "category": "डेटा", "purpose": "प्रयोजन", "kept": "रखने की अवधि", "months": "{months} माह",
        "no_data": "इस समझौते के अंतर्गत कोई डेटा साझा नहीं किया जाएगा।",
        "data_terms": "भागीदार संस्था इस डेटा का उपयोग केवल उपर्युक्त प्रयोजन के लिए करेगी, इसे किसी अन्य के साथ "
        "साझा नहीं करेगी और अवधि समाप्त होने पर इसे हटा देगी। इसके अतिरिक्त कोई डेटा साझा नहीं किया जाएगा।",
        "valid": "यह समझौता {start} से {end} तक वैध रहेगा।", "amendments": "संशोधन",
        "effective": "प्रभावी तिथि", "change": "परिवर्तन", "new_end": "नई समाप्ति तिथि",
        "non_financial": "यह एक गैर-वित्तीय समझौता है: इसके अंतर्गत पक्षकारों के बीच किसी राशि का लेन-देन नहीं होगा।",
        "funded": "इस समझौते के अंतर्गत राशि: {amount}।",
        "signature": "हस्ताक्षर", "for": "{party} की ओर से", "date": "दिनांक",
        "draft": "प्रारूप — हस्ताक्षरित नहीं",
    },
    "mr": {
        "kind": "सामंजस्य करार", "reference": "संदर्भ क्रमांक", "version": "आवृत्ती {version}",
        "parties": "पक्षकार", "clauses": "कराराच्या अटी", "focus": "केंद्रबिंदू आणि उद्दिष्टे",
        "coverage": "कार्यक्षेत्र", "roles": "भूमिका आणि जबाबदाऱ्या",
        "deliverables": "अपेक्षित फलनिष्पत्ती आणि निर्देशक", "data": "माहितीची देवाणघेवाण",
        "validity": "वैधता", "funding": "निधी", "signatures": "स्वाक्षऱ्या",
        "between": "हा सामंजस्य करार खालील पक्षांमध्ये करण्यात आला आहे:", "and": "आणि",
        "as_district": "(जिल्हा)", "as_partner": "(भागीदार संस्था)",
        "focus_label": "केंद्रबिंदू", "objectives": "उद्दिष्टे",
        "whole_district": "संपूर्ण जिल्हा: {district} ({schools} शाळा).",
        "blocks": "तालुके (सर्व शाळा)", "clusters": "केंद्रे (सर्व शाळा)",
        "schools": "शाळा", "udise": "यू-डायस कोड", "school": "शाळा", "block": "तालुका",
        "cluster": "केंद्र",
        "what": "कार्य", "owner": "जबाबदार", "when": "मुदत किंवा वारंवारता",
        "deliverable": "फलनिष्पत्ती", "by": "कोणाकडून", "indicator": "निर्देशक", "due": "मुदत",
        "none": "नोंद नाही.",
        "category": "माहिती", "purpose": "उद्देश", "kept": "ठेवण्याचा कालावधी", "months": "{months} महिने",
        "no_data": "या कराराअंतर्गत कोणतीही माहिती दिली जाणार नाही.",
        "data_terms": "भागीदार संस्था ही माहिती फक्त वरील उद्देशासाठी वापरेल, ती इतर कोणालाही देणार नाही आणि "
        "कालावधी संपल्यावर ती नष्ट करेल. याव्यतिरिक्त कोणतीही माहिती दिली जाणार नाही.",
        "valid": "हा करार {start} पासून {end} पर्यंत वैध राहील.", "amendments": "सुधारणा",
        "effective": "अंमलबजावणी दिनांक", "change": "बदल", "new_end": "नवीन समाप्ती दिनांक",
        "non_financial": "हा बिगर-आर्थिक करार आहे: या अंतर्गत पक्षकारांमध्ये कोणताही आर्थिक व्यवहार होणार नाही.",
        "funded": "या करारांतर्गत निधी: {amount}.",
        "signature": "स्वाक्षरी", "for": "{party} च्या वतीने", "date": "दिनांक",
        "draft": "मसुदा — स्वाक्षरी नाही",
    },
}  # fmt: skip

FOCUS_WORDS: dict[str, dict[str, str]] = {
    "kn": {
        "fln": "ಮೂಲಭೂತ ಸಾಕ್ಷರತೆ ಮತ್ತು ಸಂಖ್ಯಾಜ್ಞಾನ (FLN)",
        "school_leadership": "ಶಾಲಾ ನಾಯಕತ್ವ ಅಭಿವೃದ್ಧಿ",
        "teacher_development": "ಶಿಕ್ಷಕರ ವೃತ್ತಿಪರ ಅಭಿವೃದ್ಧಿ",
        "community_engagement": "ಸಮುದಾಯದ ಸಹಭಾಗಿತ್ವ",
    },
    "hi": {
        "fln": "मूलभूत साक्षरता और संख्या ज्ञान (FLN)",
        "school_leadership": "विद्यालय नेतृत्व विकास",
        "teacher_development": "शिक्षकों का व्यावसायिक विकास",
        "community_engagement": "सामुदायिक सहभागिता",
    },
    "mr": {
        "fln": "पायाभूत साक्षरता व संख्याज्ञान (FLN)",
        "school_leadership": "शाळा नेतृत्व विकास",
        "teacher_development": "शिक्षकांचा व्यावसायिक विकास",
        "community_engagement": "समुदाय सहभाग",
    },
}

DATA_WORDS: dict[str, dict[str, str]] = {
    "kn": {
        "school_directory": "ಶಾಲಾ ವಿವರಗಳು (ಹೆಸರು, ಯುಡೈಸ್ ಕೋಡ್, ಸ್ಥಳ, ಆಡಳಿತ)",
        "school_indicators": "ಶಾಲಾ ಮಟ್ಟದ ಸೂಚಕಗಳು (ದಾಖಲಾತಿ, ಹಾಜರಾತಿ, ಶಿಕ್ಷಕರು)",
        "assessment_aggregates": "ಮೌಲ್ಯಾಂಕನದ ಒಟ್ಟು ಫಲಿತಾಂಶಗಳು (ಶಾಲೆ, ಕ್ಲಸ್ಟರ್, ತಾಲ್ಲೂಕುವಾರು)",
        "student_results_pseudonymised": "ಗುಪ್ತನಾಮೀಕರಿಸಿದ ವಿದ್ಯಾರ್ಥಿವಾರು ಮೌಲ್ಯಾಂಕನ ಫಲಿತಾಂಶಗಳು",
        "official_contacts": "ಅಧಿಕಾರಿಗಳ ಸಂಪರ್ಕ ವಿವರಗಳು",
    },
    "hi": {
        "school_directory": "विद्यालय निर्देशिका (नाम, यू-डाइस कोड, स्थान, प्रबंधन)",
        "school_indicators": "विद्यालय स्तरीय संकेतक (नामांकन, उपस्थिति, शिक्षक)",
        "assessment_aggregates": "मूल्यांकन के समेकित परिणाम (विद्यालय, क्लस्टर, विकासखंड स्तर पर)",
        "student_results_pseudonymised": "छद्मनामित विद्यार्थी-स्तरीय मूल्यांकन परिणाम",
        "official_contacts": "अधिकारियों के संपर्क विवरण",
    },
    "mr": {
        "school_directory": "शाळांची यादी (नाव, यू-डायस कोड, ठिकाण, व्यवस्थापन)",
        "school_indicators": "शाळा स्तरावरील निर्देशक (पटसंख्या, उपस्थिती, शिक्षक)",
        "assessment_aggregates": "मूल्यमापनाचे एकत्रित निकाल (शाळा, केंद्र, तालुका निहाय)",
        "student_results_pseudonymised": "छद्मनामित विद्यार्थीनिहाय मूल्यमापन निकाल",
        "official_contacts": "अधिकाऱ्यांचे संपर्क तपशील",
    },
}

FREQUENCY_WORDS: dict[str, dict[str, str]] = {
    "en": {"once": "once", "monthly": "monthly", "quarterly": "quarterly",
           "half-yearly": "half-yearly", "yearly": "yearly"},
    "kn": {"once": "ಒಮ್ಮೆ", "monthly": "ಮಾಸಿಕ", "quarterly": "ತ್ರೈಮಾಸಿಕ",
           "half-yearly": "ಅರ್ಧ ವಾರ್ಷಿಕ", "yearly": "ವಾರ್ಷಿಕ"},
    "hi": {"once": "एक बार", "monthly": "मासिक", "quarterly": "त्रैमासिक",
           "half-yearly": "अर्धवार्षिक", "yearly": "वार्षिक"},
    "mr": {"once": "एकदा", "monthly": "मासिक", "quarterly": "त्रैमासिक",
           "half-yearly": "सहामाही", "yearly": "वार्षिक"},
}  # fmt: skip


def focus_words(language: str, focus: str, english: str) -> str:
    """The focus area in ``language``; ``english`` (the service's label) when there is no word."""
    return FOCUS_WORDS.get(language, {}).get(focus, english)


def data_words(language: str, category: str, english: str) -> str:
    return DATA_WORDS.get(language, {}).get(category, english)


def frequency_words(language: str, frequency: str) -> str:
    return FREQUENCY_WORDS.get(language, FREQUENCY_WORDS["en"]).get(frequency, frequency)


def indian_grouping(amount: int) -> str:
    """Digits grouped the Indian way: 1250000 → "12,50,000" (lakhs and crores)."""
    digits = str(abs(amount))
    head, tail = digits[:-3], digits[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    return ("-" if amount < 0 else "") + ",".join([*groups, tail])


def rupees(amount: int) -> str:
    return f"₹{indian_grouping(amount)}"
