<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mr" sourcelanguage="en">
<context>
    <name>AchievingChart</name>
    <message>
        <location filename="../../desktop/ui/pages/baseline_chart.py" line="+102"/>
        <source>Grey bars: fewer than 5 students, suppressed in shared reports</source>
        <translation>राखाडी स्तंभ: 5 पेक्षा कमी विद्यार्थी, सामायिक अहवालांत लपवले जातात</translation>
    </message>
</context>
<context>
    <name>ActionItemDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/meeting_actions_tab.py" line="+264"/>
        <source>Change the action item</source>
        <translation>कार्यवाहीचा मुद्दा बदला</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New action item</source>
        <translation>नवीन कार्यवाहीचा मुद्दा</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Action</source>
        <translation>कार्यवाही</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>जबाबदार व्यक्ती</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due on</source>
        <translation>मुदत दिनांक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(काहीही नाही)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Under agenda item</source>
        <translation>विषयसूचीतील मुद्दा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>जतन करा</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add</source>
        <translation>जोडा</translation>
    </message>
</context>
<context>
    <name>ActionItemDialogs</name>
    <message>
        <location filename="../../desktop/ui/dialogs/action_item_dialogs.py" line="+45"/>
        <source>%(status)s on %(day)s</source>
        <translation>%(day)s रोजी %(status)s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%(description)s”
%(owner)s, %(designation)s · due %(due)s · %(status)s · followed up by %(body)s (%(level)s level)</source>
        <translation>“%(description)s”
%(owner)s, %(designation)s · मुदत %(due)s · %(status)s · पाठपुरावा: %(body)s (%(level)s स्तर)</translation>
    </message>
</context>
<context>
    <name>ActionItems</name>
    <message>
        <location filename="../../desktop/services/meetings/action_checks.py" line="+38"/>
        <source>Action item “{text}”</source>
        <translation>कार्यवाहीचा मुद्दा “{text}”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{meeting} was cancelled; record {what} in the next meeting.</source>
        <translation>{meeting} रद्द झाली; {what} पुढील बैठकीत नोंदवा.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{item} is {status} since {day}; reopen it to change it.</source>
        <translation>{item} {day} पासून {status} आहे; त्यात बदल करण्यासाठी तो पुन्हा सुरू करा.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{item} is {status} since {day}; reopen it to close it again.</source>
        <translation>{item} {day} पासून {status} आहे; तो पुन्हा बंद करण्यासाठी आधी पुन्हा सुरू करा.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{item} is {status} since {day}; reopen it to record progress on it.</source>
        <translation>{item} {day} पासून {status} आहे; त्याची प्रगती नोंदवण्यासाठी तो पुन्हा सुरू करा.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{item} is {status} since {day}; reopen it to escalate it.</source>
        <translation>{item} {day} पासून {status} आहे; तो वरिष्ठ स्तरावर पाठवण्यासाठी आधी पुन्हा सुरू करा.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Description</source>
        <translation>वर्णन</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the owner: the person who answers for this action item.</source>
        <translation>जबाबदार व्यक्ती निवडा: या कार्यवाहीच्या मुद्द्यासाठी उत्तरदायी असलेली व्यक्ती.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Person #{owner_person_id} is not in the records (deleted?); choose the owner from the people list.</source>
        <translation>व्यक्ती #{owner_person_id} नोंदींमध्ये नाही (हटवली?); व्यक्तींच्या यादीतून जबाबदार व्यक्ती निवडा.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the date the action item is due.</source>
        <translation>कार्यवाहीच्या मुद्द्याचा मुदत दिनांक द्या.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The due date {due_date} is before {meeting}, which raised the item; give a date on or after the meeting.</source>
        <translation>मुदत दिनांक {due_date} हा मुद्दा उपस्थित करणाऱ्या {meeting} च्या आधीचा आहे; बैठकीच्या दिवशीचा किंवा नंतरचा दिनांक द्या.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Agenda item #{agenda_item_id} no longer exists.</source>
        <translation>विषय #{agenda_item_id} आता अस्तित्वात नाही.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agenda item “{agenda}” belongs to another meeting, not to {meeting}; choose one of this meeting&apos;s items.</source>
        <translation>विषय “{agenda}” {meeting} चा नसून दुसऱ्या बैठकीचा आहे; याच बैठकीतील विषयांपैकी एक निवडा.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no body (it was raised in an ad-hoc meeting)</source>
        <translation>समिती नाही (तो तात्पुरत्या बैठकीत उपस्थित झाला)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item} is not followed up in {meeting}; it was raised at {raised} and is followed up by {body}.</source>
        <translation>{item} चा पाठपुरावा {meeting} मध्ये होत नाही; तो {raised} येथे उपस्थित झाला असून त्याचा पाठपुरावा {body} करते.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{item} is already followed up at district level; there is no level above it.</source>
        <translation>{item} चा पाठपुरावा आधीच जिल्हा स्तरावर होत आहे; त्यावरील स्तर नाही.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{meeting} was cancelled; choose another meeting.</source>
        <translation>{meeting} रद्द झाली; दुसरी बैठक निवडा.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The minutes of {meeting} are already approved; choose a meeting still to be held.</source>
        <translation>{meeting} चे इतिवृत्त आधीच मंजूर झाले आहे; अद्याप व्हायची असलेली बैठक निवडा.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{meeting} is before the escalation on {day}; choose a meeting on or after that day.</source>
        <translation>{meeting} ही {day} रोजी वरिष्ठ स्तरावर पाठवण्याच्या आधीची आहे; त्या दिवशीची किंवा नंतरची बैठक निवडा.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{meeting} is an ad-hoc meeting; an escalated item needs a body to follow it up.</source>
        <translation>{meeting} ही तात्पुरती बैठक आहे; वरिष्ठ स्तरावर पाठवलेल्या मुद्द्याच्या पाठपुराव्यासाठी समिती आवश्यक आहे.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{meeting} is a {level} meeting; an item followed up at {current} level is escalated to a {above} meeting.</source>
        <translation>{meeting} ही {level} बैठक आहे; {current} स्तरावर पाठपुरावा होणारा मुद्दा {above} बैठकीकडे पाठवला जातो.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{meeting} is a meeting of {unit}, which does not include {current}; escalate to a meeting of the {above} above it.</source>
        <translation>{meeting} ही {unit} ची बैठक आहे, ज्यात {current} समाविष्ट नाही; त्यावरील {above} च्या बैठकीकडे पाठवा.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings/action_listing.py" line="+30"/>
        <source>Raised</source>
        <translation>उपस्थित केला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed</source>
        <translation>आढावा घेतला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>बदलला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>वरिष्ठ स्तरावर पाठवला</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/services/meetings/vocabulary.py" line="+28"/>
        <source>Done</source>
        <translation>पूर्ण</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/services/meetings/vocabulary.py" line="+1"/>
        <source>Dropped</source>
        <translation>वगळला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened</source>
        <translation>पुन्हा सुरू केला</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Raised at {meeting} on {day}</source>
        <translation>{day} रोजी {meeting} मध्ये उपस्थित केला</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{origin}, escalated to {meeting} on {day}</source>
        <translation>{origin}, {day} रोजी {meeting} कडे वरिष्ठ स्तरावर पाठवला</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{origin}, escalated on {day}</source>
        <translation>{origin}, {day} रोजी वरिष्ठ स्तरावर पाठवला</translation>
    </message>
    <message>
        <location line="+121"/>
        <location filename="../../desktop/services/meetings/action_loading.py" line="+135"/>
        <location filename="../../desktop/services/meetings/action_report.py" line="+138"/>
        <location filename="../../desktop/services/meetings/actions.py" line="+103"/>
        <location line="+113"/>
        <source>Action item</source>
        <translation>कार्यवाहीचा मुद्दा</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings/action_report.py" line="-10"/>
        <source>Save the action-item report as a .pdf or an .xlsx file.</source>
        <translation>कार्यवाहीच्या मुद्द्यांचा अहवाल .pdf किंवा .xlsx फाइल म्हणून जतन करा.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings/actions.py" line="-147"/>
        <source>the action item</source>
        <translation>कार्यवाहीचा मुद्दा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{meeting} has not been held yet (today is {today}); action items are recorded from the meeting&apos;s decisions.</source>
        <translation>{meeting} अद्याप झालेली नाही (आज {today} आहे); कार्यवाहीचे मुद्दे बैठकीतील निर्णयांवरून नोंदवले जातात.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>a correction to the item&apos;s wording</source>
        <translation>मुद्द्याच्या शब्दरचनेतील दुरुस्ती</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>An action item is closed as done or dropped, not &apos;{status}&apos;.</source>
        <translation>कार्यवाहीचा मुद्दा &apos;पूर्ण&apos; किंवा &apos;वगळला&apos; म्हणून बंद केला जातो, &apos;{status}&apos; म्हणून नाही.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the reason for dropping the action item; the register keeps it.</source>
        <translation>कार्यवाहीचा मुद्दा वगळण्याचे कारण द्या; नोंदवहीत ते जतन केले जाते.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the date the action item was closed.</source>
        <translation>कार्यवाहीचा मुद्दा बंद केल्याचा दिनांक द्या.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{day} is before {meeting}, which raised the item; it cannot be closed before it was raised.</source>
        <translation>{day} हा मुद्दा उपस्थित करणाऱ्या {meeting} च्या आधीचा आहे; मुद्दा उपस्थित होण्यापूर्वी तो बंद करता येत नाही.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The item was reopened on {reopened}; close it on or after that day.</source>
        <translation>मुद्दा {reopened} रोजी पुन्हा सुरू केला होता; त्या दिवशी किंवा नंतर तो बंद करा.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the closing</source>
        <translation>बंद करणे</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{day} is after {meeting}; a meeting records what was done by its own date.</source>
        <translation>{day} हा {meeting} नंतरचा आहे; बैठक तिच्या दिनांकापर्यंत झालेलेच काम नोंदवते.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{item} is still open; there is nothing to reopen.</source>
        <translation>{item} अजून प्रलंबित आहे; पुन्हा सुरू करण्यासारखे काही नाही.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the reason for reopening the action item.</source>
        <translation>कार्यवाहीचा मुद्दा पुन्हा सुरू करण्याचे कारण द्या.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the date the action item was reopened.</source>
        <translation>कार्यवाहीचा मुद्दा पुन्हा सुरू केल्याचा दिनांक द्या.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{day} is before the item was closed ({closed_on}); reopen it on or after that day.</source>
        <translation>{day} हा मुद्दा बंद केल्याच्या ({closed_on}) आधीचा आहे; त्या दिवशी किंवा नंतर तो पुन्हा सुरू करा.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Write what was reported on the action item in this meeting.</source>
        <translation>या बैठकीत कार्यवाहीच्या मुद्द्यावर काय सांगण्यात आले ते लिहा.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the review</source>
        <translation>आढावा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item} was raised at {meeting}; its progress is reviewed in the meetings after it.</source>
        <translation>{item} {meeting} मध्ये उपस्थित झाला; त्याच्या प्रगतीचा आढावा त्यानंतरच्या बैठकांमध्ये घेतला जातो.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{item} is due on {due_date}, so it is not overdue on {day}; only overdue items are escalated.</source>
        <translation>{item} ची मुदत {due_date} आहे, त्यामुळे {day} रोजी तो मुदत उलटलेला नाही; केवळ मुदत उलटलेले मुद्दे वरिष्ठ स्तरावर पाठवले जातात.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The item was last escalated on {last}; escalate it again on or after that day.</source>
        <translation>मुद्दा शेवटचा {last} रोजी वरिष्ठ स्तरावर पाठवला होता; त्या दिवशी किंवा नंतर तो पुन्हा पाठवा.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings/vocabulary.py" line="-2"/>
        <source>Open</source>
        <translation>प्रलंबित</translation>
    </message>
</context>
<context>
    <name>ActionItemsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/action_items_page.py" line="+75"/>
        <source>Search by action, owner, meeting, unit or body</source>
        <translation>कार्यवाही, जबाबदार व्यक्ती, बैठक, घटक किंवा समिती यानुसार शोधा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any owner</source>
        <translation>कोणतीही जबाबदार व्यक्ती</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any status</source>
        <translation>कोणतीही स्थिती</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>any level</source>
        <translation>कोणताही स्तर</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>any body</source>
        <translation>कोणतीही समिती</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue only</source>
        <translation>केवळ मुदत उलटलेले</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mark done…</source>
        <translation>पूर्ण म्हणून नोंदवा…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop…</source>
        <translation>वगळा…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen…</source>
        <translation>पुन्हा सुरू करा…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change…</source>
        <translation>बदला…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalate…</source>
        <translation>वरिष्ठ स्तरावर पाठवा…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History…</source>
        <translation>इतिहास…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status report…</source>
        <translation>स्थिती अहवाल…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Action</source>
        <translation>कार्यवाही</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>जबाबदार व्यक्ती</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>समिती</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>(काहीही नाही)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>स्तर</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Raised on</source>
        <translation>उपस्थित केल्याचा दिनांक</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due</source>
        <translation>मुदत</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>स्थिती</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Days overdue</source>
        <translation>मुदत उलटून दिवस</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Escalated from</source>
        <translation>कोठून वरिष्ठ स्तरावर आला</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Action items</source>
        <translation>कार्यवाहीचे मुद्दे</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%(shown)s of %(total)s</source>
        <translation>%(total)s पैकी %(shown)s</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Action item</source>
        <translation>कार्यवाहीचा मुद्दा</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Save the action-item report</source>
        <translation>कार्यवाहीच्या मुद्द्यांचा अहवाल जतन करा</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preparing the action-item report</source>
        <translation>कार्यवाहीच्या मुद्द्यांचा अहवाल तयार करत आहे</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved %s</source>
        <translation>%s जतन केले</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/meeting_actions_tab.py" line="-216"/>
        <location line="+11"/>
        <source>Action</source>
        <translation>कार्यवाही</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Owner</source>
        <translation>जबाबदार व्यक्ती</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Due</source>
        <translation>मुदत</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Status</source>
        <translation>स्थिती</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Overdue then</source>
        <translation>तेव्हा मुदत उलटून</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%d days</source>
        <translation>%d दिवस</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status now</source>
        <translation>सध्याची स्थिती</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where it came from</source>
        <translation>कोठून आला</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add action item…</source>
        <translation>कार्यवाहीचा मुद्दा जोडा…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change…</source>
        <translation>बदला…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark done…</source>
        <translation>पूर्ण म्हणून नोंदवा…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review note…</source>
        <translation>आढावा टीप…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop…</source>
        <translation>वगळा…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Raised in this meeting</source>
        <translation>या बैठकीत उपस्थित केलेले</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Carried forward from earlier meetings</source>
        <translation>मागील बैठकांतून पुढे आणलेले</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Carried forward from earlier meetings (%(count)d), as they stood on %(date)s</source>
        <translation>मागील बैठकांतून पुढे आणलेले (%(count)d), %(date)s रोजीच्या स्थितीनुसार</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action items are recorded from the meeting&apos;s decisions, from its day on.</source>
        <translation>बैठकीतील निर्णयांवरून कार्यवाहीचे मुद्दे बैठकीच्या दिवसापासून नोंदवले जातात.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items raised here are followed up in the body&apos;s later meetings until done or dropped. Overdue items are in red.</source>
        <translation>येथे उपस्थित केलेल्या मुद्द्यांचा पाठपुरावा समितीच्या पुढील बैठकांमध्ये ते पूर्ण होईपर्यंत किंवा वगळले जाईपर्यंत केला जातो. मुदत उलटलेले मुद्दे लाल रंगात आहेत.</translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/membership_dialogs.py" line="+126"/>
        <source>Add a member to %s</source>
        <translation>%s मध्ये सदस्य जोडा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person</source>
        <translation>व्यक्ती</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Member from</source>
        <translation>सदस्यत्व कधीपासून</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no end date</source>
        <translation>अंतिम दिनांक नाही</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member until</source>
        <translation>सदस्यत्व कधीपर्यंत</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/meeting_tabs.py" line="+82"/>
        <source>Item</source>
        <translation>विषय</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Presented by</source>
        <translation>सादरकर्ता</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>मिनिटे</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starts at</source>
        <translation>सुरुवातीची वेळ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add item</source>
        <translation>विषय जोडा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>काढून टाका</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>वर हलवा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>खाली हलवा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save agenda</source>
        <translation>विषयसूची जतन करा</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The items in the order they are taken up. The first item of a body&apos;s meeting, the confirmation of the previous minutes, is added by itself and stays first; give minutes per item to see when each starts.</source>
        <translation>विषय ज्या क्रमाने घेतले जातील त्या क्रमाने. समितीच्या बैठकीचा पहिला विषय — मागील इतिवृत्तास मान्यता — आपोआप जोडला जातो आणि पहिलाच राहतो; प्रत्येक विषय केव्हा सुरू होईल हे पाहण्यासाठी प्रत्येक विषयाला किती मिनिटे ते द्या.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Added by itself: %s</source>
        <translation>आपोआप जोडलेला: %s</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_actions.py" line="+63"/>
        <source>Amend MoU %s</source>
        <translation>MoU %s मध्ये सुधारणा करा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Takes effect on</source>
        <translation>अंमलबजावणीचा दिनांक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it changes</source>
        <translation>काय बदलते</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text of the amendment</source>
        <translation>सुधारणेचा मजकूर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed on</source>
        <translation>स्वाक्षरीचा दिनांक</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes the end date to</source>
        <translation>नवीन समाप्ती दिनांक</translation>
    </message>
</context>
<context>
    <name>AnalysisTab</name>
    <message>
        <location filename="../../desktop/ui/pages/baseline_analysis_view.py" line="+76"/>
        <source>no comparison</source>
        <translation>तुलना नाही</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>all grades</source>
        <translation>सर्व इयत्ता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all subjects</source>
        <translation>सर्व विषय</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a unit</source>
        <translation>घटक शोधा</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Round</source>
        <translation>फेरी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with</source>
        <translation>यांच्याशी तुलना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>यानुसार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>इयत्ता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>◀ Back</source>
        <translation>◀ मागे</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working out the figures…</source>
        <translation>आकडेवारी काढत आहे…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The office whose letterhead the report and workbook carry</source>
        <translation>अहवाल व वर्कबुकवर ज्या कार्यालयाचे शीर्षपत्र असेल ते कार्यालय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save report as PDF…</source>
        <translation>अहवाल PDF म्हणून जतन करा…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save workbook…</source>
        <translation>वर्कबुक जतन करा…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Letterhead</source>
        <translation>शीर्षपत्र</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Impact indicator (whole district)</source>
        <translation>परिणाम निर्देशांक (संपूर्ण जिल्हा)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier</source>
        <translation>आधी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>नंतर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>बदल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>टीप</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>No assessment rounds yet: add one on the Rounds tab, then import its results.</source>
        <translation>अद्याप मूल्यमापन फेऱ्या नाहीत: &apos;फेऱ्या&apos; टॅबवर फेरी जोडा, नंतर तिचे निकाल आयात करा.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Grade %s</source>
        <translation>इयत्ता %s</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%s has no results or indicators yet for these choices.</source>
        <translation>या निवडींसाठी %s चे अद्याप निकाल किंवा निर्देशांक नाहीत.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> points</source>
        <translation> गुण</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%(unit)s as a whole: %(students)s students, %(achieving)s%% achieving, mean score %(mean)s; %(schools)s schools with indicators.</source>
        <translation>संपूर्ण %(unit)s: %(students)s विद्यार्थी, %(achieving)s%% उद्दिष्ट गाठलेले, सरासरी गुण %(mean)s; निर्देशांक असलेल्या %(schools)s शाळा.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change in %% achieving since %(round)s: %(change)s points.</source>
        <translation>%(round)s पासून उद्दिष्ट गाठलेल्यांच्या %% मधील बदल: %(change)s टक्के गुण.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%(shown)s of %(total)s</source>
        <translation>%(total)s पैकी %(shown)s</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Within the %(level)s %(unit)s</source>
        <translation>%(level)s %(unit)s अंतर्गत</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/baseline_exports.py" line="+38"/>
        <source>Add the office whose letterhead the report goes on first.</source>
        <translation>अहवाल ज्या कार्यालयाच्या शीर्षपत्रावर जाईल ते कार्यालय आधी जोडा.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved %s</source>
        <translation>%s जतन केले</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Report saved</source>
        <translation>अहवाल जतन केला</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Saved %s.

Open it now?</source>
        <translation>%s जतन केले.

आता उघडायचे?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No program on this computer opens %s.</source>
        <translation>%s उघडणारा कोणताही प्रोग्राम या संगणकावर नाही.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving the assessment report</source>
        <translation>मूल्यमापन अहवाल जतन करत आहे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फाइल्स (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving the assessment workbook</source>
        <translation>मूल्यमापन वर्कबुक जतन करत आहे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel वर्कबुक (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/meeting_tabs.py" line="+150"/>
        <source>Approve the minutes of %s</source>
        <translation>%s चे इतिवृत्त मंजूर करा</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Once approved, the minutes are locked: a mistake found later is put right by a correction recorded in a later meeting.</source>
        <translation>एकदा मंजूर झाल्यावर इतिवृत्त बंदिस्त होते: नंतर आढळलेली चूक पुढील बैठकीत नोंदवलेल्या दुरुस्तीद्वारे सुधारली जाते.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approved on</source>
        <translation>मंजुरीचा दिनांक</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by</source>
        <translation>मंजूर करणारे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>मंजूर करा</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_records.py" line="+69"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>फाइल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>जोडल्याची वेळ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Title (the file&apos;s name if left empty)</source>
        <translation>शीर्षक (रिकामे ठेवल्यास फाइलचे नाव)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach…</source>
        <translation>जोडा…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>उघडा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>काढून टाका</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach as</source>
        <translation>या प्रकारात जोडा</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Scanned signed copies and annexures, as PDF, PNG or JPEG. A file is kept as soon as it is attached, without pressing Save.</source>
        <translation>स्वाक्षरी केलेल्या प्रतींच्या स्कॅन प्रती आणि परिशिष्टे, PDF, PNG किंवा JPEG स्वरूपात. फाइल जोडताच ठेवली जाते, &apos;जतन करा&apos; दाबण्याची आवश्यकता नाही.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Attach a scanned copy or annexure</source>
        <translation>स्कॅन केलेली प्रत किंवा परिशिष्ट जोडा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF or image (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>PDF किंवा प्रतिमा (*.pdf *.png *.jpg *.jpeg);;सर्व फाइल्स (*)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Remove attachment</source>
        <translation>जोडपत्र काढून टाका</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “%(title)s” (%(file_name)s) from this MoU? The history keeps a record of it.</source>
        <translation>“%(title)s” (%(file_name)s) या MoU मधून काढून टाकायचे? इतिहासात त्याची नोंद राहील.</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/meeting_attendance.py" line="+77"/>
        <source>Name</source>
        <translation>नाव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representing</source>
        <translation>प्रतिनिधित्व</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance</source>
        <translation>उपस्थिती</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Represented by</source>
        <translation>यांच्यामार्फत प्रतिनिधित्व</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All present</source>
        <translation>सर्व उपस्थित</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Add guest…</source>
        <translation>निमंत्रित जोडा…</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Remove guest</source>
        <translation>निमंत्रित काढून टाका</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance rates…</source>
        <translation>उपस्थितीचे प्रमाण…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save attendance</source>
        <translation>उपस्थिती जतन करा</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The members of %(body)s on %(date)s. Leave a row blank if it is not known.</source>
        <translation>%(date)s रोजी %(body)s चे सदस्य. माहिती नसल्यास ओळ रिकामी ठेवा.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An ad-hoc meeting has no members: add everyone who was invited.</source>
        <translation>तात्पुरत्या बैठकीला सदस्य नसतात: निमंत्रित केलेल्या सर्वांना जोडा.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attendance can be recorded from the day of the meeting.</source>
        <translation>बैठकीच्या दिवसापासून उपस्थिती नोंदवता येते.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add person…</source>
        <translation>व्यक्ती जोडा…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Name and designation of the representative</source>
        <translation>प्रतिनिधीचे नाव व पदनाम</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Attendance saved: %d member(s) recorded.</source>
        <translation>उपस्थिती जतन केली: %d सदस्यांची नोंद झाली.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorded as guest (not a member of %(body)s on %(date)s): %(guests)s</source>
        <translation>निमंत्रित म्हणून नोंदवले (%(date)s रोजी %(body)s चे सदस्य नाहीत): %(guests)s</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../desktop/ui/tasks.py" line="+98"/>
        <source>Cancel</source>
        <translation>रद्द करा</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../desktop/services/backups.py" line="+65"/>
        <source>Copying</source>
        <translation>प्रत तयार होत आहे</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Could not back up {database}: {reason}</source>
        <translation>{database} चा बॅकअप घेता आला नाही: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The backup copy failed its integrity check ({detail}); the database itself may be damaged.</source>
        <translation>बॅकअप प्रत अखंडता तपासणीत अयशस्वी झाली ({detail}); डेटाबेसच खराब झालेला असू शकतो.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>{backup} cannot be restored: it is damaged ({detail}).</source>
        <translation>{backup} पुनर्संचयित करता येत नाही: ते खराब झाले आहे ({detail}).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not restore from {backup}: {reason}</source>
        <translation>{backup} मधून पुनर्संचयित करता आले नाही: {reason}</translation>
    </message>
</context>
<context>
    <name>Baseline</name>
    <message>
        <location filename="../../desktop/services/baseline/analysis.py" line="+111"/>
        <location filename="../../desktop/services/exchange/inbound_envelope.py" line="+89"/>
        <location filename="../../desktop/services/imports/exports.py" line="+120"/>
        <location filename="../../desktop/services/imports/pipeline.py" line="+124"/>
        <location filename="../../desktop/services/recognition/suggestions.py" line="+101"/>
        <location line="+2"/>
        <location filename="../../desktop/services/rounds.py" line="+303"/>
        <location line="+37"/>
        <location line="+27"/>
        <source>Assessment round</source>
        <translation>मूल्यमापन फेरी</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Figures can be grouped by {levels}; not by &apos;{by}&apos;.</source>
        <translation>आकडेवारी {levels} नुसार गटबद्ध करता येते; &apos;{by}&apos; नुसार नाही.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Figures can be narrowed to one block or one cluster; not to a {level}.</source>
        <translation>आकडेवारी एका तालुक्यापुरती किंवा एका केंद्रापुरती मर्यादित करता येते; {level} पुरती नाही.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/baseline/comparison.py" line="+30"/>
        <source>Increase in enrolment</source>
        <translation>पटसंख्येतील वाढ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Increase in average attendance</source>
        <translation>सरासरी उपस्थितीतील वाढ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Students achieving reading competency (%)</source>
        <translation>वाचन क्षमता प्राप्त विद्यार्थी (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Students achieving numeracy competency (%)</source>
        <translation>संख्याज्ञान क्षमता प्राप्त विद्यार्थी (%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schools&apos; enrolment, all grades.</source>
        <translation>शाळांची पटसंख्या, सर्व इयत्ता.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average daily attendance, weighted by enrolment.</source>
        <translation>सरासरी दैनिक उपस्थिती, पटसंख्येनुसार भारित.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>no such subject</source>
        <translation>असा विषय नाही</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subjects: {earlier} (earlier); {later} (later).</source>
        <translation>विषय: {earlier} (आधीची); {later} (नंतरची).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Choose two different rounds to compare.</source>
        <translation>तुलना करण्यासाठी दोन वेगवेगळ्या फेरी निवडा.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/baseline/reports.py" line="+69"/>
        <source>Save the assessment report as a .pdf or an .xlsx file.</source>
        <translation>मूल्यमापन अहवाल .pdf किंवा .xlsx फाइल म्हणून जतन करा.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/rounds.py" line="-337"/>
        <source>Baseline</source>
        <translation>पायाभूत चाचणी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Midline</source>
        <translation>मध्य चाचणी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endline</source>
        <translation>अंतिम चाचणी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>इतर</translation>
    </message>
    <message>
        <location line="+88"/>
        <location line="+110"/>
        <source>Name</source>
        <translation>नाव</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>A scheme needs at least two levels, lowest first.</source>
        <translation>स्तर रचनेत किमान दोन स्तर हवेत, सर्वात खालचा प्रथम.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A scheme has at most {limit} levels; this one has {count}.</source>
        <translation>स्तर रचनेत जास्तीत जास्त {limit} स्तर असतात; या रचनेत {count} आहेत.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Each level once; {level} is listed twice.</source>
        <translation>प्रत्येक स्तर एकदाच; {level} दोनदा नमूद आहे.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the lowest level that meets the state&apos;s goal.</source>
        <translation>राज्याचे उद्दिष्ट गाठणारा सर्वात खालचा स्तर निवडा.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is already a level scheme named {name}.</source>
        <translation>{name} नावाची स्तर रचना आधीच अस्तित्वात आहे.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+21"/>
        <source>Level scheme</source>
        <translation>स्तर रचना</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Stored results use level {number} ({level}) of {scheme}; keep at least {number} levels, or undo those imports first.</source>
        <translation>जतन केलेले निकाल {scheme} चा स्तर {number} ({level}) वापरतात; किमान {number} स्तर ठेवा, किंवा आधी ती आयात रद्द करा.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{scheme} is used by {count} assessment round; choose another scheme for it first.</source>
        <translation>{scheme} {count} मूल्यमापन फेरीसाठी वापरली आहे; आधी तिच्यासाठी दुसरी रचना निवडा.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{scheme} is used by {count} assessment rounds; choose another scheme for them first.</source>
        <translation>{scheme} {count} मूल्यमापन फेऱ्यांसाठी वापरली आहे; आधी त्यांच्यासाठी दुसरी रचना निवडा.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose whether this is the baseline, a midline, the endline or another round.</source>
        <translation>ही पायाभूत, मध्य, अंतिम की इतर फेरी आहे ते निवडा.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The round ends before it starts.</source>
        <translation>फेरी सुरू होण्यापूर्वीच संपते.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The maximum score must be above zero, or left empty.</source>
        <translation>कमाल गुण शून्यापेक्षा जास्त असावेत, किंवा रिकामे ठेवा.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a round named {name}.</source>
        <translation>{name} नावाची फेरी आधीच अस्तित्वात आहे.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That MoU no longer exists.</source>
        <translation>तो सामंजस्य करार (MoU) आता अस्तित्वात नाही.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That level scheme no longer exists.</source>
        <translation>ती स्तर रचना आता अस्तित्वात नाही.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>{round} has results stored with levels of {scheme}; a scheme with fewer levels, or none, would leave them meaningless. Undo those imports first.</source>
        <translation>{round} मध्ये {scheme} च्या स्तरांसह निकाल जतन आहेत; कमी स्तरांची किंवा स्तर नसलेली रचना ते निरर्थक करेल. आधी ती आयात रद्द करा.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{round} has a stored score of {score:g}, above the maximum of {maximum:g}; set a higher maximum or undo that import first.</source>
        <translation>{round} मध्ये {score:g} गुण जतन आहेत, जे कमाल {maximum:g} पेक्षा जास्त आहेत; कमाल गुण वाढवा किंवा आधी ती आयात रद्द करा.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{round} has {count} import in place; undo it first (Baseline → Imports).</source>
        <translation>{round} मध्ये {count} आयात आहे; आधी ती रद्द करा (पायाभूत चाचणी → आयात).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{round} has {count} imports in place; undo them first (Baseline → Imports).</source>
        <translation>{round} मध्ये {count} आयात आहेत; आधी त्या रद्द करा (पायाभूत चाचणी → आयात).</translation>
    </message>
</context>
<context>
    <name>BaselineAnalysis</name>
    <message>
        <location filename="../../desktop/ui/pages/baseline_analysis_table.py" line="+88"/>
        <source>District</source>
        <translation>जिल्हा</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Block</source>
        <translation>तालुका</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+10"/>
        <source>Cluster</source>
        <translation>केंद्र</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>School</source>
        <translation>शाळा</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>UDISE code</source>
        <translation>UDISE क्रमांक</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Students</source>
        <translation>विद्यार्थी</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%% %s</source>
        <translation>%% %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+42"/>
        <source>% achieving</source>
        <translation>% उद्दिष्ट गाठलेले</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+44"/>
        <source>Mean score</source>
        <translation>सरासरी गुण</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+47"/>
        <source>Enrolment</source>
        <translation>पटसंख्या</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+45"/>
        <source>Attendance %</source>
        <translation>उपस्थिती %</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>PTR</source>
        <translation>PTR</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Students (earlier)</source>
        <translation>विद्यार्थी (आधी)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Students (later)</source>
        <translation>विद्यार्थी (नंतर)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>change (points)</source>
        <translation>बदल (टक्के गुण)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>change</source>
        <translation>बदल</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>change %</source>
        <translation>बदल %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>earlier</source>
        <translation>आधी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>later</source>
        <translation>नंतर</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Fewer than %s students: suppressed in shared reports</source>
        <translation>%s पेक्षा कमी विद्यार्थी: सामायिक अहवालांत लपवले जातात</translation>
    </message>
</context>
<context>
    <name>BaselineDataExports</name>
    <message>
        <location filename="../../desktop/ui/pages/baseline_data_exports.py" line="+16"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel वर्कबुक (*.xlsx);;CSV फाइल (*.csv)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved %(count)s %(what)s to %(file)s.</source>
        <translation>%(count)s %(what)s %(file)s मध्ये जतन केले.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export the school directory</source>
        <translation>शाळा निर्देशिका निर्यात करा</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>schools</source>
        <translation>शाळा</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the results of %s</source>
        <translation>%s चे निकाल निर्यात करा</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>results</source>
        <translation>निकाल</translation>
    </message>
</context>
<context>
    <name>BaselinePage</name>
    <message>
        <location filename="../../desktop/ui/pages/baseline_page.py" line="+31"/>
        <source>Rounds</source>
        <translation>फेऱ्या</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imports</source>
        <translation>आयात</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analysis</source>
        <translation>विश्लेषण</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baseline and assessments</source>
        <translation>पायाभूत चाचणी व मूल्यमापन</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/geography_dialogs.py" line="+52"/>
        <source>Edit block</source>
        <translation>तालुका संपादित करा</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add block</source>
        <translation>तालुका जोडा</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Block</source>
        <translation>तालुका</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block (regional language)</source>
        <translation>तालुका (प्रादेशिक भाषेत)</translation>
    </message>
</context>
<context>
    <name>BodyDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/body_dialog.py" line="+225"/>
        <source>Edit %s</source>
        <translation>%s संपादित करा</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New body</source>
        <translation>नवीन समिती</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>नाव</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. District Task Force on FLN</source>
        <translation>उदा. पायाभूत साक्षरता व संख्याज्ञान (FLN) जिल्हा कृती दल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (regional language)</source>
        <translation>नाव (प्रादेशिक भाषेत)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind, described</source>
        <translation>प्रकार (वर्णन)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>स्तर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belongs to</source>
        <translation>संबंधित घटक</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The level and unit are fixed: %(body)s has %(count)d meeting(s) on record.</source>
        <translation>स्तर आणि घटक बदलता येणार नाहीत: %(body)s च्या %(count)d बैठकांची नोंद आहे.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Convening office</source>
        <translation>संयोजक कार्यालय</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Formed on</source>
        <translation>स्थापना दिनांक</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meets</source>
        <translation>बैठकांची वारंवारता</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purpose</source>
        <translation>उद्देश</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Constituting order No.</source>
        <translation>गठन आदेश क्र.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set when the order is issued from the Constitution order button</source>
        <translation>&apos;गठन आदेश&apos; बटणाद्वारे आदेश निर्गमित केल्यावर नोंदवला जातो</translation>
    </message>
</context>
<context>
    <name>CadenceDialogs</name>
    <message>
        <location filename="../../desktop/ui/dialogs/cadence_dialogs.py" line="+64"/>
        <source>%(level)s on the %(day)s</source>
        <translation>%(level)s: %(day)s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each review group meets on its working day of the month (%s), counted in the calendar of the office that convenes it.</source>
        <translation>प्रत्येक आढावा गटाची बैठक महिन्यातील त्याच्या ठरलेल्या कामकाजाच्या दिवशी होते (%s); हा दिवस गटाचे संयोजन करणाऱ्या कार्यालयाच्या दिनदर्शिकेनुसार मोजला जातो.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../desktop/services/calendar/cadence.py" line="+99"/>
        <source>{month}/{year} is not a month (expected 1–12 and a 4-digit year).</source>
        <translation>{month}/{year} हा महिना नाही (1–12 आणि 4 अंकी वर्ष अपेक्षित).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Already has a meeting on {day} ({status}).</source>
        <translation>{day} रोजी आधीच बैठक आहे ({status}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This month&apos;s review ({day}) was cancelled; add a meeting by hand if it is to be held after all.</source>
        <translation>या महिन्याची आढावा बैठक ({day}) रद्द झाली; ती तरीही घ्यायची असल्यास बैठक स्वतः जोडा.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{month} has only {count} working days in the calendar of {office}; the {level} review needs the {nth}.</source>
        <translation>{office} च्या दिनदर्शिकेत {month} मध्ये केवळ {count} कामकाजाचे दिवस आहेत; {level} आढाव्यासाठी {nth} दिवस आवश्यक आहे.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dissolved on {dissolved_on}, before the {nth} working day ({day}); no review this month.</source>
        <translation>{nth} कामकाजाच्या दिवसाआधी ({day}) {dissolved_on} रोजी विसर्जित; या महिन्यात आढावा नाही.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Formed on {formed_on}, after the {nth} working day ({day}); its first review is next month.</source>
        <translation>{nth} कामकाजाच्या दिवसानंतर ({day}) {formed_on} रोजी स्थापना; पहिला आढावा पुढील महिन्यात.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{nth} working day of {month}.</source>
        <translation>{month} चा {nth} कामकाजाचा दिवस.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calendar/holidays.py" line="+63"/>
        <source>Holiday name</source>
        <translation>सुट्टीचे नाव</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date is required.</source>
        <translation>दिनांक आवश्यक आहे.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{day} is already a holiday of {office}: {holiday}. Edit that holiday, or choose another date.</source>
        <translation>{day} ही आधीच {office} ची सुट्टी आहे: {holiday}. ती सुट्टी संपादित करा किंवा दुसरा दिनांक निवडा.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+12"/>
        <source>Holiday</source>
        <translation>सुट्टी</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose at least one other office to copy to.</source>
        <translation>ज्या कार्यालयांत प्रत करायची आहे असे किमान एक अन्य कार्यालय निवडा.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{office} already has {day} as {theirs}; {holiday} was not copied there.</source>
        <translation>{office} मध्ये {day} आधीच {theirs} म्हणून आहे; {holiday} तेथे प्रत केली नाही.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calendar/review_groups.py" line="+41"/>
        <source>Choose at least one {level}.</source>
        <translation>किमान एक {level} निवडा.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the schools whose committees are to review monthly.</source>
        <translation>ज्या शाळांच्या समित्या मासिक आढावा घेतील त्या शाळा निवडा.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>These {levels} are not in {district} district or no longer exist: {numbers}.</source>
        <translation>हे {levels} {district} जिल्ह्यात नाहीत किंवा आता अस्तित्वात नाहीत: {numbers}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>schools</source>
        <translation>शाळा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clusters</source>
        <translation>केंद्रे</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blocks</source>
        <translation>तालुके</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>districts</source>
        <translation>जिल्हे</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose the level: district, block, cluster or school.</source>
        <translation>स्तर निवडा: जिल्हा, तालुका, केंद्र किंवा शाळा.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date of formation is required.</source>
        <translation>स्थापना दिनांक आवश्यक आहे.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{office} has no district set, so it is not known whose {levels} it reviews; set its district on the Offices page first.</source>
        <translation>{office} चा जिल्हा नोंदवलेला नाही, त्यामुळे ते कोणत्या {levels} चा आढावा घेते हे कळत नाही; आधी &apos;कार्यालये&apos; पानावर त्याचा जिल्हा नोंदवा.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calendar/settings.py" line="+36"/>
        <source>{nth} Saturday</source>
        <translation>{nth} शनिवार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{nth} Saturdays</source>
        <translation>{nth} शनिवार</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no weekly offs</source>
        <translation>साप्ताहिक सुट्टी नाही</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Weekly offs must be weekdays numbered 0 (Monday) to 6 (Sunday), not {values}.</source>
        <translation>साप्ताहिक सुट्ट्या 0 (सोमवार) ते 6 (रविवार) क्रमांकाचे वार असाव्यात, {values} नव्हे.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saturdays off are counted 1st to 5th in the month, not {values}.</source>
        <translation>सुट्टीचे शनिवार महिन्यातील पहिला ते पाचवा असे मोजले जातात, {values} नव्हे.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>With these days off some weeks would have no working day at all; keep at least one weekday working every week.</source>
        <translation>या सुट्ट्यांमुळे काही आठवड्यांत एकही कामकाजाचा दिवस राहणार नाही; प्रत्येक आठवड्यात किमान एक वार कामकाजाचा ठेवा.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calendar/working_days.py" line="+23"/>
        <source>Monday</source>
        <translation>सोमवार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>मंगळवार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>बुधवार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>गुरुवार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>शुक्रवार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>शनिवार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>रविवार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1st Saturday</source>
        <translation>पहिला शनिवार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2nd Saturday</source>
        <translation>दुसरा शनिवार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3rd Saturday</source>
        <translation>तिसरा शनिवार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4th Saturday</source>
        <translation>चौथा शनिवार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5th Saturday</source>
        <translation>पाचवा शनिवार</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>January</source>
        <translation>जानेवारी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>February</source>
        <translation>फेब्रुवारी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>March</source>
        <translation>मार्च</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>April</source>
        <translation>एप्रिल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>मे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>June</source>
        <translation>जून</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>July</source>
        <translation>जुलै</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>August</source>
        <translation>ऑगस्ट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>सप्टेंबर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>October</source>
        <translation>ऑक्टोबर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation>नोव्हेंबर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>December</source>
        <translation>डिसेंबर</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/meeting_tabs.py" line="-29"/>
        <source>Cancel %s</source>
        <translation>%s रद्द करा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason (kept with the meeting)</source>
        <translation>कारण (बैठकीसोबत जतन केले जाते)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the meeting</source>
        <translation>बैठक रद्द करा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>बैठक कायम ठेवा</translation>
    </message>
</context>
<context>
    <name>CascadeView</name>
    <message>
        <location filename="../../desktop/ui/pages/cascade_view.py" line="+45"/>
        <source>Level</source>
        <translation>स्तर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>नियोजित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>झालेल्या</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes recorded</source>
        <translation>इतिवृत्त नोंदवलेले</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>मंजूर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not held, day passed</source>
        <translation>झाली नाही, दिवस उलटला</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated upward</source>
        <translation>वरिष्ठ स्तरावर पाठवलेले</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Review cascade, all offices</source>
        <translation>आढावा साखळी, सर्व कार्यालये</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>no reviews planned yet.</source>
        <translation>अद्याप आढावा बैठका नियोजित नाहीत.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not held although their day has passed: %s.</source>
        <translation>दिवस उलटूनही न झालेल्या बैठका: %s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%(shown)s of %(total)s reviews held.</source>
        <translation>%(total)s पैकी %(shown)s आढावा बैठका झाल्या.</translation>
    </message>
</context>
<context>
    <name>CertificatePreviewDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/recognition_ranking_printing.py" line="+238"/>
        <source>&amp;Save PDF…</source>
        <translation>PDF जतन करा…(&amp;S)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फाइल्स (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ChangeDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/action_item_dialogs.py" line="+145"/>
        <source>Change the action item</source>
        <translation>कार्यवाहीचा मुद्दा बदला</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>जतन करा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>कार्यवाही</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>जबाबदार व्यक्ती</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due on</source>
        <translation>मुदत दिनांक</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/import_check_page.py" line="+34"/>
        <location filename="../../desktop/ui/dialogs/package_import_check.py" line="+69"/>
        <source>Check</source>
        <translation>तपासणी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every row is checked against the database; nothing is saved yet.</source>
        <translation>प्रत्येक ओळ डेटाबेसशी पडताळली जाते; अद्याप काहीही जतन केलेले नाही.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>आयात करा</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>रद्द करा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check again</source>
        <translation>पुन्हा तपासा</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Preview</source>
        <translation>पूर्वावलोकन</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import only if every row is valid</source>
        <translation>प्रत्येक ओळ वैध असेल तरच आयात करा</translation>
    </message>
    <message>
        <location line="+65"/>
        <location filename="../../desktop/ui/dialogs/package_import_check.py" line="+110"/>
        <source>Checking %s…</source>
        <translation>%s तपासत आहे…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The check stopped on an unexpected error: %s</source>
        <translation>अनपेक्षित त्रुटीमुळे तपासणी थांबली: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be checked.</source>
        <translation>फाइल तपासता आली नाही.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checked %s.</source>
        <translation>%s तपासली.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%s new schools</source>
        <translation>%s नवीन शाळा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s new schools&apos; indicators</source>
        <translation>%s नवीन शाळांचे निर्देशांक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s new results</source>
        <translation>%s नवीन निकाल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s new</source>
        <translation>%s नवीन</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%s updated</source>
        <translation>%s अद्ययावत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s unchanged</source>
        <translation>%s अपरिवर्तित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s with problems</source>
        <translation>%s त्रुटींसह</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%s with a repaired UDISE code</source>
        <translation>%s दुरुस्त केलेल्या UDISE क्रमांकासह</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s codes read without spaces or as text</source>
        <translation>%s क्रमांक रिकाम्या जागांशिवाय किंवा मजकूर म्हणून वाचले</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 row</source>
        <translation>1 ओळ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%s rows</source>
        <translation>%s ओळी</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Problems (%s)</source>
        <translation>त्रुटी (%s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proposed repairs (%s)</source>
        <translation>सुचवलेल्या दुरुस्त्या (%s)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import the %(valid)s valid rows and leave out the %(errors)s with problems</source>
        <translation>%(valid)s वैध ओळी आयात करा आणि त्रुटी असलेल्या %(errors)s वगळा</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/package_import_check.py" line="-140"/>
        <source>Cancelled; nothing was read into the database.</source>
        <translation>रद्द केले; डेटाबेसमध्ये काहीही वाचले गेले नाही.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong passphrase</source>
        <translation>चुकीचा पासफ्रेज</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package was changed after it was signed</source>
        <translation>स्वाक्षरी झाल्यानंतर पॅकेजमध्ये बदल झाला आहे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package is damaged or incomplete</source>
        <translation>पॅकेज खराब किंवा अपूर्ण आहे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature does not match the package</source>
        <translation>स्वाक्षरी पॅकेजशी जुळत नाही</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by a key this office has not registered</source>
        <translation>या कार्यालयाने नोंदवलेली नसलेल्या की ने स्वाक्षरित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an exchange package</source>
        <translation>हे देवाणघेवाण पॅकेज नाही</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A package format this version cannot read</source>
        <translation>ही आवृत्ती वाचू शकत नाही असे पॅकेज स्वरूप</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package&apos;s lock is costlier than allowed</source>
        <translation>पॅकेजचे कुलूप परवानगीपेक्षा अधिक संगणकीय क्षमता मागते</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go Back and type the passphrase again, exactly as the partner gave it.</source>
        <translation>मागे जा आणि भागीदार संस्थेने दिला तसाच, अचूक पासफ्रेज पुन्हा टाइप करा.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go Back to the first page and register the partner&apos;s key from their receipt.</source>
        <translation>पहिल्या पृष्ठावर मागे जा आणि भागीदार संस्थेच्या पावतीवरून त्यांची की नोंदवा.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go Back and choose the round these data belong to.</source>
        <translation>मागे जा आणि हा डेटा ज्या फेरीचा आहे ती फेरी निवडा.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Verified and checked row by row, as a dry run: nothing is stored yet.</source>
        <translation>पडताळले आणि प्रायोगिक स्वरूपात ओळीनुसार तपासले: अद्याप काहीही जतन केलेले नाही.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cance&amp;l check</source>
        <translation>तपासणी रद्द करा(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check &amp;again</source>
        <translation>पुन्हा तपासा(&amp;A)</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+133"/>
        <source>Verified</source>
        <translation>पडताळले</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Signed by:</source>
        <translation>स्वाक्षरी करणारे:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MoU:</source>
        <translation>MoU:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round:</source>
        <translation>फेरी:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created:</source>
        <translation>तयार केल्याची वेळ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>फाइल:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key fingerprint:</source>
        <translation>की चा फिंगरप्रिंट:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Table</source>
        <translation>तक्ता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>फाइल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows</source>
        <translation>ओळी</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To add</source>
        <translation>जोडायच्या</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To update</source>
        <translation>अद्ययावत करायच्या</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>अपरिवर्तित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With problems</source>
        <translation>त्रुटींसह</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the import would do, table by table</source>
        <translation>आयात प्रत्येक तक्त्यात काय करेल</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Not checked: nothing was read into the database.</source>
        <translation>तपासले नाही: डेटाबेसमध्ये काहीही वाचले गेले नाही.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This file cannot be imported</source>
        <translation>ही फाइल आयात करता येत नाही</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which round?</source>
        <translation>कोणती फेरी?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This package cannot be imported</source>
        <translation>हे पॅकेज आयात करता येत नाही</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check stopped on an unexpected error</source>
        <translation>अनपेक्षित त्रुटीमुळे तपासणी थांबली</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checked.</source>
        <translation>तपासले.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Read (not signed)</source>
        <translation>वाचले (स्वाक्षरित नाही)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not signed — the return template filled in for %s</source>
        <translation>स्वाक्षरित नाही — %s यांनी भरलेला परतावा साचा</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not said</source>
        <translation>नमूद नाही</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is nothing more to do: close the wizard.</source>
        <translation>आणखी काहीही करायचे नाही: विझार्ड बंद करा.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Problems found: %(problems)s, in %(rows)s of the package&apos;s rows. This package cannot be imported, and nothing was stored: the partner must correct them and send it again (save the list below for them).</source>
        <translation>आढळलेल्या त्रुटी: %(problems)s, पॅकेजच्या %(rows)s ओळींमध्ये. हे पॅकेज आयात करता येत नाही, आणि काहीही जतन केलेले नाही: भागीदार संस्थेने त्या दुरुस्त करून ते पुन्हा पाठवणे आवश्यक आहे (त्यांच्यासाठी खालील यादी जतन करा).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ready to import. Rows to store: %s.</source>
        <translation>आयातीसाठी तयार. जतन करायच्या ओळी: %s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows that would overwrite the office&apos;s newer data: %s; choose on the next page which to take.</source>
        <translation>कार्यालयाच्या अधिक नवीन डेटावर अधिलेखन करणाऱ्या ओळी: %s; कोणत्या घ्यायच्या ते पुढील पृष्ठावर निवडा.</translation>
    </message>
</context>
<context>
    <name>CircularEditor</name>
    <message>
        <location filename="../../desktop/ui/dialogs/circular_editor.py" line="+60"/>
        <source>New circular, superseding %s</source>
        <translation>नवीन परिपत्रक, %s ला अधिक्रमित करून</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New circular</source>
        <translation>नवीन परिपत्रक</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Issued by</source>
        <translation>निर्गमित करणारे कार्यालय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>शाखा</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. ACAD, ADM (in the number)</source>
        <translation>उदा. ACAD, ADM (क्रमांकात येते)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>दिनांक</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start from</source>
        <translation>सुरुवात यापासून</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>References (one a line)</source>
        <translation>संदर्भ (प्रत्येक ओळीत एक)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>मजकूर</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Template fields</source>
        <translation>साच्यातील रकाने</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>schools</source>
        <translation>शाळा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offices</source>
        <translation>कार्यालये</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people</source>
        <translation>व्यक्ती</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send to</source>
        <translation>कोणास पाठवायचे</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose…</source>
        <translation>निवडा…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+24"/>
        <source>Recipients</source>
        <translation>प्राप्तकर्ते</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Signed by</source>
        <translation>स्वाक्षरी करणारे अधिकारी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Designation</source>
        <translation>पदनाम</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy-to list</source>
        <translation>प्रत यादी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy to (one a line)</source>
        <translation>प्रत (प्रत्येक ओळीत एक)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as a list…</source>
        <translation>यादी म्हणून जतन करा…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issue</source>
        <translation>निर्गमित करा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The preview appears here.</source>
        <translation>पूर्वावलोकन येथे दिसेल.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh preview</source>
        <translation>पूर्वावलोकन अद्ययावत करा</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview</source>
        <translation>पूर्वावलोकन</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>(blank)</source>
        <translation>(रिकामे)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Save copy-to list</source>
        <translation>प्रत यादी जतन करा</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the list</source>
        <translation>यादीचे नाव</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nobody chosen yet: tick them under Recipients, beside.</source>
        <translation>अद्याप कोणीही निवडलेले नाही: बाजूच्या &apos;प्राप्तकर्ते&apos; येथे खूण करा.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%d offices</source>
        <translation>%d कार्यालये</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 office</source>
        <translation>1 कार्यालय</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%d people</source>
        <translation>%d व्यक्ती</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 person</source>
        <translation>1 व्यक्ती</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/circular_output.py" line="+49"/>
        <source>Add the issuing office under Offices first.</source>
        <translation>प्रथम &apos;कार्यालये&apos; येथे परिपत्रक निर्गमित करणारे कार्यालय जोडा.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name and designation of the officer who signs are both needed.</source>
        <translation>स्वाक्षरी करणाऱ्या अधिकाऱ्याचे नाव आणि पदनाम दोन्ही आवश्यक आहेत.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Issuing the circular</source>
        <translation>परिपत्रक निर्गमित करत आहे</translation>
    </message>
</context>
<context>
    <name>Circulars</name>
    <message>
        <location filename="../../desktop/services/circulars.py" line="+71"/>
        <source>One circular goes to schools, offices or people, not a mix.</source>
        <translation>एक परिपत्रक शाळा, कार्यालये किंवा व्यक्ती यांपैकी एकालाच जाते, मिश्र नाही.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../desktop/services/dispatch.py" line="+165"/>
        <source>Choose at least one recipient.</source>
        <translation>किमान एक प्राप्तकर्ता निवडा.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{count} recipient cannot be printed:</source>
        <translation>{count} प्राप्तकर्ता छापता येत नाही:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} recipients cannot be printed:</source>
        <translation>{count} प्राप्तकर्ते छापता येत नाहीत:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>… and {count} more.</source>
        <translation>… आणि आणखी {count}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+119"/>
        <location line="+13"/>
        <location line="+42"/>
        <location filename="../../desktop/services/committees/printing.py" line="+266"/>
        <location filename="../../desktop/services/meetings/printing.py" line="+338"/>
        <source>Issued circular</source>
        <translation>निर्गमित परिपत्रक</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+173"/>
        <source>a new circular cannot supersede it</source>
        <translation>नवीन परिपत्रक त्यास अधिक्रमित करू शकत नाही</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>{number} is a {kind} entry, not a circular; {refused}.</source>
        <translation>{number} ही {kind} नोंद आहे, परिपत्रक नाही; {refused}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it cannot be printed as a circular</source>
        <translation>ते परिपत्रक म्हणून छापता येत नाही</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Done</source>
        <translation>झाले</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Dispatch series</source>
        <translation>जावक मालिका</translation>
    </message>
    <message>
        <location filename="../../desktop/services/dispatch.py" line="-90"/>
        <source>The number format has a stray brace: {reason}.</source>
        <translation>क्रमांक स्वरूपात अनावश्यक कंस आहे: {reason}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The number format uses {{{unknown}}}; it may use {known}.</source>
        <translation>क्रमांक स्वरूप {{{unknown}}} वापरते; ते {known} वापरू शकते.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The number format must contain {serial}, or numbers repeat.</source>
        <translation>क्रमांक स्वरूपात {serial} असणे आवश्यक आहे, अन्यथा क्रमांक पुनरावृत्त होतील.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The number format cannot be used: {reason}.</source>
        <translation>क्रमांक स्वरूप वापरता येत नाही: {reason}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Section &apos;{section}&apos; may have only letters, digits and dashes (at most 30).</source>
        <translation>शाखा &apos;{section}&apos; मध्ये फक्त अक्षरे, अंक आणि डॅश असू शकतात (जास्तीत जास्त 30).</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The subject is empty; every circular needs one.</source>
        <translation>विषय रिकामा आहे; प्रत्येक परिपत्रकास विषय आवश्यक आहे.</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+47"/>
        <location line="+47"/>
        <location filename="../../desktop/services/reprints.py" line="+21"/>
        <source>Issued document</source>
        <translation>निर्गमित दस्तऐवज</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>{number} is {status}; only an issued document can be superseded.</source>
        <translation>{number} {status} आहे; केवळ निर्गमित दस्तऐवज अधिक्रमित करता येतो.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{count} document was already numbered this year in this series; its format can change from the next financial year.</source>
        <translation>या मालिकेत या वर्षी {count} दस्तऐवजास आधीच क्रमांक दिला आहे; स्वरूप पुढील आर्थिक वर्षापासून बदलता येईल.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} documents were already numbered this year in this series; its format can change from the next financial year.</source>
        <translation>या मालिकेत या वर्षी {count} दस्तऐवजांना आधीच क्रमांक दिले आहेत; स्वरूप पुढील आर्थिक वर्षापासून बदलता येईल.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Say why the document is cancelled; the register keeps the reason.</source>
        <translation>दस्तऐवज का रद्द केला ते नमूद करा; नोंदवहीत कारण जतन होते.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{number} is already {status}.</source>
        <translation>{number} आधीच {status} आहे.</translation>
    </message>
</context>
<context>
    <name>CircularsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/circulars_page.py" line="+39"/>
        <source>Issued</source>
        <translation>निर्गमित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Superseded</source>
        <translation>अधिक्रमित</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Search by number or subject</source>
        <translation>क्रमांक किंवा विषयानुसार शोधा</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New circular…</source>
        <translation>नवीन परिपत्रक…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates…</source>
        <translation>साचे…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print duplicate…</source>
        <translation>दुय्यम प्रत मुद्रित करा…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save copies…</source>
        <translation>प्रती जतन करा…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel circular…</source>
        <translation>परिपत्रक रद्द करा…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supersede…</source>
        <translation>अधिक्रमित करा…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Number</source>
        <translation>क्रमांक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>दिनांक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>प्राप्तकर्ते</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>स्थिती</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%s in the register</source>
        <translation>नोंदवहीत %s</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A certificate batch is replaced by cancelling it and issuing the certificates again from the Recognition page.</source>
        <translation>प्रमाणपत्रांची तुकडी रद्द करून आणि &apos;गौरव&apos; पृष्ठावरून प्रमाणपत्रे पुन्हा निर्गमित करूनच ती बदलता येते.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a new circular that replaces the selected one.</source>
        <translation>निवडलेल्या परिपत्रकाच्या जागी येणारे नवीन परिपत्रक लिहा.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Superseded by %s</source>
        <translation>%s द्वारे अधिक्रमित</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: %s</source>
        <translation>रद्द: %s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot supersede</source>
        <translation>अधिक्रमित करता येत नाही</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Preparing the duplicate</source>
        <translation>दुय्यम प्रत तयार करत आहे</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Folder for one PDF per recipient</source>
        <translation>प्रत्येक प्राप्तकर्त्यासाठी एक PDF ठेवण्याचे फोल्डर</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saving one PDF per recipient</source>
        <translation>प्रत्येक प्राप्तकर्त्यासाठी एक PDF जतन करत आहे</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved</source>
        <translation>जतन केले</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(count)s files saved in %(folder)s</source>
        <translation>%(folder)s मध्ये %(count)s फाइल्स जतन केल्या</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why is %s cancelled? The register keeps the reason.</source>
        <translation>%s का रद्द केले जात आहे? नोंदवहीत कारण जतन केले जाते.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its invitees go back to selected, to be invited again.</source>
        <translation>त्यातील निमंत्रित पुन्हा &apos;निवडलेले&apos; स्थितीत जातील, पुन्हा निमंत्रित करण्यासाठी.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its nominees go back to attended; issue their certificates again from the Recognition page.</source>
        <translation>त्यातील नामनिर्देशित पुन्हा &apos;उपस्थित&apos; स्थितीत जातील; त्यांची प्रमाणपत्रे &apos;गौरव&apos; पृष्ठावरून पुन्हा निर्गमित करा.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel circular</source>
        <translation>परिपत्रक रद्द करा</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot cancel</source>
        <translation>रद्द करता येत नाही</translation>
    </message>
    <message>
        <location line="-152"/>
        <location line="+158"/>
        <source>Circulars</source>
        <translation>परिपत्रके</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/action_item_dialogs.py" line="-108"/>
        <source>Drop the action item</source>
        <translation>कार्यवाहीचा मुद्दा वगळा</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark the action item done</source>
        <translation>कार्यवाहीचा मुद्दा पूर्ण म्हणून नोंदवा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop</source>
        <translation>वगळा</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark done</source>
        <translation>पूर्ण म्हणून नोंदवा</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dropped on</source>
        <translation>वगळल्याचा दिनांक</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done on</source>
        <translation>पूर्ण झाल्याचा दिनांक</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason for dropping (kept in the register)</source>
        <translation>वगळण्याचे कारण (नोंदवहीत जतन केले जाते)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remark (optional)</source>
        <translation>शेरा (ऐच्छिक)</translation>
    </message>
</context>
<context>
    <name>ClusterDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/geography_dialogs.py" line="+13"/>
        <source>Edit cluster</source>
        <translation>केंद्र संपादित करा</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add cluster</source>
        <translation>केंद्र जोडा</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cluster</source>
        <translation>केंद्र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster (regional language)</source>
        <translation>केंद्र (प्रादेशिक भाषेत)</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/import_columns_page.py" line="+52"/>
        <source>— not in the file —</source>
        <translation>— फाइलमध्ये नाही —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a value…</source>
        <translation>मूल्य टाइप करा…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the value for every row</source>
        <translation>प्रत्येक ओळीसाठीचे मूल्य</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Match the columns</source>
        <translation>स्तंभ जुळवा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the column of the file that holds each field. Fields in bold (*) are required.</source>
        <translation>प्रत्येक रकान्याची माहिती फाइलमधील कोणत्या स्तंभात आहे ते निवडा. ठळक (*) रकाने आवश्यक आहेत.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keep student names</source>
        <translation>विद्यार्थ्यांची नावे ठेवा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names are personal data: keep them only if the office needs them and may hold them. Without names, students are matched by their id.</source>
        <translation>नावे ही वैयक्तिक माहिती आहे: कार्यालयाला त्यांची आवश्यकता असेल व ती ठेवण्याची परवानगी असेल तरच ती ठेवा. नावांशिवाय विद्यार्थी त्यांच्या ओळख क्रमांकाने जुळवले जातात.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whose school ids?</source>
        <translation>शाळांचे ओळख क्रमांक कोणाचे?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. KLP</source>
        <translation>उदा. KLP</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save this mapping as…</source>
        <translation>ही स्तंभ जुळवणी या नावाने जतन करा…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Using your saved mapping ‘%s’.</source>
        <translation>आपली जतन केलेली स्तंभ जुळवणी ‘%s’ वापरत आहे.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns suggested from the file&apos;s headers: check each one before going on.</source>
        <translation>फाइलच्या शीर्षकांवरून सुचवलेले स्तंभ: पुढे जाण्यापूर्वी प्रत्येक तपासा.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Save this mapping</source>
        <translation>ही स्तंभ जुळवणी जतन करा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, to find it again for files with these columns:</source>
        <translation>नाव, हेच स्तंभ असलेल्या फाइल्ससाठी ती पुन्हा मिळावी म्हणून:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved as ‘%s’; offered again for files with these columns.</source>
        <translation>‘%s’ म्हणून जतन केली; हेच स्तंभ असलेल्या फाइल्ससाठी पुन्हा सुचवली जाईल.</translation>
    </message>
</context>
<context>
    <name>Committees</name>
    <message>
        <location filename="../../desktop/services/committees/bodies.py" line="+105"/>
        <location line="+8"/>
        <location line="+67"/>
        <location line="+75"/>
        <location filename="../../desktop/services/committees/memberships.py" line="+80"/>
        <location line="+13"/>
        <location line="+75"/>
        <location line="+95"/>
        <location line="+8"/>
        <location filename="../../desktop/services/committees/printing.py" line="-66"/>
        <location line="+64"/>
        <location filename="../../desktop/services/meetings/attendance.py" line="+340"/>
        <location filename="../../desktop/services/meetings/minutes.py" line="+232"/>
        <source>Body</source>
        <translation>समिती</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>{body} was already dissolved on {dissolved_on}.</source>
        <translation>{body} आधीच {dissolved_on} रोजी विसर्जित झाली आहे.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{body} was formed on {formed_on}; it cannot be dissolved before that ({day}).</source>
        <translation>{body} ची स्थापना {formed_on} रोजी झाली; त्याआधी ({day}) ती विसर्जित करता येत नाही.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{person}&apos;s membership of {body} starts on {start_date}, after {day}; correct or delete that membership before dissolving on that date.</source>
        <translation>{person} यांचे {body} मधील सदस्यत्व {day} नंतर, {start_date} रोजी सुरू होते; त्या दिनांकास विसर्जित करण्यापूर्वी ते सदस्यत्व दुरुस्त करा किंवा हटवा.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{body} has a meeting on {meeting_day} ({meeting}), after {day}; cancel it or dissolve the body after it.</source>
        <translation>{body} ची {day} नंतर {meeting_day} रोजी बैठक आहे ({meeting}); ती रद्द करा किंवा त्यानंतर समिती विसर्जित करा.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{body} has one meeting on record; dissolve it instead of deleting it.</source>
        <translation>{body} ची एक बैठक नोंदीत आहे; ती हटवण्याऐवजी विसर्जित करा.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{body} has {count} meetings on record; dissolve it instead of deleting it.</source>
        <translation>{body} च्या {count} बैठका नोंदीत आहेत; ती हटवण्याऐवजी विसर्जित करा.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One action item is followed up by {body}; dissolve it instead of deleting it.</source>
        <translation>एका कार्यवाहीच्या मुद्द्याचा पाठपुरावा {body} करते; ती हटवण्याऐवजी विसर्जित करा.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} action items are followed up by {body}; dissolve it instead of deleting it.</source>
        <translation>{count} कार्यवाहीच्या मुद्द्यांचा पाठपुरावा {body} करते; ती हटवण्याऐवजी विसर्जित करा.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/committees/body_checks.py" line="+30"/>
        <source>Choose the level of the body: district, block, cluster or school.</source>
        <translation>समितीचा स्तर निवडा: जिल्हा, तालुका, केंद्र किंवा शाळा.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the {what} the body belongs to.</source>
        <translation>समिती ज्या {what} ची आहे ते निवडा.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The chosen {what} no longer exists; choose again.</source>
        <translation>निवडलेले {what} आता अस्तित्वात नाही; पुन्हा निवडा.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{unit} already has a body named {body} (dissolved on {day}); give this one a name that tells them apart, e.g. with the year.</source>
        <translation>{unit} मध्ये {body} नावाची समिती आधीच आहे ({day} रोजी विसर्जित); दोन्ही वेगळ्या ओळखता येतील असे नाव द्या, उदा. वर्षासह.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{unit} already has a body named {body}; give this one a name that tells them apart, e.g. with the year.</source>
        <translation>{unit} मध्ये {body} नावाची समिती आधीच आहे; दोन्ही वेगळ्या ओळखता येतील असे नाव द्या, उदा. वर्षासह.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{person}&apos;s membership starts on {day}; the body cannot be formed after its first member joined.</source>
        <translation>{person} यांचे सदस्यत्व {day} रोजी सुरू होते; पहिला सदस्य सामील झाल्यानंतर समितीची स्थापना दाखवता येत नाही.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The body met on {day}; it cannot be formed after its first meeting.</source>
        <translation>समितीची बैठक {day} रोजी झाली; पहिल्या बैठकीनंतरचा स्थापना दिनांक देता येत नाही.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The body was dissolved on {day}; it must have been formed by then.</source>
        <translation>समिती {day} रोजी विसर्जित झाली; तोपर्यंत तिची स्थापना झालेली असली पाहिजे.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{body} has one meeting recorded at its present level and unit; they cannot change now. Dissolve it and form a new body instead.</source>
        <translation>{body} ची सध्याच्या स्तरावर व घटकात एक बैठक नोंदलेली आहे; ते आता बदलता येत नाहीत. त्याऐवजी ही समिती विसर्जित करून नवीन समिती गठित करा.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{body} has {count} meetings recorded at its present level and unit; they cannot change now. Dissolve it and form a new body instead.</source>
        <translation>{body} च्या सध्याच्या स्तरावर व घटकात {count} बैठका नोंदलेल्या आहेत; ते आता बदलता येत नाहीत. त्याऐवजी ही समिती विसर्जित करून नवीन समिती गठित करा.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>नाव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local name</source>
        <translation>स्थानिक नाव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of body</source>
        <translation>समितीचा प्रकार</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the kind of body.</source>
        <translation>समितीचा प्रकार निवडा.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe the kind of body (the kind is &apos;Other&apos;).</source>
        <translation>समितीच्या प्रकाराचे वर्णन करा (प्रकार &apos;इतर&apos; आहे).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the convening office.</source>
        <translation>संयोजक कार्यालय निवडा.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/services/committees/membership_checks.py" line="+93"/>
        <source>The chosen office no longer exists; choose again.</source>
        <translation>निवडलेले कार्यालय आता अस्तित्वात नाही; पुन्हा निवडा.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of formation is required.</source>
        <translation>स्थापना दिनांक आवश्यक आहे.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting frequency must be one of: {values}.</source>
        <translation>बैठकांची वारंवारता यांपैकी एक असावी: {values}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purpose</source>
        <translation>उद्देश</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Constituting order</source>
        <translation>गठन आदेश</translation>
    </message>
    <message>
        <location filename="../../desktop/services/committees/listing.py" line="+93"/>
        <location filename="../../desktop/services/committees/memberships.py" line="-180"/>
        <location line="+61"/>
        <location line="+15"/>
        <location line="+34"/>
        <source>Membership</source>
        <translation>सदस्यत्व</translation>
    </message>
    <message>
        <location filename="../../desktop/services/committees/membership_checks.py" line="-67"/>
        <source>from {start}</source>
        <translation>{start} पासून</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from {start} to {end}</source>
        <translation>{start} ते {end}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the member.</source>
        <translation>सदस्य निवडा.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chosen person no longer exists; choose again.</source>
        <translation>निवडलेली व्यक्ती आता अस्तित्वात नाही; पुन्हा निवडा.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the role: {values}.</source>
        <translation>भूमिका निवडा: {values}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start date is required.</source>
        <translation>सुरुवातीचा दिनांक आवश्यक आहे.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{body} was formed on {formed_on}; a membership cannot start before that ({start}).</source>
        <translation>{body} ची स्थापना {formed_on} रोजी झाली; त्याआधी ({start}) सदस्यत्व सुरू होऊ शकत नाही.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{body} was dissolved on {dissolved_on}; no one can join it after that.</source>
        <translation>{body} {dissolved_on} रोजी विसर्जित झाली; त्यानंतर कोणीही सामील होऊ शकत नाही.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The membership ends ({end}) before it starts ({start}).</source>
        <translation>सदस्यत्व सुरू होण्याआधीच ({start}) संपते ({end}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{body} was dissolved on {dissolved_on}; the membership must end by then.</source>
        <translation>{body} {dissolved_on} रोजी विसर्जित झाली; सदस्यत्व तोपर्यंत संपले पाहिजे.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A member represents one office or one organisation, not both.</source>
        <translation>सदस्य एका कार्यालयाचे किंवा एका संस्थेचे प्रतिनिधित्व करतो, दोन्हींचे नाही.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chosen organisation no longer exists; choose again.</source>
        <translation>निवडलेली संस्था आता अस्तित्वात नाही; पुन्हा निवडा.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{person} is already on {body} as {role} {period}; a person holds one seat on a body at a time. End or correct that membership first.</source>
        <translation>{person} आधीच {body} मध्ये {role} म्हणून आहेत {period}; एका व्यक्तीला एका वेळी समितीत एकच जागा असते. आधी ते सदस्यत्व संपवा किंवा दुरुस्त करा.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{person} is already the {role} of {body} {period}; end that membership first, or replace that member.</source>
        <translation>{person} आधीच {body} चे {role} आहेत {period}; आधी ते सदस्यत्व संपवा किंवा त्या सदस्याची जागा दुसऱ्याला द्या.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Attendance at the meeting of {day} was recorded on this membership; its term must include that date.</source>
        <translation>{day} रोजीच्या बैठकीची उपस्थिती या सदस्यत्वावर नोंदली आहे; त्याच्या कालावधीत तो दिनांक समाविष्ट असला पाहिजे.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/committees/memberships.py" line="-104"/>
        <source>Attendance has been recorded on this membership, so its member cannot be changed; end it and add the other person instead.</source>
        <translation>या सदस्यत्वावर उपस्थिती नोंदली गेली आहे, त्यामुळे त्याचा सदस्य बदलता येत नाही; ते संपवा आणि त्याऐवजी दुसरी व्यक्ती जोडा.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{person}&apos;s membership already ended on {end_date}; correct its dates with Edit if that is wrong.</source>
        <translation>{person} यांचे सदस्यत्व आधीच {end_date} रोजी संपले आहे; ते चुकीचे असल्यास &apos;संपादित करा&apos; वापरून दिनांक दुरुस्त करा.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{person}&apos;s membership started on {start_date}; it cannot end before that ({end_date}).</source>
        <translation>{person} यांचे सदस्यत्व {start_date} रोजी सुरू झाले; त्याआधी ({end_date}) ते संपू शकत नाही.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Give the reason the membership ends (e.g. transferred).</source>
        <translation>सदस्यत्व संपण्याचे कारण द्या (उदा. बदली).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reason is {count} characters long; at most 300 fit.</source>
        <translation>कारण {count} अक्षरांचे आहे; जास्तीत जास्त 300 अक्षरे चालतात.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Give the date the new member takes the seat.</source>
        <translation>नवीन सदस्य जागा स्वीकारतील तो दिनांक द्या.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{person} took the seat on {start_date}; the replacement must start after that.</source>
        <translation>{person} यांनी {start_date} रोजी जागा स्वीकारली; बदली सदस्याचे सदस्यत्व त्यानंतर सुरू झाले पाहिजे.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{person}&apos;s membership already ended on {end_date}; add the new member instead of replacing.</source>
        <translation>{person} यांचे सदस्यत्व आधीच {end_date} रोजी संपले आहे; बदलण्याऐवजी नवीन सदस्य जोडा.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Attendance at one meeting was recorded on {person}&apos;s membership; end the membership instead of deleting it.</source>
        <translation>{person} यांच्या सदस्यत्वावर एका बैठकीची उपस्थिती नोंदली आहे; सदस्यत्व हटवण्याऐवजी संपवा.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attendance at {count} meetings was recorded on {person}&apos;s membership; end the membership instead of deleting it.</source>
        <translation>{person} यांच्या सदस्यत्वावर {count} बैठकांची उपस्थिती नोंदली आहे; सदस्यत्व हटवण्याऐवजी संपवा.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/committees/printing.py" line="-221"/>
        <source>{body} was formed on {formed_on}; there is no order for {day}, before that.</source>
        <translation>{body} ची स्थापना {formed_on} रोजी झाली; त्याआधीच्या {day} साठी आदेश नाही.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{body} was formed on {formed_on}; there is no contact sheet for {day}, before that.</source>
        <translation>{body} ची स्थापना {formed_on} रोजी झाली; त्याआधीच्या {day} साठी संपर्क सूची नाही.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{body} was dissolved on {dissolved_on}; there is no order for {day}, after that.</source>
        <translation>{body} {dissolved_on} रोजी विसर्जित झाली; त्यानंतरच्या {day} साठी आदेश नाही.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{body} was dissolved on {dissolved_on}; there is no contact sheet for {day}, after that.</source>
        <translation>{body} {dissolved_on} रोजी विसर्जित झाली; त्यानंतरच्या {day} साठी संपर्क सूची नाही.</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>The order constituting a body is written in English only.</source>
        <translation>समितीचा गठन आदेश केवळ इंग्रजीत लिहिला जातो.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{body} was dissolved on {dissolved_on}; no order constituting it can be issued now.</source>
        <translation>{body} {dissolved_on} रोजी विसर्जित झाली; तिचा गठन आदेश आता निर्गमित करता येत नाही.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{body} has no members on {day}; add its members before preparing the order.</source>
        <translation>{day} रोजी {body} मध्ये एकही सदस्य नाही; आदेश तयार करण्यापूर्वी सदस्य जोडा.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Order No. {number} was cancelled; it cannot be recorded as constituting {body}.</source>
        <translation>आदेश क्र. {number} रद्द करण्यात आला; तो {body} चा गठन आदेश म्हणून नोंदवता येत नाही.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/committees/usage.py" line="+66"/>
        <source>{names} and {count} more</source>
        <translation>{names} आणि आणखी {count}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} {uses}; it stays on record while they do.</source>
        <translation>{name} {uses}; तोपर्यंत ते नोंदीत राहते.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is a member of {count} body ({names})</source>
        <translation>{count} समितीचे सदस्य आहे ({names})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a member of {count} bodies ({names})</source>
        <translation>{count} समित्यांचे सदस्य आहे ({names})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is the chair of {count} meeting ({names})</source>
        <translation>{count} बैठकीचे अध्यक्ष आहे ({names})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is the chair of {count} meetings ({names})</source>
        <translation>{count} बैठकांचे अध्यक्ष आहे ({names})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is in the attendance of {count} meeting ({names})</source>
        <translation>{count} बैठकीच्या उपस्थितीत आहे ({names})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is in the attendance of {count} meetings ({names})</source>
        <translation>{count} बैठकांच्या उपस्थितीत आहे ({names})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>presents agenda items at {count} meeting ({names})</source>
        <translation>{count} बैठकीत विषय मांडतो ({names})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>presents agenda items at {count} meetings ({names})</source>
        <translation>{count} बैठकांमध्ये विषय मांडतो ({names})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>owns {count} action item ({names})</source>
        <translation>{count} कार्यवाहीच्या मुद्द्यासाठी जबाबदार आहे ({names})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owns {count} action items ({names})</source>
        <translation>{count} कार्यवाहीच्या मुद्द्यांसाठी जबाबदार आहे ({names})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>convenes {count} body ({names})</source>
        <translation>{count} समितीचे संयोजक आहे ({names})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>convenes {count} bodies ({names})</source>
        <translation>{count} समित्यांचे संयोजक आहे ({names})</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+22"/>
        <source>is represented on {count} body ({names})</source>
        <translation>{count} समितीत प्रतिनिधित्व करते ({names})</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+22"/>
        <source>is represented on {count} bodies ({names})</source>
        <translation>{count} समित्यांमध्ये प्रतिनिधित्व करते ({names})</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>convenes {count} meeting ({names})</source>
        <translation>{count} बैठकीचे संयोजक आहे ({names})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>convenes {count} meetings ({names})</source>
        <translation>{count} बैठकांचे संयोजक आहे ({names})</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>has {count} body ({names})</source>
        <translation>{count} समिती आहे ({names})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has {count} bodies ({names})</source>
        <translation>{count} समित्या आहेत ({names})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>has {count} meeting ({names})</source>
        <translation>{count} बैठक आहे ({names})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has {count} meetings ({names})</source>
        <translation>{count} बैठका आहेत ({names})</translation>
    </message>
    <message>
        <location filename="../../desktop/services/committees/vocabulary.py" line="+11"/>
        <source>District Task Force</source>
        <translation>जिल्हा कृती दल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District Steering Committee</source>
        <translation>जिल्हा सुकाणू समिती</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District Resource Group</source>
        <translation>जिल्हा साधन गट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District Project Management Unit</source>
        <translation>जिल्हा प्रकल्प व्यवस्थापन कक्ष</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Core committee (department and NGOs)</source>
        <translation>गाभा समिती (विभाग व स्वयंसेवी संस्था)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block review group</source>
        <translation>तालुका आढावा गट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster review group</source>
        <translation>केंद्र आढावा गट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School committee (SDMC)</source>
        <translation>शाळा समिती (SDMC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other (described)</source>
        <translation>इतर (वर्णनासह)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/baseline/analysis.py" line="-111"/>
        <location filename="../../desktop/services/committees/vocabulary.py" line="+4"/>
        <source>District</source>
        <translation>जिल्हा</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/services/committees/vocabulary.py" line="+1"/>
        <source>Block</source>
        <translation>तालुका</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/services/committees/vocabulary.py" line="+1"/>
        <source>Cluster</source>
        <translation>केंद्र</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/services/committees/vocabulary.py" line="+1"/>
        <source>School</source>
        <translation>शाळा</translation>
    </message>
    <message>
        <location filename="../../desktop/services/committees/vocabulary.py" line="+6"/>
        <source>Chair</source>
        <translation>अध्यक्ष</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convenor</source>
        <translation>संयोजक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member secretary</source>
        <translation>सदस्य सचिव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special invitee</source>
        <translation>विशेष निमंत्रित</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Monthly review (2-4-6-8 cadence)</source>
        <translation>मासिक आढावा (2-4-6-8 आढावा पद्धत)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>मासिक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarterly</source>
        <translation>त्रैमासिक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half-yearly</source>
        <translation>सहामाही</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As needed</source>
        <translation>आवश्यकतेनुसार</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings/attendance.py" line="-290"/>
        <source>Guest</source>
        <translation>निमंत्रित</translation>
    </message>
    <message>
        <location filename="../../desktop/services/committees/units.py" line="+64"/>
        <source>{name} district</source>
        <translation>{name} जिल्हा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} block</source>
        <translation>{name} तालुका</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} cluster ({block} block)</source>
        <translation>{name} केंद्र ({block} तालुका)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} ({udise_code})</source>
        <translation>{name} ({udise_code})</translation>
    </message>
</context>
<context>
    <name>CommitteesPage</name>
    <message>
        <location filename="../../desktop/ui/pages/committee_printing.py" line="+38"/>
        <source>Save the contact sheet</source>
        <translation>संपर्क सूची जतन करा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फाइल्स (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact sheet</source>
        <translation>संपर्क सूची</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preparing the contact sheet</source>
        <translation>संपर्क सूची तयार करत आहे</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %s</source>
        <translation>%s जतन केले</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+12"/>
        <source>Constitution order</source>
        <translation>गठन आदेश</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/committees_page.py" line="+56"/>
        <source>Search by name, kind, unit or office</source>
        <translation>नाव, प्रकार, घटक किंवा कार्यालय यानुसार शोधा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any level</source>
        <translation>कोणताही स्तर</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>any kind</source>
        <translation>कोणताही प्रकार</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show dissolved</source>
        <translation>विसर्जित समित्याही दाखवा</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New body…</source>
        <translation>नवीन समिती…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>संपादित करा…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dissolve…</source>
        <translation>विसर्जित करा…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>हटवा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact sheet…</source>
        <translation>संपर्क सूची…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Constitution order…</source>
        <translation>गठन आदेश…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>नाव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>स्तर</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit</source>
        <translation>घटक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convening office</source>
        <translation>संयोजक कार्यालय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair today</source>
        <translation>सध्याचे अध्यक्ष</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members today</source>
        <translation>सध्याचे सदस्य</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meets</source>
        <translation>बैठका</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Formed</source>
        <translation>स्थापना</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dissolved</source>
        <translation>विसर्जित</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Committees and task forces</source>
        <translation>समित्या व कृती दले</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%(shown)s of %(total)s</source>
        <translation>%(total)s पैकी %(shown)s</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+12"/>
        <source>Delete body</source>
        <translation>समिती हटवा</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Delete %s and its memberships? Only a body entered by mistake is deleted; one that has met is dissolved instead. This cannot be undone.</source>
        <translation>%s आणि त्यातील सदस्यत्वे हटवायची? केवळ चुकून नोंदवलेली समिती हटवली जाते; जिची बैठक झाली आहे ती त्याऐवजी विसर्जित केली जाते. ही कृती पूर्ववत करता येणार नाही.</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../../desktop/ui/dialogs/package_import_conflicts.py" line="+49"/>
        <source>Take</source>
        <translation>घ्या</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record</source>
        <translation>नोंद</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The office has</source>
        <translation>कार्यालयाकडे आहे</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed in the office</source>
        <translation>कार्यालयात बदलले</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%(date)s by %(who)s</source>
        <translation>%(date)s, %(who)s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The package has</source>
        <translation>पॅकेजमध्ये आहे</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ticked: the package&apos;s value replaces the office&apos;s. Unticked: the office&apos;s value stays.</source>
        <translation>खूण केल्यास: पॅकेजमधील मूल्य कार्यालयाच्या मूल्याची जागा घेते. खूण नसल्यास: कार्यालयाचे मूल्य कायम राहते.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ticked: the package&apos;s value replaces the office&apos;s. Unticked: the office&apos;s stays.</source>
        <translation>खूण केल्यास: पॅकेजमधील मूल्य कार्यालयाच्या मूल्याची जागा घेते. खूण नसल्यास: कार्यालयाचे कायम राहते.</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location line="+40"/>
        <source>Conflicts with the office&apos;s newer data</source>
        <translation>कार्यालयाच्या अधिक नवीन डेटाशी विसंगती</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The office changed these records after the package was made. Unticked rows keep the office&apos;s value; tick a row to take the package&apos;s value instead.</source>
        <translation>पॅकेज तयार झाल्यानंतर कार्यालयाने या नोंदी बदलल्या. खूण नसलेल्या ओळींमध्ये कार्यालयाचे मूल्य कायम राहते; त्याऐवजी पॅकेजमधील मूल्य घेण्यासाठी ओळीवर खूण करा.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Conflicting rows</source>
        <translation>विसंगत ओळी</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by student, school, subject or value</source>
        <translation>विद्यार्थी, शाळा, विषय किंवा मूल्यानुसार शोधा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search:</source>
        <translation>शोधा:(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep all office values</source>
        <translation>कार्यालयाची सर्व मूल्ये ठेवा(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take all from package</source>
        <translation>सर्व पॅकेजमधून घ्या(&amp;T)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%(shown)s of %(total)s</source>
        <translation>%(total)s पैकी %(shown)s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a row to read it in full.</source>
        <translation>ओळ पूर्ण वाचण्यासाठी ती निवडा.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The office&apos;s value kept: %(kept)s. The package&apos;s value taken: %(taken)s.</source>
        <translation>कार्यालयाचे मूल्य ठेवले: %(kept)s. पॅकेजमधील मूल्य घेतले: %(taken)s.</translation>
    </message>
</context>
<context>
    <name>ContentsPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/export_contents_page.py" line="+36"/>
        <source>What will be included</source>
        <translation>काय समाविष्ट केले जाईल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untick what the partner does not need. Nothing outside the MoU&apos;s terms can be added.</source>
        <translation>भागीदार संस्थेला ज्याची आवश्यकता नाही त्यावरील खूण काढा. MoU च्या अटींबाहेरील काहीही जोडता येत नाही.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category and its fields</source>
        <translation>प्रवर्ग व त्यातील रकाने</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>स्तंभ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation>नोंदी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep until</source>
        <translation>या दिनांकापर्यंत ठेवावे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>उद्देश</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Categories and fields</source>
        <translation>प्रवर्ग व रकाने</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Assessment rounds</source>
        <translation>मूल्यमापन फेऱ्या</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The package</source>
        <translation>पॅकेज</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>left out</source>
        <translation>वगळले</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No assessment round has data about the schools this MoU covers.</source>
        <translation>हा MoU ज्या शाळांना लागू आहे त्यांच्याविषयी कोणत्याही मूल्यमापन फेरीचा डेटा नाही.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only indicators and results are about rounds.</source>
        <translation>केवळ निर्देशांक व निकाल फेऱ्यांशी संबंधित आहेत.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicators and results of the ticked rounds.</source>
        <translation>खूण केलेल्या फेऱ्यांचे निर्देशांक व निकाल.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>For: %s</source>
        <translation>यांच्यासाठी: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About %s schools the MoU covers today.</source>
        <translation>MoU आज लागू असलेल्या %s शाळांविषयी.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep until %s: the earliest date of the chosen categories; the partner deletes the whole package then.</source>
        <translation>%s पर्यंत ठेवावे: निवडलेल्या प्रवर्गांपैकी सर्वात आधीचा दिनांक; त्या दिवशी भागीदार संस्था संपूर्ण पॅकेज नष्ट करते.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Never included: children&apos;s names and the office&apos;s own student ids (student results carry a pseudonym used only under this MoU).</source>
        <translation>कधीही समाविष्ट केले जात नाही: मुलांची नावे आणि कार्यालयाचे स्वतःचे विद्यार्थी ओळख क्रमांक (विद्यार्थ्यांच्या निकालांसोबत केवळ या MoU अंतर्गत वापरले जाणारे छद्मनाम असते).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Officials&apos; names, phone numbers and email addresses: the MoU&apos;s terms do not allow them.</source>
        <translation>अधिकाऱ्यांची नावे, दूरध्वनी क्रमांक व ई-मेल पत्ते: MoU च्या अटींनुसार परवानगी नाही.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Officials&apos; names, phone numbers and email addresses: left out.</source>
        <translation>अधिकाऱ्यांची नावे, दूरध्वनी क्रमांक व ई-मेल पत्ते: वगळले.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the aggregated results, groups of fewer than %d students are suppressed.</source>
        <translation>एकत्रित निकालांमध्ये %d पेक्षा कमी विद्यार्थ्यांचे गट लपवले जातात.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not allowed by the terms: %s.</source>
        <translation>अटींनुसार परवानगी नाही: %s.</translation>
    </message>
</context>
<context>
    <name>CopyHolidaysDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/holiday_dialogs.py" line="+83"/>
        <source>Copy the holidays of %s</source>
        <translation>%s च्या सुट्ट्या कॉपी करा</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tick all</source>
        <translation>सर्व निवडा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untick all</source>
        <translation>सर्वांची निवड काढा</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>From</source>
        <translation>येथून</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>येथे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates an office already has keep that office&apos;s own holiday.</source>
        <translation>ज्या दिनांकांना कार्यालयाची आधीच सुट्टी नोंदलेली आहे, तेथे त्या कार्यालयाचीच सुट्टी कायम राहते.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy</source>
        <translation>कॉपी करा</translation>
    </message>
</context>
<context>
    <name>CorrectMembershipDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/membership_dialogs.py" line="+24"/>
        <source>Correct the membership of %s</source>
        <translation>%s यांचे सदस्यत्व दुरुस्त करा</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use this to correct a mistake. A member who leaves is ended or replaced instead, to keep the history.</source>
        <translation>हे केवळ चूक दुरुस्त करण्यासाठी वापरा. एखादा सदस्य बाहेर पडल्यास इतिहास जपण्यासाठी त्याऐवजी सदस्यत्व समाप्त करा किंवा सदस्य बदला.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/meeting_minutes_tab.py" line="+258"/>
        <source>Record a correction to earlier approved minutes</source>
        <translation>आधी मंजूर झालेल्या इतिवृत्तातील दुरुस्ती नोंदवा</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Minutes of</source>
        <translation>कोणत्या बैठकीचे इतिवृत्त</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No earlier meeting of the body has approved minutes.</source>
        <translation>समितीच्या कोणत्याही मागील बैठकीचे इतिवृत्त मंजूर झालेले नाही.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the confirmation of the previous minutes)</source>
        <translation>(मागील इतिवृत्तास मान्यता)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recorded under</source>
        <translation>या विषयाखाली नोंदवा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction</source>
        <translation>दुरुस्ती</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>नोंदवा</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the meeting whose minutes are corrected.</source>
        <translation>ज्या बैठकीचे इतिवृत्त दुरुस्त करायचे ती बैठक निवडा.</translation>
    </message>
</context>
<context>
    <name>CoverageTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_tabs.py" line="+27"/>
        <source>Whole district: every block, cluster and school</source>
        <translation>संपूर्ण जिल्हा: सर्व तालुके, केंद्रे आणि शाळा</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Otherwise tick whole blocks or some of their clusters, and add single schools by name or UDISE code.</source>
        <translation>अन्यथा संपूर्ण तालुके किंवा त्यांतील काही केंद्रे निवडा, आणि स्वतंत्र शाळा नावाने किंवा UDISE क्रमांकाने जोडा.</translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/exchange_keys_tab.py" line="+51"/>
        <source>Create the office&apos;s signing key</source>
        <translation>कार्यालयाची स्वाक्षरी की तयार करा</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Packages sent to partners are signed with this key, so that partners can tell they come from this office. Its fingerprint is printed on every hand-over receipt.</source>
        <translation>भागीदार संस्थांना पाठवलेली पॅकेजेस या की ने स्वाक्षरित केली जातात, जेणेकरून ती या कार्यालयाकडून आली आहेत हे भागीदार संस्थांना ओळखता येते. तिचा फिंगरप्रिंट प्रत्येक हस्तांतरण पावतीवर छापला जातो.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Label</source>
        <translation>ओळख नाव(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. DIET office PC</source>
        <translation>उदा. DIET कार्यालयाचा संगणक</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase</source>
        <translation>पासफ्रेज(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least %s characters; asked at every export</source>
        <translation>किमान %s अक्षरे; प्रत्येक निर्यातीच्या वेळी विचारला जातो</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Again</source>
        <translation>पुन्हा(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create key</source>
        <translation>की तयार करा</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>दोन्ही पासफ्रेज वेगळे आहेत; तोच पासफ्रेज दोनदा टाइप करा.</translation>
    </message>
</context>
<context>
    <name>CriterionRow</name>
    <message>
        <location filename="../../desktop/ui/pages/recognition_rubric_row.py" line="+50"/>
        <source>weight %(weight)s, %(share)s%% of the total</source>
        <translation>भार %(weight)s, एकूणच्या %(share)s%%</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Not scored yet</source>
        <translation>अद्याप गुणांकन झाले नाही</translation>
    </message>
</context>
<context>
    <name>CycleDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/cycle_dialog.py" line="+228"/>
        <source>New cycle of %s</source>
        <translation>%s चे नवीन सत्र</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit cycle %s</source>
        <translation>सत्र %s संपादित करा</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Name</source>
        <translation>नाव(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. %d-%02d</source>
        <translation>उदा. %d-%02d</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nominations &amp;open</source>
        <translation>नामनिर्देशन सुरू(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominations &amp;close</source>
        <translation>नामनिर्देशन बंद(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review o&amp;pens</source>
        <translation>मूल्यांकन सुरू(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review closes</source>
        <translation>मूल्यांकन बंद(&amp;R)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Event on</source>
        <translation>समारंभ दिनांक(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Venue</source>
        <translation>ठिकाण(&amp;V)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Zilla Panchayat Hall</source>
        <translation>उदा. जिल्हा परिषद सभागृह</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue (re&amp;gional)</source>
        <translation>ठिकाण (प्रादेशिक)(&amp;G)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;laces</source>
        <translation>जागा(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Issuing office</source>
        <translation>निर्गमित करणारे कार्यालय(&amp;I)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed &amp;by</source>
        <translation>स्वाक्षरी करणारे(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>टिपा</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reviewers</source>
        <translation>मूल्यांकनकर्ते</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen once the cycle is saved: select it and click Edit… again.</source>
        <translation>सत्र जतन केल्यानंतर निवडता येतात: ते सत्र निवडा आणि पुन्हा &apos;संपादित करा…&apos; क्लिक करा.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“%s” is not in the list of people: choose the signatory from the list, or leave it empty.</source>
        <translation>“%s” व्यक्तींच्या यादीत नाही: स्वाक्षरी करणारी व्यक्ती यादीतून निवडा, किंवा रिकामे ठेवा.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/ui/pages/dashboard_page.py" line="+29"/>
        <location line="+24"/>
        <source>Schools</source>
        <translation>शाळा</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Blocks</source>
        <translation>तालुके</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Clusters</source>
        <translation>केंद्रे</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Offices</source>
        <translation>कार्यालये</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner organisations</source>
        <translation>भागीदार संस्था</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>व्यक्ती</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Block</source>
        <translation>तालुका</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block (regional)</source>
        <translation>तालुका (प्रादेशिक)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Government</source>
        <translation>शासकीय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rural</source>
        <translation>ग्रामीण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urban</source>
        <translation>शहरी</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This database is empty. Start under &lt;b&gt;Blocks and clusters&lt;/b&gt;: add your district, its blocks and their clusters. Then add schools, offices, partner organisations and people.</source>
        <translation>हा डेटाबेस रिकामा आहे. &lt;b&gt;तालुके व केंद्रे&lt;/b&gt; येथून सुरुवात करा: आपला जिल्हा, त्यातील तालुके आणि त्यांची केंद्रे जोडा. त्यानंतर शाळा, कार्यालये, भागीदार संस्था आणि व्यक्ती जोडा.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dashboard</source>
        <translation>डॅशबोर्ड</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MoUs needing attention</source>
        <translation>लक्ष देण्याची आवश्यकता असलेले MoU</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reviews this month (2-4-6-8)</source>
        <translation>या महिन्यातील आढावा बैठका (2-4-6-8)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Schools per block</source>
        <translation>तालुकानिहाय शाळा</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open action items: %(open)s, of which overdue: %(overdue)s (see the Action items page).</source>
        <translation>प्रलंबित कार्यवाहीचे मुद्दे: %(open)s, त्यापैकी मुदत उलटलेले: %(overdue)s (&apos;कार्यवाहीचे मुद्दे&apos; पृष्ठ पाहा).</translation>
    </message>
</context>
<context>
    <name>DataSharingTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_tabs.py" line="+51"/>
        <source>The partner may receive</source>
        <translation>भागीदार संस्थेला मिळू शकणारा डेटा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For what purpose</source>
        <translation>कोणत्या उद्देशाने</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it for</source>
        <translation>किती काळ ठेवावा</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why the partner needs it</source>
        <translation>भागीदार संस्थेला याची आवश्यकता का आहे</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> months</source>
        <translation> महिने</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only the data ticked here can be given to the partner; anything else stays in the office. After the months given, the partner must delete it.</source>
        <translation>येथे निवडलेलाच डेटा भागीदार संस्थेला देता येतो; इतर सर्व कार्यालयातच राहतो. दिलेल्या महिन्यांनंतर भागीदार संस्थेने तो नष्ट करणे आवश्यक आहे.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../desktop/services/database.py" line="+21"/>
        <source>Another District Collective Desk window is already using this database, so it is open here read-only. Close the other window and reopen to make changes.</source>
        <translation>District Collective Desk ची दुसरी विंडो हा डेटाबेस आधीच वापरत आहे, म्हणून येथे तो केवळ वाचनासाठी उघडला आहे. बदल करण्यासाठी दुसरी विंडो बंद करून पुन्हा उघडा.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This database is open read-only.</source>
        <translation>हा डेटाबेस केवळ वाचनासाठी उघडला आहे.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/opening.py" line="+72"/>
        <source>Cannot create the folder {folder}: {reason}</source>
        <translation>{folder} हे फोल्डर तयार करता येत नाही: {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot use {path}: {reason}</source>
        <translation>{path} वापरता येत नाही: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{path} does not exist yet and another window holds it for writing.</source>
        <translation>{path} अद्याप अस्तित्वात नाही आणि दुसऱ्या विंडोने ते लेखनासाठी धरून ठेवले आहे.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This database is being upgraded or used by another window; try again once it is closed.</source>
        <translation>हा डेटाबेस अद्ययावत केला जात आहे किंवा दुसरी विंडो तो वापरत आहे; ती बंद झाल्यावर पुन्हा प्रयत्न करा.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>There is no backup file at {backup}.</source>
        <translation>{backup} येथे बॅकअप फाइल नाही.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close every District Collective Desk window that has this database open, then restore again.</source>
        <translation>हा डेटाबेस उघडलेल्या District Collective Desk च्या सर्व विंडो बंद करा, नंतर पुन्हा पुनर्संचयित करा.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/database_errors.py" line="+25"/>
        <source>This database was made by a newer version of District Collective Desk (schema {revision}). Install that version or a later one to open it; this version will not change it.</source>
        <translation>हा डेटाबेस District Collective Desk च्या नवीन आवृत्तीने तयार केला आहे (स्कीमा {revision}). तो उघडण्यासाठी ती आवृत्ती किंवा त्यानंतरची आवृत्ती स्थापित करा; ही आवृत्ती त्यात कोणताही बदल करणार नाही.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is an SQLite database, but not one made by District Collective Desk.</source>
        <translation>{path} हा SQLite डेटाबेस आहे, परंतु तो District Collective Desk ने तयार केलेला नाही.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The upgrade would leave one broken reference ({rows}), so it was not made and the database is as it was. Keep the file and report this message.</source>
        <translation>अद्ययावतीकरणानंतर एक तुटलेला संदर्भ ({rows}) शिल्लक राहिला असता, म्हणून अद्ययावतीकरण केले नाही आणि डेटाबेस पूर्वीसारखाच आहे. फाइल जपून ठेवा आणि हा संदेश कळवा.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The upgrade would leave {count} broken references ({rows}), so it was not made and the database is as it was. Keep the file and report this message.</source>
        <translation>अद्ययावतीकरणानंतर {count} तुटलेले संदर्भ ({rows}) शिल्लक राहिले असते, म्हणून अद्ययावतीकरण केले नाही आणि डेटाबेस पूर्वीसारखाच आहे. फाइल जपून ठेवा आणि हा संदेश कळवा.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database {path} is damaged: {detail}</source>
        <translation>डेटाबेस {path} खराब झाला आहे: {detail}</translation>
    </message>
</context>
<context>
    <name>DayOffDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/meeting_tabs.py" line="-22"/>
        <source>Meeting on a day off</source>
        <translation>सुट्टीच्या दिवशी बैठक</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save with this reason</source>
        <translation>या कारणासह जतन करा</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the reason to meet on this day.</source>
        <translation>या दिवशी बैठक घेण्याचे कारण द्या.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../desktop/services/demo.py" line="+133"/>
        <source>The demo district goes only into an empty database; this one has schools.</source>
        <translation>प्रात्यक्षिक जिल्हा केवळ रिकाम्या डेटाबेसमध्ये जातो; या डेटाबेसमध्ये शाळा आहेत.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Blocks, clusters and schools</source>
        <translation>तालुके, केंद्रे आणि शाळा</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Offices and organisations</source>
        <translation>कार्यालये आणि संस्था</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People</source>
        <translation>व्यक्ती</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Done</source>
        <translation>झाले</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/package_import_details.py" line="+33"/>
        <source>Passphrase and round</source>
        <translation>पासफ्रेज व फेरी</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Passphrase</source>
        <translation>पासफ्रेज</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sho&amp;w the passphrase</source>
        <translation>पासफ्रेज दाखवा(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>पासफ्रेज:(&amp;P)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The passphrase the partner gave you separately — by phone or on paper, never on the same drive. It is used only to open the package and is not kept.</source>
        <translation>भागीदार संस्थेने आपल्याला स्वतंत्रपणे दिलेला पासफ्रेज — दूरध्वनीवर किंवा कागदावर, त्याच ड्राइव्हवर कधीही नाही. तो केवळ पॅकेज उघडण्यासाठी वापरला जातो आणि जतन केला जात नाही.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assessment round</source>
        <translation>मूल्यमापन फेरी</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Round:</source>
        <translation>फेरी:(&amp;R)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The round the workbook&apos;s results belong to.</source>
        <translation>वर्कबुकमधील निकाल ज्या फेरीचे आहेत ती फेरी.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The package is unlocked with its passphrase and checked in the next step.</source>
        <translation>पॅकेज त्याच्या पासफ्रेजने उघडले जाते आणि पुढील टप्प्यात तपासले जाते.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The round the workbook names</source>
        <translation>वर्कबुकमध्ये नमूद केलेली फेरी</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workbook names its round; choose another only if the office calls it differently.</source>
        <translation>वर्कबुकमध्ये त्याची फेरी नमूद आहे; कार्यालय तिला वेगळ्या नावाने ओळखत असेल तरच दुसरी निवडा.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the round…</source>
        <translation>फेरी निवडा…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The package does not name a round: choose the round these data belong to.</source>
        <translation>पॅकेजमध्ये फेरी नमूद नाही: हा डेटा ज्या फेरीचा आहे ती निवडा.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The package names the round “%s”.</source>
        <translation>पॅकेजमध्ये “%s” ही फेरी नमूद आहे.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The package names the round “%s”, which this office does not have: choose the round these data belong to.</source>
        <translation>पॅकेजमध्ये “%s” ही फेरी नमूद आहे, जी या कार्यालयाकडे नाही: हा डेटा ज्या फेरीचा आहे ती निवडा.</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/meeting_details.py" line="+103"/>
        <source>Mark held</source>
        <translation>बैठक झाली म्हणून नोंदवा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo held</source>
        <translation>&apos;बैठक झाली&apos; नोंद रद्द करा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel meeting…</source>
        <translation>बैठक रद्द करा…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve minutes…</source>
        <translation>इतिवृत्त मंजूर करा…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Body</source>
        <translation>समिती</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Level</source>
        <translation>स्तर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For</source>
        <translation>घटक</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Convened by</source>
        <translation>संयोजक</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>दिनांक</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>not fixed</source>
        <translation>निश्चित नाही</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts at</source>
        <translation>सुरुवातीची वेळ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends at</source>
        <translation>समाप्तीची वेळ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Venue</source>
        <translation>ठिकाण</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chair</source>
        <translation>अध्यक्ष</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left empty, the body&apos;s chair on the day of the meeting chairs.</source>
        <translation>रिकामे ठेवल्यास, बैठकीच्या दिवशी समितीचे जे अध्यक्ष असतील ते अध्यक्षस्थान भूषवतील.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schedule meeting</source>
        <translation>बैठक नियोजित करा</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+4"/>
        <source>Ad-hoc meeting (no standing body)</source>
        <translation>तात्पुरती बैठक (स्थायी समिती नाही)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save details</source>
        <translation>तपशील जतन करा</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A new meeting: fill in the details and schedule it.</source>
        <translation>नवीन बैठक: तपशील भरा आणि ती नियोजित करा.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. Review of mid-day meal complaints</source>
        <translation>उदा. मध्यान्ह भोजन तक्रारींचा आढावा</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%s meeting</source>
        <translation>%s बैठक</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%s” is not in the list of people: choose from the list, or leave it empty.</source>
        <translation>“%s” व्यक्तींच्या यादीत नाही: यादीतून निवडा किंवा रिकामे ठेवा.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;b&gt;Status:&lt;/b&gt; %s</source>
        <translation>&lt;b&gt;स्थिती:&lt;/b&gt; %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meets on a day off: %s</source>
        <translation>सुट्टीच्या दिवशी बैठक: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: %s</source>
        <translation>रद्द: %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes approved on %(date)s by %(who)s</source>
        <translation>%(date)s रोजी %(who)s यांनी इतिवृत्त मंजूर केले</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notice issued: No. %s</source>
        <translation>सूचना निर्गमित: क्र. %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The meeting can be marked held from its day.</source>
        <translation>बैठकीच्या दिवसापासून ती झाली म्हणून नोंदवता येते.</translation>
    </message>
</context>
<context>
    <name>DirectoryPages</name>
    <message>
        <location filename="../../desktop/ui/pages/directory_pages.py" line="+27"/>
        <source>UDISE code</source>
        <translation>UDISE क्रमांक</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <location line="+38"/>
        <location line="+44"/>
        <source>Name</source>
        <translation>नाव</translation>
    </message>
    <message>
        <location line="-125"/>
        <location line="+44"/>
        <location line="+38"/>
        <location line="+44"/>
        <source>Name (regional)</source>
        <translation>नाव (प्रादेशिक)</translation>
    </message>
    <message>
        <location line="-125"/>
        <location line="+50"/>
        <source>Block</source>
        <translation>तालुका</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Cluster</source>
        <translation>केंद्र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>गाव</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Management</source>
        <translation>व्यवस्थापन</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Schools</source>
        <translation>शाळा</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>school</source>
        <translation>शाळा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schools</source>
        <translation>शाळा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by name, UDISE code, village, block or cluster</source>
        <translation>नाव, UDISE क्रमांक, गाव, तालुका किंवा केंद्र यानुसार शोधा</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+38"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Office code</source>
        <translation>कार्यालय संकेतांक</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+45"/>
        <location line="+38"/>
        <source>Phone</source>
        <translation>दूरध्वनी</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+83"/>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Offices</source>
        <translation>कार्यालये</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>office</source>
        <translation>कार्यालय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offices</source>
        <translation>कार्यालये</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by name, office code, kind or block</source>
        <translation>नाव, कार्यालय संकेतांक, प्रकार किंवा तालुका यानुसार शोधा</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>NGO-Darpan ID</source>
        <translation>NGO-Darpan ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Focus areas</source>
        <translation>कार्यक्षेत्रे</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact person</source>
        <translation>संपर्क व्यक्ती</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organisations</source>
        <translation>संस्था</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>organisation</source>
        <translation>संस्था</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisations</source>
        <translation>संस्था</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by name, NGO-Darpan ID, contact or focus area</source>
        <translation>नाव, NGO-Darpan ID, संपर्क किंवा कार्यक्षेत्र यानुसार शोधा</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Designation</source>
        <translation>पदनाम</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Works at</source>
        <translation>कार्यरत ठिकाण</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People</source>
        <translation>व्यक्ती</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>person</source>
        <translation>व्यक्ती</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people</source>
        <translation>व्यक्ती</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by name, designation, office, organisation or school</source>
        <translation>नाव, पदनाम, कार्यालय, संस्था किंवा शाळा यानुसार शोधा</translation>
    </message>
</context>
<context>
    <name>DissolveDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/body_dialog.py" line="+50"/>
        <source>Dissolve %s</source>
        <translation>%s विसर्जित करा</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every membership still running on that date ends with it. The body and its history stay on record.</source>
        <translation>त्या दिनांकाला चालू असलेली सर्व सदस्यत्वे त्याच दिवशी समाप्त होतात. समिती आणि तिचा इतिहास नोंदीत कायम राहतो.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dissolved on (last day)</source>
        <translation>विसर्जनाचा दिनांक (शेवटचा दिवस)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason (optional)</source>
        <translation>कारण (ऐच्छिक)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dissolve</source>
        <translation>विसर्जित करा</translation>
    </message>
</context>
<context>
    <name>DistrictDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/geography_dialogs.py" line="-51"/>
        <source>Edit district</source>
        <translation>जिल्हा संपादित करा</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add district</source>
        <translation>जिल्हा जोडा</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>District</source>
        <translation>जिल्हा</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Bagalkot</source>
        <translation>उदा. बागलकोट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District (regional language)</source>
        <translation>जिल्हा (प्रादेशिक भाषेत)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Karnataka</source>
        <translation>उदा. महाराष्ट्र</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UDISE district code</source>
        <translation>UDISE जिल्हा क्रमांक</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4 digits, e.g. 2902</source>
        <translation>4 अंक, उदा. 2902</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../desktop/documents/action_report.py" line="+107"/>
        <location filename="../../desktop/documents/minutes_document.py" line="+84"/>
        <source>The action item &apos;{item}&apos; has the status &apos;{status}&apos;; it must be one of {statuses}.</source>
        <translation>कार्यवाहीचा मुद्दा &apos;{item}&apos;: स्थिती &apos;{status}&apos; आहे; ती {statuses} यांपैकी एक असावी.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The action item &apos;{item}&apos; is at the level &apos;{level}&apos;; it must be one of {levels}.</source>
        <translation>कार्यवाहीचा मुद्दा &apos;{item}&apos;: स्तर &apos;{level}&apos; आहे; तो {levels} यांपैकी एक असावा.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/certificate_layout.py" line="+95"/>
        <source>The certificate&apos;s text does not fit on the page; shorten its longest lines.</source>
        <translation>प्रमाणपत्राचा मजकूर पानावर मावत नाही; त्यातील सर्वात लांब ओळी लहान करा.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Certificates are printed in English and {languages}; not in &apos;{code}&apos;.</source>
        <translation>प्रमाणपत्रे इंग्रजीत आणि {languages} मध्ये छापली जातात; &apos;{code}&apos; मध्ये नाही.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/certificate.py" line="+113"/>
        <source>There is no certificate to print.</source>
        <translation>छापण्यासाठी कोणतेही प्रमाणपत्र नाही.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../desktop/documents/circular.py" line="+379"/>
        <location filename="../../desktop/documents/merge.py" line="+136"/>
        <source>Done</source>
        <translation>झाले</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/circular.py" line="-127"/>
        <source>Laying out</source>
        <translation>मांडणी करत आहे</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Circulars can be printed in {languages}; not in &apos;{code}&apos;.</source>
        <translation>परिपत्रके {languages} मध्ये छापता येतात; &apos;{code}&apos; मध्ये नाही.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The subject is empty; every circular needs one.</source>
        <translation>विषय रिकामा आहे; प्रत्येक परिपत्रकास विषय आवश्यक आहे.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no recipient to print for.</source>
        <translation>छापण्यासाठी एकही प्राप्तकर्ता नाही.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All copies of a circular are printed on the same letterhead.</source>
        <translation>परिपत्रकाच्या सर्व प्रती एकाच शीर्षपत्रावर छापल्या जातात.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/exchange_receipt.py" line="+90"/>
        <source>The hand-over receipt does not fit on one page even with the field lists shortened; shorten the names, the MoU title or the purpose.</source>
        <translation>रकान्यांच्या याद्या लहान केल्या तरीही हस्तांतरण पावती एका पानावर मावत नाही; नावे, MoU चे शीर्षक किंवा उद्देश लहान करा.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hand-over receipts are printed in {languages}; not in &apos;{code}&apos;.</source>
        <translation>हस्तांतरण पावत्या {languages} मध्ये छापल्या जातात; &apos;{code}&apos; मध्ये नाही.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The receipt needs the name of every recipient; one is empty or none is given.</source>
        <translation>पावतीवर प्रत्येक प्राप्तकर्त्याचे नाव आवश्यक आहे; एखादे नाव रिकामे आहे किंवा एकही नाव दिलेले नाही.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Package {package} holds no data category; there is nothing to hand over.</source>
        <translation>पॅकेज {package} मध्ये डेटाचा एकही प्रवर्ग नाही; हस्तांतरित करण्यासारखे काहीही नाही.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The package&apos;s SHA-256 must be 64 hex digits; &apos;{sha256}&apos; is not.</source>
        <translation>पॅकेजचा SHA-256 हा 64 हेक्साडेसिमल अंकांचा असला पाहिजे; &apos;{sha256}&apos; तसा नाही.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The public key on the receipt is not valid: {problem}</source>
        <translation>पावतीवरील सार्वजनिक की वैध नाही: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The fingerprint &apos;{fingerprint}&apos; is not that of the public key printed beside it (its fingerprint is {expected}); the receipt would mislead the recipient.</source>
        <translation>फिंगरप्रिंट &apos;{fingerprint}&apos; हा शेजारी छापलेल्या सार्वजनिक कीचा नाही (तिचा फिंगरप्रिंट {expected} आहे); अशी पावती प्राप्तकर्त्याची दिशाभूल करेल.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The hand-over receipt could not be laid out on one page.</source>
        <translation>हस्तांतरण पावतीची मांडणी एका पानावर करता आली नाही.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/fitted_lines.py" line="+17"/>
        <source>line</source>
        <translation>ओळ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>office name</source>
        <translation>कार्यालयाचे नाव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>programme</source>
        <translation>उपक्रम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>नाव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regional name</source>
        <translation>नाव (प्रादेशिक भाषेत)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>वर्णन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>दिनांक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number</source>
        <translation>क्रमांक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signatory&apos;s name</source>
        <translation>स्वाक्षरीकर्त्याचे नाव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signatory&apos;s designation</source>
        <translation>स्वाक्षरीकर्त्याचे पदनाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signatory&apos;s office</source>
        <translation>स्वाक्षरीकर्त्याचे कार्यालय</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The {what} &apos;{text}&apos; is too long for the certificate, even in two lines at the smallest size.</source>
        <translation>प्रमाणपत्रावरील {what} &apos;{text}&apos; खूप लांब आहे: सर्वात लहान आकारात दोन ओळींतही मावत नाही.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/fonts.py" line="+45"/>
        <source>The font file {file} is missing from {folder}, so documents cannot be printed. Reinstall District Collective Desk to restore it.</source>
        <translation>{folder} मध्ये फॉन्ट फाइल {file} नाही, त्यामुळे दस्तऐवज छापता येत नाहीत. ती परत मिळवण्यासाठी District Collective Desk पुन्हा स्थापित करा.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/letterhead.py" line="+41"/>
        <source>The office logo is {size} MB; at most {most} MB can be printed.</source>
        <translation>कार्यालयाचे बोधचिन्ह {size} MB आकाराचे आहे; जास्तीत जास्त {most} MB आकाराचे बोधचिन्ह छापता येते.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The office logo is not a PNG or JPEG image; choose another file.</source>
        <translation>कार्यालयाचे बोधचिन्ह PNG किंवा JPEG प्रतिमा नाही; दुसरी फाइल निवडा.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&apos;{text}&apos; is too long for the letterhead; shorten it in the office&apos;s record.</source>
        <translation>&apos;{text}&apos; शीर्षपत्रासाठी खूप लांब आहे; कार्यालयाच्या नोंदीत ते लहान करा.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/markup.py" line="+43"/>
        <source>Line {line}, column {column}: {problem}</source>
        <translation>ओळ {line}, स्तंभ {column}: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line {line}: {problem}</source>
        <translation>ओळ {line}: {problem}</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the invisible control character {code} cannot be printed.</source>
        <translation>अदृश्य नियंत्रण अक्षर {code} छापता येत नाही.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the line has {count} characters; at most {most} fit.</source>
        <translation>या ओळीत {count} अक्षरे आहेत; जास्तीत जास्त {most} अक्षरे चालतात.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the table row has {count} columns; at most {most} fit on A4.</source>
        <translation>तक्त्याच्या ओळीत {count} स्तंभ आहेत; A4 पानावर जास्तीत जास्त {most} स्तंभ मावतात.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this table row has {cells} but the table&apos;s first row (line {first_line}) has {first_cells}; every row needs the same number of | separators.</source>
        <translation>तक्त्याच्या या ओळीतील कप्प्यांची संख्या ({cells}) तक्त्याच्या पहिल्या ओळीतील (ओळ {first_line}) संख्येशी ({first_cells}) जुळत नाही; प्रत्येक ओळीत | विभाजकांची संख्या सारखीच असली पाहिजे.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a table may have at most {most} rows; split it in two.</source>
        <translation>तक्त्यात जास्तीत जास्त {most} ओळी असू शकतात; त्याचे दोन तक्ते करा.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} cell</source>
        <translation>{count} कप्पा</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} cells</source>
        <translation>{count} कप्पे</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the body has {count} characters; at most {most} fit in a circular. Attach long material as an annexure.</source>
        <translation>मजकुरात {count} अक्षरे आहेत; परिपत्रकात जास्तीत जास्त {most} अक्षरे चालतात. मोठा मजकूर परिशिष्ट म्हणून जोडा.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/merge.py" line="-6"/>
        <source>Printing</source>
        <translation>मुद्रित करत आहे</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/minutes_document.py" line="-13"/>
        <source>The meeting has no title; give it one before printing its minutes.</source>
        <translation>बैठकीला शीर्षक नाही; इतिवृत्त छापण्यापूर्वी बैठकीला शीर्षक द्या.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{person}&apos;s attendance is &apos;{status}&apos;; it must be one of {statuses}.</source>
        <translation>{person} यांची उपस्थिती &apos;{status}&apos; आहे; ती {statuses} यांपैकी एक असावी.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/mou_document.py" line="+138"/>
        <source>The MoU&apos;s text, line {line}, column {column}: {problem}</source>
        <translation>MoU चा मजकूर, ओळ {line}, स्तंभ {column}: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The MoU&apos;s text, line {line}: {problem}</source>
        <translation>MoU चा मजकूर, ओळ {line}: {problem}</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>MoUs can be printed in {languages}; not in &apos;{code}&apos;.</source>
        <translation>MoU {languages} मध्ये छापता येतात; &apos;{code}&apos; मध्ये नाही.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/placeholders.py" line="+23"/>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>मजकूर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MoU text</source>
        <translation>MoU मजकूर</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{part}, line {line}, column {column}: {problem}</source>
        <translation>{part}, ओळ {line}, स्तंभ {column}: {problem}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{recipient} has no value for {placeholder}; fill it in the records or remove it from the text.</source>
        <translation>{recipient} साठी {placeholder} चे मूल्य नाही; ते नोंदींमध्ये भरा किंवा तो रकाना मजकुरातून काढून टाका.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a lone &apos;{brace}&apos;; write {doubled} to print a brace, or close the placeholder.</source>
        <translation>एकटाच &apos;{brace}&apos; कंस आहे; कंस छापायचा असल्यास {doubled} लिहा, किंवा रकान्याचा कंस बंद करा.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{token}&apos; is not a placeholder name (use lower-case letters, digits and _).</source>
        <translation>&apos;{token}&apos; हे रकान्याचे नाव होऊ शकत नाही (लहान इंग्रजी अक्षरे, अंक आणि _ वापरा).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>unknown placeholder {placeholder}; did you mean {guess}?</source>
        <translation>अज्ञात रकाना {placeholder}; आपल्याला {guess} अभिप्रेत आहे का?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown placeholder {placeholder}; the known ones are {known}.</source>
        <translation>अज्ञात रकाना {placeholder}; उपलब्ध रकाने: {known}.</translation>
    </message>
</context>
<context>
    <name>DrivePage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/export_target_pages.py" line="+43"/>
        <source>Where to write the package</source>
        <translation>पॅकेज कोठे लिहायचे</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plug in the drive that goes to the partner and choose it, or choose a folder. The package is one file; it is written under a temporary name and checked before it is named.</source>
        <translation>भागीदार संस्थेकडे जाणारी ड्राइव्ह जोडा आणि ती निवडा, किंवा फोल्डर निवडा. पॅकेज एकच फाइल असते; ती तात्पुरत्या नावाने लिहिली जाते आणि नाव देण्यापूर्वी तपासली जाते.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drive</source>
        <translation>ड्राइव्ह</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removable</source>
        <translation>काढता येणारी</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fixed</source>
        <translation>स्थायी</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free</source>
        <translation>रिकामी जागा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Drives</source>
        <translation>ड्राइव्ह</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh the list</source>
        <translation>यादी अद्ययावत करा(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drives on this computer</source>
        <translation>या संगणकावरील ड्राइव्ह</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plugged a drive in just now? Refresh the list.</source>
        <translation>आत्ताच ड्राइव्ह जोडली? यादी अद्ययावत करा.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a drive above, or a folder</source>
        <translation>वरील ड्राइव्ह निवडा, किंवा फोल्डर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose folder…</source>
        <translation>फोल्डर निवडा…(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder:</source>
        <translation>फोल्डर:(&amp;F)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Folder for the package</source>
        <translation>पॅकेजसाठी फोल्डर</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no folder %s.</source>
        <translation>%s हे फोल्डर अस्तित्वात नाही.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer&apos;s user may not write in %s.</source>
        <translation>या संगणकाच्या वापरकर्त्याला %s मध्ये लिहिण्याची परवानगी नाही.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Free on this drive: %s. The space the package needs is checked before writing.</source>
        <translation>या ड्राइव्हवरील रिकामी जागा: %s. पॅकेजला लागणारी जागा लिहिण्यापूर्वी तपासली जाते.</translation>
    </message>
</context>
<context>
    <name>EndMembershipDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/membership_dialogs.py" line="+43"/>
        <source>End the membership of %s</source>
        <translation>%s यांचे सदस्यत्व समाप्त करा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last day in the seat</source>
        <translation>पदावरील शेवटचा दिवस</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Retired, transferred, resigned</source>
        <translation>उदा. सेवानिवृत्त, बदली, राजीनामा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End membership</source>
        <translation>सदस्यत्व समाप्त करा</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <location filename="../../desktop/ui/pages/entity_page.py" line="+71"/>
        <source>Add…</source>
        <translation>जोडा…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>संपादित करा…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>Delete</source>
        <translation>हटवा</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Cannot edit</source>
        <translation>संपादित करता येत नाही</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Delete %s? This cannot be undone.</source>
        <translation>%s हटवायचे? ही कृती पूर्ववत करता येणार नाही.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot delete</source>
        <translation>हटवता येत नाही</translation>
    </message>
</context>
<context>
    <name>EntryDetailsDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/exchange_log_actions.py" line="+165"/>
        <source>Return template %s</source>
        <translation>परतावा साचा %s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Package %s</source>
        <translation>पॅकेज %s</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Event</source>
        <translation>घटना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>दिनांक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MoU</source>
        <translation>MoU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner(s)</source>
        <translation>भागीदार संस्था</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>उद्देश</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>स्थिती</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep until</source>
        <translation>या दिनांकापर्यंत ठेवावे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schools</source>
        <translation>शाळा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation>नोंदी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package file</source>
        <translation>पॅकेज फाइल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%s bytes</source>
        <translation>%s बाइट्स</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package id</source>
        <translation>पॅकेज ओळख क्रमांक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>कोणी</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deletion confirmed</source>
        <translation>नष्ट केल्याची पुष्टी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on %(date)s by %(confirmed_by)s (recorded by %(recorded_by)s)</source>
        <translation>%(date)s रोजी %(confirmed_by)s यांनी (नोंद करणारे %(recorded_by)s)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deletion note</source>
        <translation>नष्ट केल्याबाबत टीप</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import batches</source>
        <translation>आयात संच</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>टीप</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: not signed</source>
        <translation>नाही: स्वाक्षरित नाही</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer&apos;s key fingerprint</source>
        <translation>स्वाक्षरी करणाऱ्याच्या की चा फिंगरप्रिंट</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Categories and fields</source>
        <translation>प्रवर्ग व रकाने</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/erasure_dialog.py" line="+22"/>
        <source>Record deletion of %s</source>
        <translation>%s नष्ट केल्याची नोंद करा</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%(package)s (a return template) was given to %(partners)s on %(date)s under MoU %(mou)s.</source>
        <translation>%(package)s (परतावा साचा) %(date)s रोजी MoU %(mou)s अंतर्गत %(partners)s यांना दिला.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Package %(package)s, sent to %(partners)s on %(date)s under MoU %(mou)s.</source>
        <translation>पॅकेज %(package)s, %(date)s रोजी MoU %(mou)s अंतर्गत %(partners)s यांना पाठवले.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Record the partner&apos;s written confirmation that they deleted its data; it cannot be changed afterwards.</source>
        <translation>भागीदार संस्थेने त्यातील डेटा नष्ट केल्याच्या लेखी पुष्टीची नोंद करा; ती नंतर बदलता येणार नाही.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Confirmed &amp;on</source>
        <translation>पुष्टीचा दिनांक(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirmed &amp;by</source>
        <translation>पुष्टी करणारे(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name and designation of who signed for the partner</source>
        <translation>भागीदार संस्थेच्या वतीने स्वाक्षरी करणाऱ्याचे नाव व पदनाम</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note (e.g. letter number)</source>
        <translation>टीप (उदा. पत्र क्रमांक)(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record deletion</source>
        <translation>नष्ट केल्याची नोंद करा</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/action_item_dialogs.py" line="+116"/>
        <source>Escalate the action item</source>
        <translation>कार्यवाहीचा मुद्दा वरिष्ठ स्तरावर पाठवा</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Escalate</source>
        <translation>वरिष्ठ स्तरावर पाठवा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated on</source>
        <translation>पाठवल्याचा दिनांक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the meeting</source>
        <translation>या बैठकीकडे</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note (optional)</source>
        <translation>टीप (ऐच्छिक)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No meeting of the next level up over this item&apos;s unit is scheduled on or after %s; schedule one, then escalate.</source>
        <translation>या मुद्द्याच्या घटकाच्या वरच्या स्तराची कोणतीही बैठक %s रोजी किंवा त्यानंतर नियोजित नाही; आधी बैठक नियोजित करा, मग मुद्दा वरिष्ठ स्तरावर पाठवा.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the meeting that takes the item up.</source>
        <translation>हा मुद्दा ज्या बैठकीत घेतला जाईल ती बैठक निवडा.</translation>
    </message>
</context>
<context>
    <name>EventWhen</name>
    <message>
        <location filename="../../desktop/ui/dialogs/cycle_dialog.py" line="-249"/>
        <source>no date yet</source>
        <translation>अद्याप दिनांक नाही</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no time yet</source>
        <translation>अद्याप वेळ नाही</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>at</source>
        <translation>वेळ</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../desktop/ui/dialogs/nomination_evidence.py" line="+53"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>फाइल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added</source>
        <translation>जोडल्याची वेळ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Evidence files</source>
        <translation>पुराव्याच्या फाइल्स</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add file…</source>
        <translation>फाइल जोडा…(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op&amp;en</source>
        <translation>उघडा(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve</source>
        <translation>काढून टाका(&amp;V)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Evidence</source>
        <translation>पुरावे</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PDF, PNG or JPEG, up to %(file_size)s each, %(files)d files and %(total_size)s in all.</source>
        <translation>PDF, PNG किंवा JPEG; प्रत्येकी जास्तीत जास्त %(file_size)s, एकूण %(files)d फाइल्स व %(total_size)s.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Photos and PDFs can be added once the nomination is saved. </source>
        <translation>नामनिर्देशन जतन केल्यानंतर छायाचित्रे व PDF जोडता येतात. </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept as soon as added, without Save. </source>
        <translation>जोडताच ठेवले जाते, &apos;जतन करा&apos; दाबण्याची आवश्यकता नाही. </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add evidence</source>
        <translation>पुरावा जोडा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF or image (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>PDF किंवा प्रतिमा (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Remove evidence</source>
        <translation>पुरावा काढून टाका</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove “%(title)s” (%(file_name)s) from the nomination? The history keeps a record of it.</source>
        <translation>“%(title)s” (%(file_name)s) नामनिर्देशनातून काढून टाकायचे? इतिहासात त्याची नोंद राहील.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../desktop/services/exchange/catalogue.py" line="+59"/>
        <source>The school&apos;s 11-digit UDISE code</source>
        <translation>शाळेचा 11 अंकी UDISE क्रमांक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the school</source>
        <translation>शाळेचे नाव</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <source>Name in the regional language</source>
        <translation>प्रादेशिक भाषेतील नाव</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+38"/>
        <source>Block</source>
        <translation>तालुका</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Cluster</source>
        <translation>केंद्र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village or locality</source>
        <translation>गाव किंवा वस्ती</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management (e.g. Department of Education)</source>
        <translation>व्यवस्थापन (उदा. शिक्षण विभाग)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>School category (e.g. primary with upper primary)</source>
        <translation>शाळेची श्रेणी (उदा. प्राथमिक व उच्च प्राथमिक)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rural or urban</source>
        <translation>ग्रामीण किंवा शहरी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN code</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium of instruction</source>
        <translation>शिक्षणाचे माध्यम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>अक्षांश</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>रेखांश</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+45"/>
        <source>The school&apos;s UDISE code</source>
        <translation>शाळेचा UDISE क्रमांक</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+21"/>
        <location line="+24"/>
        <source>Assessment round</source>
        <translation>मूल्यमापन फेरी</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Students enrolled</source>
        <translation>पटावरील विद्यार्थी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boys enrolled</source>
        <translation>पटावरील मुले</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Girls enrolled</source>
        <translation>पटावरील मुली</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average daily attendance, % of enrolment</source>
        <translation>सरासरी दैनिक उपस्थिती, पटसंख्येच्या %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teachers</source>
        <translation>शिक्षक</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>school, cluster or block</source>
        <translation>शाळा, केंद्र किंवा तालुका</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster (cluster and school rows)</source>
        <translation>केंद्र (केंद्र व शाळा ओळींसाठी)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UDISE code (school rows)</source>
        <translation>UDISE क्रमांक (शाळा ओळींसाठी)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the school (school rows)</source>
        <translation>शाळेचे नाव (शाळा ओळींसाठी)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <location filename="../../desktop/services/exchange/inbound_conflicts.py" line="+40"/>
        <source>Grade</source>
        <translation>इयत्ता</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+25"/>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Students assessed (blank when suppressed)</source>
        <translation>मूल्यमापन झालेले विद्यार्थी (गोपनीयतेसाठी लपवल्यास रिकामे)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean score (blank when suppressed)</source>
        <translation>सरासरी गुण (लपवल्यास रिकामे)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>% at grade level (blank when suppressed)</source>
        <translation>इयत्ता स्तरावरील % (लपवल्यास रिकामे)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The student&apos;s pseudonym under this MoU (not the school&apos;s id)</source>
        <translation>या सामंजस्य करारांतर्गत विद्यार्थ्याचे छद्मनाम (शाळेचा क्रमांक नव्हे)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>F, M or O</source>
        <translation>F, M किंवा O</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/services/exchange/inbound_conflicts.py" line="+2"/>
        <source>Score</source>
        <translation>गुण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning level</source>
        <translation>अध्ययन स्तर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date assessed (DD/MM/YYYY)</source>
        <translation>मूल्यमापन दिनांक (DD/MM/YYYY)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>नाव</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Designation</source>
        <translation>पदनाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>कार्यालय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>दूरध्वनी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/export.py" line="+76"/>
        <source>There is no MoU with the reference {reference!r}.</source>
        <translation>{reference!r} संदर्भाचा सामंजस्य करार (MoU) नाही.</translation>
    </message>
    <message>
        <location line="+168"/>
        <location filename="../../desktop/services/exchange/return_package.py" line="+172"/>
        <source>Encrypting and writing</source>
        <translation>कूटबद्ध करून लिहीत आहे</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../../desktop/services/exchange/return_package.py" line="+12"/>
        <source>Done</source>
        <translation>झाले</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/fingerprints.py" line="+32"/>
        <source>Type or paste the partner&apos;s public key from their receipt.</source>
        <translation>भागीदार संस्थेच्या पावतीवरील सार्वजनिक की टाइप किंवा पेस्ट करा.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The public key has characters a key cannot have; copy it exactly as printed on the receipt (letters, digits, + / and = only).</source>
        <translation>सार्वजनिक की मध्ये की मध्ये नसू शकणारी अक्षरे आहेत; पावतीवर छापल्याप्रमाणे अचूक कॉपी करा (केवळ अक्षरे, अंक, + / आणि =).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A public key is 44 characters ({bytes} bytes); this one is {count} bytes: a part is missing or extra.</source>
        <translation>सार्वजनिक की 44 अक्षरांची ({bytes} बाइट्स) असते; ही {count} बाइट्सची आहे: काही भाग कमी किंवा जास्त आहे.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/inbound_check.py" line="+148"/>
        <source>student name (as the office keeps it)</source>
        <translation>विद्यार्थ्याचे नाव (कार्यालयाच्या नोंदीप्रमाणे)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{count} student in {file} has an id this office did not give under MoU {reference} (the partner&apos;s own id, or a pseudonym of another MoU): their results are kept under the partner&apos;s ids, not linked to the office&apos;s students.</source>
        <translation>{file} मधील {count} विद्यार्थ्याचा ओळख क्रमांक या कार्यालयाने MoU {reference} अंतर्गत दिलेला नाही (भागीदार संस्थेचा स्वतःचा क्रमांक, किंवा दुसऱ्या MoU चे छद्मनाम): त्याचे निकाल भागीदार संस्थेच्या क्रमांकांनुसार ठेवले जातात, कार्यालयाच्या विद्यार्थ्यांशी जोडले जात नाहीत.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} students in {file} have an id this office did not give under MoU {reference} (the partner&apos;s own id, or a pseudonym of another MoU): their results are kept under the partner&apos;s ids, not linked to the office&apos;s students.</source>
        <translation>{file} मधील {count} विद्यार्थ्यांचे ओळख क्रमांक या कार्यालयाने MoU {reference} अंतर्गत दिलेले नाहीत (भागीदार संस्थेचे स्वतःचे क्रमांक, किंवा दुसऱ्या MoU ची छद्मनामे): त्यांचे निकाल भागीदार संस्थेच्या क्रमांकांनुसार ठेवले जातात, कार्यालयाच्या विद्यार्थ्यांशी जोडले जात नाहीत.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{count} row of {file} is about schools MoU {reference} does not cover.</source>
        <translation>{file} ची {count} ओळ MoU {reference} मध्ये समाविष्ट नसलेल्या शाळांविषयी आहे.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} rows of {file} are about schools MoU {reference} does not cover.</source>
        <translation>{file} च्या {count} ओळी MoU {reference} मध्ये समाविष्ट नसलेल्या शाळांविषयी आहेत.</translation>
    </message>
    <message>
        <location line="+43"/>
        <location filename="../../desktop/services/exchange/package_reader.py" line="+260"/>
        <source>Checked</source>
        <translation>तपासले</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/inbound_conflicts.py" line="-4"/>
        <source>School</source>
        <translation>शाळा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student name</source>
        <translation>विद्यार्थ्याचे नाव</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gender</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>स्तर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessed on</source>
        <translation>मूल्यमापन दिनांक</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blank</source>
        <translation>रिकामे</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{record}: the office has {office_value} (imported {day} by {operator}); the package has {package_value}.</source>
        <translation>{record}: कार्यालयाकडे {office_value} आहे ({day} रोजी {operator} यांनी आयात केले); पॅकेजमध्ये {package_value} आहे.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Student {student}, {subject}, school {school}</source>
        <translation>विद्यार्थी {student}, {subject}, शाळा {school}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>School {code} {name}</source>
        <translation>शाळा {code} {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/inbound_envelope.py" line="-51"/>
        <source>This package was made by this office for a partner; only packages from partners are imported.</source>
        <translation>हे पॅकेज या कार्यालयाने भागीदार संस्थेसाठी तयार केले आहे; केवळ भागीदार संस्थांकडून आलेली पॅकेजेस आयात केली जातात.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The key that signed {file} ({fingerprint}) is not registered.</source>
        <translation>{file} वर स्वाक्षरी करणारी की ({fingerprint}) नोंदणीकृत नाही.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{file} refers to MoU {reference}, which is not in this office&apos;s MoU register. Check the reference with the partner; data comes back only under a registered MoU.</source>
        <translation>{file} MoU {reference} चा संदर्भ देते, जो या कार्यालयाच्या MoU नोंदवहीत नाही. भागीदार संस्थेकडून संदर्भ तपासा; डेटा केवळ नोंदणीकृत MoU अंतर्गतच परत येतो.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the assessment round these data belong to: the package names the round “{round}”, which this office does not have.</source>
        <translation>हा डेटा कोणत्या मूल्यमापन फेरीचा आहे ते निवडा: पॅकेजमध्ये “{round}” फेरी नमूद आहे, जी या कार्यालयाकडे नाही.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the assessment round these data belong to: the package does not name one.</source>
        <translation>हा डेटा कोणत्या मूल्यमापन फेरीचा आहे ते निवडा: पॅकेजमध्ये फेरी नमूद नाही.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{name} is not a package for the district (it is marked “{direction}”); only packages partners make for the office are imported.</source>
        <translation>{name} हे जिल्ह्यासाठीचे पॅकेज नाही (त्यावर “{direction}” असे नमूद आहे); भागीदार संस्थांनी कार्यालयासाठी तयार केलेली पॅकेजेसच आयात केली जातात.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>none</source>
        <translation>काहीही नाही</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is signed by {organisation} (key {fingerprint}), which is not a partner of MoU {reference} (its partners: {listed}). Only an MoU&apos;s partners return data under it.</source>
        <translation>{name} वर {organisation} ची स्वाक्षरी आहे (की {fingerprint}), जी MoU {reference} ची भागीदार संस्था नाही (त्याच्या भागीदार संस्था: {listed}). MoU च्या भागीदार संस्थाच त्याअंतर्गत डेटा परत करतात.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} is not signed: it is the office&apos;s return template filled by the partner. Check with the partner that this is the file they sent.</source>
        <translation>{name} स्वाक्षरित नाही: हा भागीदार संस्थेने भरलेला कार्यालयाचा परतावा साचा आहे. हीच फाइल पाठवली आहे का ते भागीदार संस्थेकडून तपासा.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>MoU {reference} is {status}: it is not signed yet, so no data comes back under it.</source>
        <translation>MoU {reference} {status} आहे: त्यावर अद्याप स्वाक्षरी झालेली नाही, म्हणून त्याअंतर्गत डेटा परत येत नाही.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MoU {reference} expired on {day}; the data is imported as the partner returned it under the MoU (an endline assessed before it ended, for example).</source>
        <translation>MoU {reference} ची मुदत {day} रोजी संपली; भागीदार संस्थेने MoU अंतर्गत परत केल्याप्रमाणे डेटा आयात केला जातो (उदा. मुदत संपण्यापूर्वी घेतलेली अंतिम चाचणी).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>MoU {reference} was terminated on {day}; the data is imported as the partner returned it under the MoU.</source>
        <translation>MoU {reference} {day} रोजी संपुष्टात आणला; भागीदार संस्थेने MoU अंतर्गत परत केल्याप्रमाणे डेटा आयात केला जातो.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MoU {reference} was terminated; the data is imported as the partner returned it under the MoU.</source>
        <translation>MoU {reference} संपुष्टात आणला आहे; भागीदार संस्थेने MoU अंतर्गत परत केल्याप्रमाणे डेटा आयात केला जातो.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} holds data partners do not send back to the office: {shown}. Only these are imported: {allowed}. Ask the partner to make the package again without the others.</source>
        <translation>{name} मध्ये भागीदार संस्था कार्यालयास परत पाठवत नाहीत असा डेटा आहे: {shown}. केवळ हे आयात केले जातात: {allowed}. इतर डेटा वगळून पॅकेज पुन्हा तयार करण्यास भागीदार संस्थेला सांगा.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} holds no tables to import.</source>
        <translation>{name} मध्ये आयात करण्यासाठी कोणतेही तक्ते नाहीत.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This package ({package}) was already imported on {day} by {operator} (exchange log entry {entry}); importing it again changes nothing.</source>
        <translation>हे पॅकेज ({package}) {day} रोजी {operator} यांनी आधीच आयात केले आहे (देवाणघेवाण नोंदवहीतील नोंद {entry}); पुन्हा आयात केल्याने काहीही बदलत नाही.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/inbound_tables.py" line="+89"/>
        <source>{path} cannot be imported: {detail}. The package was signed as it is, so the partner&apos;s software wrote it wrongly; ask the partner to make it again.</source>
        <translation>{path} आयात करता येत नाही: {detail}. पॅकेज जसे आहे तसे स्वाक्षरित झाले, म्हणजे भागीदार संस्थेच्या सॉफ्टवेअरने ते चुकीचे लिहिले; ते पुन्हा तयार करण्यास भागीदार संस्थेला सांगा.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>its manifest&apos;s creation time {value!r} is not a date and time with its zone</source>
        <translation>त्याच्या मॅनिफेस्टमधील निर्मिती वेळ {value!r} ही वेळक्षेत्रासह दिनांक व वेळ नाही</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its manifest lists {category} but it holds no {file}</source>
        <translation>त्याच्या मॅनिफेस्टमध्ये {category} नमूद आहे पण त्यात {file} नाही</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file_name} is not a readable CSV table ({reason})</source>
        <translation>{file_name} वाचता येण्याजोगा CSV तक्ता नाही ({reason})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>its manifest names no MoU</source>
        <translation>त्याच्या मॅनिफेस्टमध्ये कोणताही MoU नमूद नाही</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its manifest&apos;s round {round_name!r} is not a name</source>
        <translation>त्याच्या मॅनिफेस्टमधील फेरी {round_name!r} हे नाव नाही</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its manifest does not list its categories of data</source>
        <translation>त्याच्या मॅनिफेस्टमध्ये डेटाचे प्रवर्ग नमूद नाहीत</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>1 pre-filled row was left empty in {file}: nothing is imported for them.</source>
        <translation>{file} मधील आधीच भरलेली 1 ओळ रिकामी ठेवली आहे: तिच्यासाठी काहीही आयात होत नाही.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} pre-filled rows were left empty in {file}: nothing is imported for them.</source>
        <translation>{file} मधील आधीच भरलेल्या {count} ओळी रिकाम्या ठेवल्या आहेत: त्यांच्यासाठी काहीही आयात होत नाही.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>(column {position}, no header)</source>
        <translation>(स्तंभ {position}, शीर्षक नाही)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is in the header twice</source>
        <translation>शीर्ष ओळीत दोनदा आहे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each column once</source>
        <translation>प्रत्येक स्तंभ एकदाच</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is not a column of {category}</source>
        <translation>{category} चा स्तंभ नाही</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the columns {columns}</source>
        <translation>केवळ स्तंभ {columns}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is missing from the header</source>
        <translation>शीर्ष ओळीत नाही</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the columns {columns}</source>
        <translation>स्तंभ {columns}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>is another round than the package&apos;s ({expected}); a package returns one round</source>
        <translation>पॅकेजच्या फेरीपेक्षा ({expected}) वेगळी फेरी आहे; एका पॅकेजमध्ये एकच फेरी परत येते</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>has {count} cells; the header has {width} columns</source>
        <translation>{count} कप्पे आहेत; शीर्ष ओळीत {width} स्तंभ आहेत</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one cell per column</source>
        <translation>प्रत्येक स्तंभासाठी एक कप्पा</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/inbound_undo.py" line="+75"/>
        <location filename="../../desktop/services/exchange/log.py" line="+176"/>
        <location line="+100"/>
        <location filename="../../desktop/services/exchange/receipts.py" line="+24"/>
        <source>Exchange log entry</source>
        <translation>देवाणघेवाण नोंदवहीतील नोंद</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exchange log entry {entry} is not an import; only imports can be undone.</source>
        <translation>देवाणघेवाण नोंदवहीतील नोंद {entry} ही आयात नाही; केवळ आयात पूर्ववत करता येते.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The import of {package} was already undone on {day} by {operator}.</source>
        <translation>{package} ची आयात {day} रोजी {operator} यांनी आधीच पूर्ववत केली आहे.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/key_storage.py" line="+30"/>
        <source>Retire that key and sign again to create a new one, then give each partner a new hand-over receipt with the new key&apos;s fingerprint.</source>
        <translation>ती की वापरातून काढा आणि नवीन की तयार करण्यासाठी पुन्हा स्वाक्षरी करा, त्यानंतर प्रत्येक भागीदार संस्थेला नवीन कीच्या फिंगरप्रिंटसह नवीन हस्तांतरण पावती द्या.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The private half of this office&apos;s signing key (fingerprint {fingerprint}) {problem}, so packages cannot be signed with it on this PC. {advice}</source>
        <translation>या कार्यालयाच्या स्वाक्षरी कीचा खासगी भाग (फिंगरप्रिंट {fingerprint}) {problem}, म्हणून या संगणकावर त्याद्वारे पॅकेजेसवर स्वाक्षरी करता येत नाही. {advice}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This PC&apos;s keyring could not keep the office&apos;s signing key ({reason}). Type a passphrase of at least {least} characters to protect the key with instead; it will be asked for every time a package is signed.</source>
        <translation>या संगणकाचे कीरिंग कार्यालयाची स्वाक्षरी की ठेवू शकले नाही ({reason}). त्याऐवजी की सुरक्षित करण्यासाठी किमान {least} अक्षरांचा पासफ्रेज टाइप करा; प्रत्येक वेळी पॅकेजवर स्वाक्षरी करताना तो विचारला जाईल.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This PC has no keyring to keep the office&apos;s signing key in, so the key is protected with a passphrase instead. Type a passphrase of at least {least} characters; it will be asked for every time a package is signed, so keep it where the office keeps its other passwords.</source>
        <translation>कार्यालयाची स्वाक्षरी की ठेवण्यासाठी या संगणकावर कीरिंग नाही, म्हणून की पासफ्रेजने सुरक्षित केली जाते. किमान {least} अक्षरांचा पासफ्रेज टाइप करा; प्रत्येक वेळी पॅकेजवर स्वाक्षरी करताना तो विचारला जाईल, म्हणून कार्यालय इतर पासवर्ड जिथे ठेवते तिथे तो ठेवा.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The key passphrase must be at least {least} characters long; this one has {count}. A few unrelated words make a passphrase that is long and easy to remember.</source>
        <translation>की पासफ्रेज किमान {least} अक्षरांचा असावा; हा {count} अक्षरांचा आहे. एकमेकांशी संबंध नसलेले काही शब्द मिळून लांब आणि लक्षात राहण्याजोगा पासफ्रेज होतो.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the key read back from it was not the key written</source>
        <translation>त्यातून परत वाचलेली की लिहिलेल्या कीशी जुळत नाही</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>could not be read from this PC&apos;s keyring ({reason})</source>
        <translation>या संगणकाच्या कीरिंगमधून वाचता आला नाही ({reason})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is not in this PC&apos;s keyring (the database may have been restored on another PC or under another Windows user)</source>
        <translation>या संगणकाच्या कीरिंगमध्ये नाही (डेटाबेस दुसऱ्या संगणकावर किंवा दुसऱ्या Windows वापरकर्त्याखाली पुनर्संचयित केला असू शकतो)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>in this PC&apos;s keyring is damaged</source>
        <translation>या संगणकाच्या कीरिंगमध्ये खराब झाला आहे</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The office&apos;s signing key (fingerprint {fingerprint}) is protected with a passphrase: type the key passphrase to sign the package.</source>
        <translation>कार्यालयाची स्वाक्षरी की (फिंगरप्रिंट {fingerprint}) पासफ्रेजने सुरक्षित आहे: पॅकेजवर स्वाक्षरी करण्यासाठी की पासफ्रेज टाइप करा.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>That is not the passphrase of this office&apos;s signing key (fingerprint {fingerprint}). Check Caps Lock and the keyboard language, and type it again.</source>
        <translation>हा या कार्यालयाच्या स्वाक्षरी कीचा (फिंगरप्रिंट {fingerprint}) पासफ्रेज नाही. Caps Lock आणि कीबोर्डची भाषा तपासा, आणि पुन्हा टाइप करा.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/keys.py" line="+176"/>
        <location filename="../../desktop/services/exchange/partner_keys.py" line="+50"/>
        <source>The label is {count} characters long; at most {limit} fit.</source>
        <translation>लेबल {count} अक्षरांचे आहे; जास्तीत जास्त {limit} अक्षरे चालतात.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This office already has a signing key (fingerprint {fingerprint}). Retire it first to create a new one.</source>
        <translation>या कार्यालयाकडे आधीच स्वाक्षरी की आहे (फिंगरप्रिंट {fingerprint}). नवीन तयार करण्यासाठी आधी ती वापरातून काढा.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>in this PC&apos;s keyring belongs to a different key</source>
        <translation>या संगणकाच्या कीरिंगमध्ये दुसऱ्या कीचा आहे</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This office has no active signing key to retire; the next package signed creates one.</source>
        <translation>या कार्यालयाकडे वापरातून काढण्यासाठी सक्रिय स्वाक्षरी की नाही; पुढील पॅकेजवर स्वाक्षरी करताना ती तयार होईल.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Give the reason for retiring the key (for example: the PC was replaced, or the key may have been seen by someone else). It is kept with the key.</source>
        <translation>की वापरातून काढण्याचे कारण द्या (उदा.: संगणक बदलला, किंवा की इतर कोणी पाहिली असण्याची शक्यता). ते की सोबत जतन केले जाते.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/log.py" line="-245"/>
        <source>Sent to partner</source>
        <translation>भागीदार संस्थेला पाठवले</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received from partner</source>
        <translation>भागीदार संस्थेकडून प्राप्त</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import undone</source>
        <translation>आयात पूर्ववत केली</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return template</source>
        <translation>परतावा साचा</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Deleted (confirmed {day})</source>
        <translation>नष्ट केले (पुष्टी {day})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Past keep-until ({day}): ask for deletion</source>
        <translation>ठेवण्याची मुदत ({day}) उलटली: नष्ट करण्यास सांगा</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Held until {day}</source>
        <translation>{day} पर्यंत ठेवले आहे</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Type the school&apos;s UDISE code.</source>
        <translation>शाळेचा UDISE क्रमांक टाइप करा.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type the student&apos;s id as the office keeps it.</source>
        <translation>कार्यालयाच्या नोंदीप्रमाणे विद्यार्थ्याचा ओळख क्रमांक टाइप करा.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Say who confirmed the deletion for the partner (name and designation).</source>
        <translation>भागीदार संस्थेकडून डेटा नष्ट केल्याची पुष्टी कोणी केली ते नमूद करा (नाव व पदनाम).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The confirmation date {day} is after today ({today}).</source>
        <translation>पुष्टीचा दिनांक {day} आजच्या ({today}) नंतरचा आहे.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only packages sent to a partner, and return templates given to one, have data to delete.</source>
        <translation>केवळ भागीदार संस्थेला पाठवलेल्या पॅकेजेस आणि दिलेल्या परतावा साच्यांमध्येच नष्ट करण्याजोगा डेटा असतो.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The confirmation date {day} is before the package {package} was sent ({sent}).</source>
        <translation>पुष्टीचा दिनांक {day} हा पॅकेज {package} पाठवल्याच्या ({sent}) आधीचा आहे.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The deletion of {package} was already confirmed on {day} by {person}.</source>
        <translation>{package} नष्ट केल्याची पुष्टी {day} रोजी {person} यांनी आधीच केली आहे.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/package.py" line="+163"/>
        <source>The drive holding {folder} has {free} free; the package needs about {needed}. Free some space or choose another drive.</source>
        <translation>{folder} असलेल्या ड्राइव्हमध्ये {free} जागा रिकामी आहे; पॅकेजला सुमारे {needed} लागेल. काही जागा मोकळी करा किंवा दुसरी ड्राइव्ह निवडा.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{folder} already holds a file named {file}; it was left as it is. Choose another name or drive.</source>
        <translation>{folder} मध्ये {file} नावाची फाइल आधीच आहे; ती आहे तशी ठेवली आहे. दुसरे नाव किंवा ड्राइव्ह निवडा.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Encrypting</source>
        <translation>कूटबद्ध करत आहे</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing</source>
        <translation>लिहीत आहे</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{folder} cannot be written to ({reason}).</source>
        <translation>{folder} मध्ये लिहिता येत नाही ({reason}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking the written package</source>
        <translation>लिहिलेले पॅकेज तपासत आहे</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} appeared in {folder} while the package was written; it was left as it is.</source>
        <translation>पॅकेज लिहीत असताना {folder} मध्ये {file} दिसली; ती आहे तशी ठेवली आहे.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The package could not be written to {folder} ({reason}): the drive may be full or have been removed. Nothing was left on it; try again.</source>
        <translation>पॅकेज {folder} मध्ये लिहिता आले नाही ({reason}): ड्राइव्ह भरलेली असू शकते किंवा काढली गेली असू शकते. त्यावर काहीही ठेवलेले नाही; पुन्हा प्रयत्न करा.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Written</source>
        <translation>लिहिले</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>its bytes differ from those written</source>
        <translation>त्याचे बाइट्स लिहिलेल्यांपेक्षा वेगळे आहेत</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The package written to {folder} did not read back as written ({problem}), so it was removed. The drive may be failing: try again, or use another drive.</source>
        <translation>{folder} मध्ये लिहिलेले पॅकेज लिहिल्याप्रमाणे परत वाचले गेले नाही ({problem}), म्हणून ते काढून टाकले. ड्राइव्ह निकामी होत असू शकते: पुन्हा प्रयत्न करा, किंवा दुसरी ड्राइव्ह वापरा.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{folder} already exists and is not empty; choose another folder, so that nothing in it is overwritten.</source>
        <translation>{folder} आधीच अस्तित्वात आहे आणि रिकामे नाही; त्यातील काहीही अधिलिखित होऊ नये म्हणून दुसरे फोल्डर निवडा.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/package_layout.py" line="+86"/>
        <source>a file needs a name</source>
        <translation>फाइलला नाव आवश्यक आहे</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>{name!r} is not a plain file name</source>
        <translation>{name!r} हे साधे फाइल नाव नाही</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name!r} is a device name on Windows</source>
        <translation>{name!r} हे Windows वरील उपकरणाचे नाव आहे</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name!r} is the package&apos;s own file</source>
        <translation>{name!r} ही पॅकेजची स्वतःची फाइल आहे</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/package_manifest.py" line="+54"/>
        <source>its manifest.json is not readable: {reason}</source>
        <translation>त्याची manifest.json वाचता येत नाही: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its manifest.json is not an exchange manifest</source>
        <translation>त्याची manifest.json ही देवाणघेवाण मॅनिफेस्ट नाही</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its manifest.json names no package format version</source>
        <translation>त्याच्या manifest.json मध्ये पॅकेज स्वरूपाची आवृत्ती नमूद नाही</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>was made by a newer version of District Collective Desk (package format {version}); this version reads format {supported}</source>
        <translation>District Collective Desk च्या नवीन आवृत्तीने तयार केले आहे (पॅकेज स्वरूप {version}); ही आवृत्ती स्वरूप {supported} वाचते</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>uses package format {version}; this version reads format {supported}</source>
        <translation>पॅकेज स्वरूप {version} वापरते; ही आवृत्ती स्वरूप {supported} वाचते</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its manifest.json has no package id</source>
        <translation>त्याच्या manifest.json मध्ये पॅकेज ओळख क्रमांक नाही</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its manifest.json does not name its signer</source>
        <translation>त्याच्या manifest.json मध्ये स्वाक्षरीकर्ता नमूद नाही</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is signed with {algorithm!r}, which this version cannot check</source>
        <translation>{algorithm!r} ने स्वाक्षरित आहे, जे ही आवृत्ती तपासू शकत नाही</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the signer&apos;s public key in its manifest.json is not a key</source>
        <translation>त्याच्या manifest.json मधील स्वाक्षरीकर्त्याची सार्वजनिक की ही की नाही</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the signer&apos;s fingerprint in its manifest.json is not its key&apos;s</source>
        <translation>त्याच्या manifest.json मधील स्वाक्षरीकर्त्याचा फिंगरप्रिंट त्याच्या कीचा नाही</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>its manifest.json does not list its files</source>
        <translation>त्याच्या manifest.json मध्ये फाइल्सची यादी नाही</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an entry of its manifest.json&apos;s file list is malformed</source>
        <translation>त्याच्या manifest.json मधील फाइल यादीतील एक नोंद सदोष आहे</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its manifest.json lists a file it cannot hold ({problem})</source>
        <translation>त्याच्या manifest.json मध्ये असू न शकणारी फाइल नमूद आहे ({problem})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its manifest.json lists a file name twice</source>
        <translation>त्याच्या manifest.json मध्ये एक फाइल नाव दोनदा नमूद आहे</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its manifest.json does not say how it is encrypted</source>
        <translation>त्याच्या manifest.json मध्ये ते कसे कूटबद्ध केले आहे हे नमूद नाही</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is encrypted as {cipher!r} in chunks of {chunk_size!r} bytes, which this version cannot read ({expected_cipher}, {expected_chunk})</source>
        <translation>{chunk_size!r} बाइट्सच्या भागांमध्ये {cipher!r} ने कूटबद्ध आहे, जे ही आवृत्ती वाचू शकत नाही ({expected_cipher}, {expected_chunk})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>its manifest.json does not give the encrypted payload&apos;s hash and size</source>
        <translation>त्याच्या manifest.json मध्ये कूटबद्ध मजकुराचा हॅश व आकार दिलेला नाही</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file} asks for a costlier unlocking than this version allows, so it was not attempted: {reason} Ask the sender to write it again with the standard settings.</source>
        <translation>{file} उघडण्यासाठी या आवृत्तीत अनुमत मर्यादेपेक्षा जास्त संगणन मागते, म्हणून प्रयत्न केला नाही: {reason} पाठवणाऱ्यास प्रमाणित सेटिंग्जसह ते पुन्हा लिहिण्यास सांगा.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is locked in a way this version cannot unlock: {reason}</source>
        <translation>ही आवृत्ती उघडू शकत नाही अशा पद्धतीने लॉक केले आहे: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/package_reader.py" line="-166"/>
        <source>it holds {contents}</source>
        <translation>त्यात {contents} आहे</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{member} is not stored as a package stores it</source>
        <translation>{member} पॅकेजमध्ये ठेवले जाते त्या पद्धतीने ठेवलेले नाही</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{member} is larger than a package&apos;s can be</source>
        <translation>{member} पॅकेजमध्ये असू शकते त्यापेक्षा मोठे आहे</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its zip structure cannot be read: {reason}</source>
        <translation>त्याची zip रचना वाचता येत नाही: {reason}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the files inside are not the ones its manifest lists</source>
        <translation>आतील फाइल्स मॅनिफेस्टमध्ये नमूद फाइल्स नाहीत</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not the {size:,} bytes its manifest says</source>
        <translation>{name} मॅनिफेस्टमध्ये नमूद {size:,} बाइट्सचे नाही</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} does not match the SHA-256 in its manifest</source>
        <translation>{name} मॅनिफेस्टमधील SHA-256 शी जुळत नाही</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the files inside cannot be unpacked: {reason}</source>
        <translation>आतील फाइल्स उघडता येत नाहीत: {reason}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checking the signature</source>
        <translation>स्वाक्षरी तपासत आहे</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} was signed by a key this office has not registered (fingerprint {fingerprint}). Register the partner&apos;s key from their hand-over receipt on the Exchange page first.</source>
        <translation>{file} वर या कार्यालयाने नोंदणी न केलेल्या कीची स्वाक्षरी आहे (फिंगरप्रिंट {fingerprint}). आधी &apos;डेटा देवाणघेवाण&apos; पानावर भागीदार संस्थेच्या हस्तांतरण पावतीवरून तिची की नोंदवा.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file} does not carry a valid signature of key {fingerprint}: its manifest was changed after it was signed, or signed by another key. Nothing was opened; ask the sender for a fresh copy.</source>
        <translation>{file} वर की {fingerprint} ची वैध स्वाक्षरी नाही: स्वाक्षरीनंतर मॅनिफेस्ट बदलला गेला, किंवा दुसऱ्या कीने स्वाक्षरी झाली. काहीही उघडले नाही; पाठवणाऱ्याकडून नवीन प्रत मागवा.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>README.txt is not UTF-8 text</source>
        <translation>README.txt हा UTF-8 मजकूर नाही</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the zip around the signed parts is not laid out as a package is</source>
        <translation>स्वाक्षरित भागांभोवतीची zip पॅकेजच्या रचनेप्रमाणे नाही</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>README.txt does not match the SHA-256 in its manifest</source>
        <translation>README.txt मॅनिफेस्टमधील SHA-256 शी जुळत नाही</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>payload.enc does not match the SHA-256 and size in its manifest</source>
        <translation>payload.enc मॅनिफेस्टमधील SHA-256 व आकाराशी जुळत नाही</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlocking</source>
        <translation>उघडत आहे</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The passphrase is not the one {file} was locked with; nothing was opened. Check it with the person who sent the package: it is given separately from the drive.</source>
        <translation>हा {file} लॉक करताना वापरलेला पासफ्रेज नाही; काहीही उघडले नाही. पॅकेज पाठवणाऱ्या व्यक्तीकडून तपासा: तो ड्राइव्हपासून वेगळा दिला जातो.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking the files</source>
        <translation>फाइल्स तपासत आहे</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/package_refusals.py" line="+37"/>
        <source>{file} is not a District Collective Desk exchange package ({detail}). Choose the package file exactly as it was handed over.</source>
        <translation>{file} हे District Collective Desk चे देवाणघेवाण पॅकेज नाही ({detail}). हस्तांतरित केल्याप्रमाणे नेमकी पॅकेज फाइल निवडा.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} is damaged or incomplete ({detail}): it may have been copied only in part, or the drive removed while it was written. Nothing was opened; ask the sender for a fresh copy.</source>
        <translation>{file} खराब किंवा अपूर्ण आहे ({detail}): ते अंशतःच कॉपी झाले असू शकते, किंवा लिहीत असताना ड्राइव्ह काढली गेली असू शकते. काहीही उघडले नाही; पाठवणाऱ्याकडून नवीन प्रत मागवा.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} was changed or damaged after it was signed: {detail}. Nothing was opened; ask the sender for a fresh copy.</source>
        <translation>{file} स्वाक्षरीनंतर बदलले किंवा खराब झाले: {detail}. काहीही उघडले नाही; पाठवणाऱ्याकडून नवीन प्रत मागवा.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} {detail}. Update District Collective Desk, or ask the sender to write the package again with the version this office uses.</source>
        <translation>{file} {detail}. District Collective Desk अद्ययावत करा, किंवा हे कार्यालय वापरत असलेल्या आवृत्तीने पॅकेज पुन्हा लिहिण्यास पाठवणाऱ्यास सांगा.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/partner_keys.py" line="+49"/>
        <source>Key</source>
        <translation>की</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key {fingerprint} is this office&apos;s own signing key, not a partner&apos;s; retire it with the office&apos;s key instead.</source>
        <translation>की {fingerprint} ही या कार्यालयाची स्वतःची स्वाक्षरी की आहे, भागीदार संस्थेची नाही; ती कार्यालयाच्या की मधूनच वापरातून काढा.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{organisation}&apos;s key {fingerprint} was already retired on {day} ({reason}).</source>
        <translation>{organisation} ची की {fingerprint} {day} रोजी आधीच वापरातून काढली आहे ({reason}).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{organisation} has {count} exchange key registered from its receipts; packages it signed are known by it, so the organisation cannot be deleted.</source>
        <translation>{organisation} ची तिच्या पावत्यांवरून {count} देवाणघेवाण की नोंदणीकृत आहे; तिने स्वाक्षरी केलेली पॅकेजेस त्याद्वारे ओळखली जातात, म्हणून संस्था हटवता येत नाही.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{organisation} has {count} exchange keys registered from its receipts; packages it signed are known by them, so the organisation cannot be deleted.</source>
        <translation>{organisation} च्या तिच्या पावत्यांवरून {count} देवाणघेवाण की नोंदणीकृत आहेत; तिने स्वाक्षरी केलेली पॅकेजेस त्यांद्वारे ओळखली जातात, म्हणून संस्था हटवता येत नाही.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is this office&apos;s own signing key (fingerprint {fingerprint}), in use since {since}, not a partner&apos;s key. Copy the key from the partner&apos;s receipt.</source>
        <translation>ही या कार्यालयाची स्वतःची स्वाक्षरी की आहे (फिंगरप्रिंट {fingerprint}), {since} पासून वापरात, भागीदार संस्थेची की नाही. भागीदार संस्थेच्या पावतीवरून की कॉपी करा.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>organisation #{number}</source>
        <translation>संस्था #{number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This key (fingerprint {fingerprint}) is already registered for {organisation} since {since}.</source>
        <translation>ही की (फिंगरप्रिंट {fingerprint}) {since} पासून {organisation} साठी आधीच नोंदणीकृत आहे.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It was retired on {day} ({reason}), and a retired key cannot be registered again: ask the partner for their new key.</source>
        <translation>ती {day} रोजी वापरातून काढली ({reason}), आणि वापरातून काढलेली की पुन्हा नोंदवता येत नाही: भागीदार संस्थेकडून तिची नवीन की मागवा.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/receipts.py" line="+3"/>
        <source>A return template has no hand-over receipt: it is not signed, so there is no key for the partner to check. Its file name, SHA-256 and size are in the log&apos;s details.</source>
        <translation>परतावा साच्याला हस्तांतरण पावती नसते: तो स्वाक्षरित नाही, म्हणून भागीदार संस्थेला तपासण्यासाठी की नाही. त्याचे फाइल नाव, SHA-256 व आकार नोंदवहीच्या तपशिलात आहेत.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A hand-over receipt is printed for packages sent to a partner.</source>
        <translation>हस्तांतरण पावती भागीदार संस्थेला पाठवलेल्या पॅकेजेससाठी छापली जाते.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The signing key {fingerprint} of this package is not in the database.</source>
        <translation>या पॅकेजची स्वाक्षरी की {fingerprint} डेटाबेसमध्ये नाही.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/return_package.py" line="-143"/>
        <source>Give your organisation&apos;s name, as the office knows it: the package says who sent it.</source>
        <translation>कार्यालयाला माहीत असलेले आपल्या संस्थेचे नाव द्या: पॅकेज कोणी पाठवले हे त्यात नमूद असते.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The organisation&apos;s name is {count} characters long; at most {limit} fit.</source>
        <translation>संस्थेचे नाव {count} अक्षरांचे आहे; जास्तीत जास्त {limit} अक्षरे चालतात.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{file} has nothing filled in: its {count} pre-filled row has no score, level or school figures yet. Fill in the results before making the return package.</source>
        <translation>{file} मध्ये काहीही भरलेले नाही: त्याच्या आधीच भरलेल्या {count} ओळीत अद्याप गुण, स्तर किंवा शाळेची आकडेवारी नाही. परतावा पॅकेज तयार करण्यापूर्वी निकाल भरा.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} has nothing filled in: its {count} pre-filled rows have no score, level or school figures yet. Fill in the results before making the return package.</source>
        <translation>{file} मध्ये काहीही भरलेले नाही: त्याच्या आधीच भरलेल्या {count} ओळींमध्ये अद्याप गुण, स्तर किंवा शाळेची आकडेवारी नाही. परतावा पॅकेज तयार करण्यापूर्वी निकाल भरा.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Reading the template</source>
        <translation>साचा वाचत आहे</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/return_template.py" line="+109"/>
        <source>MoU {reference} covers no schools today: a return template would have no school to return data about.</source>
        <translation>MoU {reference} मध्ये आज कोणतीही शाळा समाविष्ट नाही: परतावा साच्यात डेटा परत करण्यासाठी शाळाच नसेल.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Give the name of the round the partner returns data for.</source>
        <translation>भागीदार संस्था ज्या फेरीचा डेटा परत पाठवणार आहे त्या फेरीचे नाव द्या.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The round&apos;s name is {count} characters long; at most {limit} fit.</source>
        <translation>फेरीचे नाव {count} अक्षरांचे आहे; जास्तीत जास्त {limit} अक्षरे चालतात.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/return_template_export.py" line="+180"/>
        <source>The folder {folder} does not exist (is the drive plugged in?). Choose another place; nothing was written.</source>
        <translation>{folder} हे फोल्डर अस्तित्वात नाही (ड्राइव्ह जोडलेली आहे का?). दुसरे ठिकाण निवडा; काहीही लिहिले नाही.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{folder} cannot be written to. Choose another folder; nothing was written.</source>
        <translation>{folder} मध्ये लिहिता येत नाही. दुसरे फोल्डर निवडा; काहीही लिहिले नाही.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{folder} already holds a file named {file}; it was left as it is. Choose another name, so that a template already given to a partner is not replaced.</source>
        <translation>{folder} मध्ये {file} नावाची फाइल आधीच आहे; ती आहे तशी ठेवली आहे. भागीदार संस्थेला आधीच दिलेला साचा बदलला जाऊ नये म्हणून दुसरे नाव निवडा.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{file} appeared in {folder} while the template was written.</source>
        <translation>साचा लिहीत असताना {folder} मध्ये {file} दिसली.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The template could not be written to {folder} ({reason}): the drive may be full or have been removed. Nothing was left on it and nothing was recorded.</source>
        <translation>साचा {folder} मध्ये लिहिता आला नाही ({reason}): ड्राइव्ह भरलेली असू शकते किंवा काढली गेली असू शकते. त्यावर काहीही ठेवले नाही आणि काहीही नोंदवले नाही.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Building the workbook</source>
        <translation>वर्कबुक तयार करत आहे</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing the file</source>
        <translation>फाइल लिहीत आहे</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/return_template_marks.py" line="+24"/>
        <source>format</source>
        <translation>स्वरूप</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version</source>
        <translation>आवृत्ती</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/services/exchange/return_template_reader.py" line="+134"/>
        <source>template id</source>
        <translation>साचा ओळख क्रमांक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MoU reference</source>
        <translation>MoU संदर्भ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>round</source>
        <translation>फेरी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>office</source>
        <translation>कार्यालय</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the template workbook the office made for this return, filled in without renaming anything</source>
        <translation>या परताव्यासाठी कार्यालयाने तयार केलेले साचा वर्कबुक, कशाचेही नाव न बदलता भरलेले</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/return_template_reader.py" line="-54"/>
        <source>is damaged and its sheet {sheet} cannot be read ({reason})</source>
        <translation>खराब झाले आहे आणि त्याची शीट {sheet} वाचता येत नाही ({reason})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>is not a return template of this app: {why}</source>
        <translation>या ॲपचा परतावा साचा नाही: {why}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it has no About sheet</source>
        <translation>त्यात About शीट नाही</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>its About sheet does not carry the template&apos;s marks</source>
        <translation>त्याच्या About शीटवर साच्याच्या खुणा नाहीत</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is of version {version}, which this version of the app does not read (it reads version {supported})</source>
        <translation>ते आवृत्ती {version} चे आहे, जी ॲपची ही आवृत्ती वाचत नाही (ती आवृत्ती {supported} वाचते)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the {marks} on its About sheet was changed or removed</source>
        <translation>त्याच्या About शीटवरील {marks} बदलले किंवा काढले गेले</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>only the template&apos;s headings: {headings}</source>
        <translation>केवळ साच्याची शीर्षके: {headings}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>column {letter}</source>
        <translation>स्तंभ {letter}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has values but no heading</source>
        <translation>मूल्ये आहेत पण शीर्षक नाही</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(column {letter}) is not a heading of this template</source>
        <translation>(स्तंभ {letter}) या साच्याचे शीर्षक नाही</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(column {letter}) is a second column with this heading</source>
        <translation>(स्तंभ {letter}) हे शीर्षक असलेला दुसरा स्तंभ आहे</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is missing: the heading was renamed or the column deleted</source>
        <translation>नाही: शीर्षकाचे नाव बदलले किंवा स्तंभ हटवला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the heading &quot;{column}&quot; as the template had it</source>
        <translation>साच्यात होते तसे &quot;{column}&quot; शीर्षक</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>is not this template&apos;s round</source>
        <translation>या साच्याची फेरी नाही</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{round}, or the cell left empty</source>
        <translation>{round}, किंवा कप्पा रिकामा</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>is not a workbook</source>
        <translation>वर्कबुक नाही</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is missing: the sheet was renamed or deleted</source>
        <translation>नाही: शीटचे नाव बदलले किंवा ती हटवली</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the template&apos;s sheets with their names unchanged (sheets not of the template: {others})</source>
        <translation>साच्याच्या शीट्स, नावे न बदलता (साच्यातील नसलेल्या शीट्स: {others})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the template&apos;s sheets with their names unchanged</source>
        <translation>साच्याच्या शीट्स, नावे न बदलता</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/scope.py" line="+124"/>
        <source>MoU {reference} has no data-sharing terms: it allows no data to leave the office.</source>
        <translation>MoU {reference} मध्ये डेटा सामायिकरणाच्या अटी नाहीत: तो कोणताही डेटा कार्यालयाबाहेर जाऊ देत नाही.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>MoU {reference} covers no schools today: there is nothing to share.</source>
        <translation>MoU {reference} मध्ये आज कोणतीही शाळा समाविष्ट नाही: सामायिक करण्यासारखे काही नाही.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>MoU {reference}</source>
        <translation>MoU {reference}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{reference} is {status}: it is not signed yet, so no data can be shared under it.</source>
        <translation>{reference} {status} आहे: त्यावर अद्याप स्वाक्षरी झालेली नाही, म्हणून त्याअंतर्गत डेटा सामायिक करता येत नाही.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{reference} was terminated on {day}; no data can be shared under it.</source>
        <translation>{reference} {day} रोजी संपुष्टात आणला; त्याअंतर्गत डेटा सामायिक करता येत नाही.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{reference} was terminated; no data can be shared under it.</source>
        <translation>{reference} संपुष्टात आणला आहे; त्याअंतर्गत डेटा सामायिक करता येत नाही.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{reference} expired on {day}; no data can be shared under it (renew it to share data again).</source>
        <translation>{reference} ची मुदत {day} रोजी संपली; त्याअंतर्गत डेटा सामायिक करता येत नाही (पुन्हा डेटा सामायिक करण्यासाठी नूतनीकरण करा).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{reference} expired on {day}; no data can be shared under it (extend it by an amendment or renew it to share data again).</source>
        <translation>{reference} ची मुदत {day} रोजी संपली; त्याअंतर्गत डेटा सामायिक करता येत नाही (पुन्हा डेटा सामायिक करण्यासाठी सुधारणेद्वारे मुदतवाढ द्या किंवा नूतनीकरण करा).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{reference} is signed but not yet active; activate it (from {day}) before sharing data under it.</source>
        <translation>{reference} स्वाक्षरित आहे पण अद्याप सक्रिय नाही; त्याअंतर्गत डेटा सामायिक करण्यापूर्वी तो सक्रिय करा ({day} पासून).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{reference} starts on {day}; no data can be shared under it before then.</source>
        <translation>{reference} {day} रोजी सुरू होतो; त्यापूर्वी त्याअंतर्गत डेटा सामायिक करता येत नाही.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose at least one category of data to share.</source>
        <translation>सामायिक करण्यासाठी डेटाचा किमान एक प्रवर्ग निवडा.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{code}&apos; is not a category of data; MoU {reference} allows: {allowed}.</source>
        <translation>&apos;{code}&apos; हा डेटाचा प्रवर्ग नाही; MoU {reference} अनुमती देतो: {allowed}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The data-sharing terms of MoU {reference} do not allow {label}; they allow: {allowed}.</source>
        <translation>MoU {reference} च्या डेटा सामायिकरणाच्या अटी {label} ला अनुमती देत नाहीत; त्या अनुमती देतात: {allowed}.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose at least one assessment round to share.</source>
        <translation>सामायिक करण्यासाठी किमान एक मूल्यमापन फेरी निवडा.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Assessment round #{number} no longer exists; it may have been deleted. Choose the rounds again.</source>
        <translation>मूल्यमापन फेरी #{number} आता अस्तित्वात नाही; ती हटवली गेली असू शकते. फेरी पुन्हा निवडा.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/sealing.py" line="+86"/>
        <source>The key derivation {name!r} is not one this version knows (scrypt).</source>
        <translation>की व्युत्पत्ती {name!r} ही आवृत्ती ओळखत नाही (scrypt).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key derivation&apos;s {field} is {value!r}, not a whole number.</source>
        <translation>की व्युत्पत्तीचे {field} {value!r} आहे, पूर्ण संख्या नाही.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key derivation asks for scrypt {field}={value}; at most {field}={highest} is allowed, so that opening a package cannot stall the computer.</source>
        <translation>की व्युत्पत्ती scrypt {field}={value} मागते; पॅकेज उघडताना संगणक अडकू नये म्हणून जास्तीत जास्त {field}={highest} अनुमत आहे.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The key derivation asks for scrypt {field}={value}; at least {field}={lowest} is needed for a passphrase to resist guessing.</source>
        <translation>की व्युत्पत्ती scrypt {field}={value} मागते; पासफ्रेजचा अंदाज लावता येऊ नये म्हणून किमान {field}={lowest} आवश्यक आहे.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The key derivation&apos;s n={value} is not a power of two.</source>
        <translation>की व्युत्पत्तीचे n={value} हे दोनचा घात नाही.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The key derivation&apos;s salt is not {count} bytes of base64.</source>
        <translation>की व्युत्पत्तीचा salt {count} बाइट्सचा base64 नाही.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The passphrase needs at least {least} characters; this one has {length}. The package may pass through many computers, and a short passphrase can be found by a program trying every combination. Use the suggested one, or a longer phrase.</source>
        <translation>पासफ्रेजमध्ये किमान {least} अक्षरे हवीत; यात {length} आहेत. पॅकेज अनेक संगणकांमधून जाऊ शकते, आणि प्रत्येक संयोजन वापरून पाहणारा प्रोग्राम लहान पासफ्रेज शोधू शकतो. सुचवलेला पासफ्रेज वापरा, किंवा अधिक लांब वाक्यांश.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The encrypted data does not start with its header.</source>
        <translation>कूटबद्ध डेटा त्याच्या शीर्षभागाने सुरू होत नाही.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key does not open the encrypted data.</source>
        <translation>या कीने कूटबद्ध डेटा उघडत नाही.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The encrypted data ends part-way through a chunk.</source>
        <translation>कूटबद्ध डेटा एका भागाच्या मध्येच संपतो.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Part {part} of {count} of the encrypted data does not authenticate: it was damaged, cut short, reordered, or has bytes after its end.</source>
        <translation>कूटबद्ध डेटाच्या {count} पैकी भाग {part} ची सत्यता पडताळता येत नाही: तो खराब झाला, अपूर्ण आहे, क्रम बदलला आहे, किंवा त्याच्या शेवटानंतर बाइट्स आहेत.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/tables.py" line="+328"/>
        <source>Table {number} of {total}: {category}</source>
        <translation>{total} पैकी तक्ता {number}: {category}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tables ready</source>
        <translation>तक्ते तयार</translation>
    </message>
</context>
<context>
    <name>ExchangeKeysTab</name>
    <message>
        <location filename="../../desktop/ui/pages/exchange_keys_tab.py" line="+48"/>
        <source>This office has no signing key yet. One is created at the first export, or now with Create key…</source>
        <translation>या कार्यालयाची अद्याप स्वाक्षरी की नाही. पहिल्या निर्यातीच्या वेळी, किंवा आत्ता &apos;की तयार करा…&apos; द्वारे ती तयार होते.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Copy</source>
        <translation>कॉपी करा(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the public key, to send it to a partner</source>
        <translation>भागीदार संस्थेला पाठवण्यासाठी सार्वजनिक की कॉपी करा</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create &amp;key…</source>
        <translation>की तयार करा…(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;place key…</source>
        <translation>की बदला…(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This office&apos;s signing key</source>
        <translation>या कार्यालयाची स्वाक्षरी की</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>Fingerprint</source>
        <translation>फिंगरप्रिंट</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Public key</source>
        <translation>सार्वजनिक की</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Register partner key…</source>
        <translation>भागीदार संस्थेची की नोंदवा…(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;tire…</source>
        <translation>वापरातून काढा…(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show retired keys</source>
        <translation>वापरातून काढलेल्या की दाखवा(&amp;S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organisation</source>
        <translation>संस्था</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>ओळख नाव</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registered on</source>
        <translation>नोंदणी दिनांक</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>कोणी</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retired on</source>
        <translation>वापरातून काढल्याचा दिनांक</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Partners&apos; keys (packages from partners must be signed with one of these)</source>
        <translation>भागीदार संस्थांच्या की (भागीदार संस्थांकडून येणारी पॅकेजेस यांपैकी एका की ने स्वाक्षरित असणे आवश्यक आहे)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Created on %s</source>
        <translation>%s रोजी तयार केली</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created on %(date)s by %(who)s</source>
        <translation>%(date)s रोजी %(who)s यांनी तयार केली</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Earlier keys, still trusted for the packages they signed: %s</source>
        <translation>आधीच्या की, त्यांनी स्वाक्षरित केलेल्या पॅकेजेससाठी अजूनही विश्वसनीय: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%(fingerprint)s (retired %(date)s: %(reason)s)</source>
        <translation>%(fingerprint)s (%(date)s रोजी वापरातून काढली: %(reason)s)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The private key is protected by a passphrase, asked for at every export.</source>
        <translation>खासगी की पासफ्रेजने संरक्षित आहे, जो प्रत्येक निर्यातीच्या वेळी विचारला जातो.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The private key is kept by Windows Credential Manager on this PC.</source>
        <translation>खासगी की या संगणकावर Windows Credential Manager मध्ये ठेवलेली आहे.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The private key is kept by the system keyring on this PC.</source>
        <translation>खासगी की या संगणकावर प्रणालीच्या कीरिंगमध्ये ठेवलेली आहे.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Public key copied.</source>
        <translation>सार्वजनिक की कॉपी केली.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing key %s created.</source>
        <translation>स्वाक्षरी की %s तयार केली.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key with fingerprint %s is retired now, and the next package you export creates a new key. Every partner will need a new hand-over receipt with the new fingerprint before they can check packages from this office. Packages already signed with this key stay valid.</source>
        <translation>%s फिंगरप्रिंट असलेली की आता वापरातून काढली जाईल, आणि आपण पुढे निर्यात कराल त्या पॅकेजसोबत नवीन की तयार होईल. या कार्यालयाकडून आलेली पॅकेजेस तपासण्यापूर्वी प्रत्येक भागीदार संस्थेला नवीन फिंगरप्रिंट असलेली नवीन हस्तांतरण पावती लागेल. या की ने आधीच स्वाक्षरित झालेली पॅकेजेस वैध राहतील.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace the office&apos;s signing key</source>
        <translation>कार्यालयाची स्वाक्षरी की बदला</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>Retire key</source>
        <translation>की वापरातून काढा</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Key retired; the next export creates a new one. Give partners its new receipt.</source>
        <translation>की वापरातून काढली; पुढील निर्यातीत नवीन की तयार होईल. भागीदार संस्थांना तिची नवीन पावती द्या.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Key %(fingerprint)s registered for %(organisation)s.</source>
        <translation>की %(fingerprint)s, %(organisation)s साठी नोंदवली.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Packages signed with %(organisation)s&apos;s key %(fingerprint)s will be refused from now on. Register the partner&apos;s new key from their new receipt.</source>
        <translation>%(organisation)s यांच्या %(fingerprint)s की ने स्वाक्षरित पॅकेजेस आतापासून नाकारली जातील. भागीदार संस्थेच्या नवीन पावतीवरून त्यांची नवीन की नोंदवा.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retire %s&apos;s key</source>
        <translation>%s यांची की वापरातून काढा</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Key %s retired.</source>
        <translation>की %s वापरातून काढली.</translation>
    </message>
</context>
<context>
    <name>ExchangeLogTab</name>
    <message>
        <location filename="../../desktop/ui/pages/exchange_log_actions.py" line="-185"/>
        <source>A return template is not signed, so it has no hand-over receipt</source>
        <translation>परतावा साचा स्वाक्षरित नसतो, त्यामुळे त्याला हस्तांतरण पावती नसते</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>A hand-over receipt is printed for packages sent to a partner</source>
        <translation>भागीदार संस्थेला पाठवलेल्या पॅकेजेससाठी हस्तांतरण पावती मुद्रित केली जाते</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Only data sent to a partner can be deleted by them</source>
        <translation>भागीदार संस्थेला पाठवलेला डेटाच त्यांच्याकडून नष्ट केला जाऊ शकतो</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only an import can be undone; a package sent stays in the log</source>
        <translation>केवळ आयात पूर्ववत करता येते; पाठवलेले पॅकेज नोंदवहीत कायम राहते</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an import can be undone; a template given to a partner stays in the log</source>
        <translation>केवळ आयात पूर्ववत करता येते; भागीदार संस्थेला दिलेला साचा नोंदवहीत कायम राहतो</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This entry already takes back an import</source>
        <translation>ही नोंद आधीच एक आयात मागे घेते</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save the hand-over receipt</source>
        <translation>हस्तांतरण पावती जतन करा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फाइल्स (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Receipt saved to %s</source>
        <translation>पावती %s मध्ये जतन केली</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Undo import</source>
        <translation>आयात पूर्ववत करा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the import of %(package)s from %(partners)s (received on %(date)s)?

Everything it stored is taken back as a whole. A backup of the database is made first; the log keeps both entries.</source>
        <translation>%(date)s रोजी प्राप्त झालेली, %(partners)s यांच्याकडील %(package)s ची आयात पूर्ववत करायची?

तिने जतन केलेले सर्व काही एकत्रितपणे मागे घेतले जाईल. त्याआधी डेटाबेसचा बॅकअप घेतला जातो; नोंदवहीत दोन्ही नोंदी राहतात.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Undoing the import of %s</source>
        <translation>%s ची आयात पूर्ववत करत आहे</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import undone; the database as it was is kept in %s</source>
        <translation>आयात पूर्ववत केली; आधीचा डेटाबेस %s मध्ये ठेवला आहे</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The partner&apos;s deletion is already recorded</source>
        <translation>भागीदार संस्थेने नष्ट केल्याची नोंद आधीच झाली आहे</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This import was already undone</source>
        <translation>ही आयात आधीच पूर्ववत केली आहे</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/exchange_log_parts.py" line="+81"/>
        <source>No package sent to a partner carried data about %s.</source>
        <translation>भागीदार संस्थेला पाठवलेल्या कोणत्याही पॅकेजमध्ये %s विषयी डेटा नव्हता.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 package carried data about %s.</source>
        <translation>1 पॅकेजमध्ये %s विषयी डेटा होता.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%(count)s packages carried data about %(whom)s.</source>
        <translation>%(count)s पॅकेजेसमध्ये %(whom)s विषयी डेटा होता.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Still held by: %s.</source>
        <translation>अजूनही यांच्याकडे: %s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted by: %s.</source>
        <translation>यांनी नष्ट केला: %s.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/exchange_log_tab.py" line="+51"/>
        <source>Sent to partners</source>
        <translation>भागीदार संस्थांना पाठवलेले</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received from partners</source>
        <translation>भागीदार संस्थांकडून प्राप्त</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>S&amp;how them</source>
        <translation>ती दाखवा(&amp;H)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent and received</source>
        <translation>पाठवलेले व प्राप्त</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any partner</source>
        <translation>कोणतीही भागीदार संस्था</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search by MoU reference</source>
        <translation>MoU संदर्भानुसार शोधा</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;From</source>
        <translation>पासून(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;to</source>
        <translation>पर्यंत(&amp;T)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>UDISE code of a school, or a student&apos;s id</source>
        <translation>शाळेचा UDISE क्रमांक, किंवा विद्यार्थ्याचा ओळख क्रमांक</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;School (UDISE code)</source>
        <translation>शाळा (UDISE क्रमांक)(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stude&amp;nt id</source>
        <translation>विद्यार्थी ओळख क्रमांक(&amp;N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who holds data about…</source>
        <translation>यांच्याविषयीचा डेटा कोणाकडे आहे…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show &amp;whole log</source>
        <translation>संपूर्ण नोंदवही दाखवा(&amp;W)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Details…</source>
        <translation>तपशील…(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;receipt…</source>
        <translation>पावती जतन करा…(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record de&amp;letion…</source>
        <translation>नष्ट केल्याची नोंद करा…(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo import…</source>
        <translation>आयात पूर्ववत करा…(&amp;U)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Date</source>
        <translation>दिनांक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>घटना</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>स्थिती</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MoU</source>
        <translation>MoU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner(s)</source>
        <translation>भागीदार संस्था</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>प्रवर्ग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation>नोंदी</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schools</source>
        <translation>शाळा</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep until</source>
        <translation>या दिनांकापर्यंत ठेवावे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package file</source>
        <translation>पॅकेज फाइल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>कोणी</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>1 package is past its keep-until date: ask the partner to confirm deletion.</source>
        <translation>1 पॅकेज ठेवण्याची मुदत उलटून गेली आहे: भागीदार संस्थेकडे ते नष्ट केल्याची पुष्टी मागा.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%s packages are past their keep-until date: ask the partners to confirm deletion.</source>
        <translation>%s पॅकेजेसची ठेवण्याची मुदत उलटून गेली आहे: भागीदार संस्थांकडे ती नष्ट केल्याची पुष्टी मागा.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%(shown)s of %(total)s</source>
        <translation>%(total)s पैकी %(shown)s</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import undone</source>
        <translation>आयात पूर्ववत केली</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported</source>
        <translation>आयात केले</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes back an earlier import</source>
        <translation>आधीची आयात मागे घेते</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Packages past their keep-until date, deletion not confirmed: %s</source>
        <translation>ठेवण्याची मुदत उलटलेली, नष्ट केल्याची पुष्टी नसलेली पॅकेजेस: %s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>school %s</source>
        <translation>शाळा %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>student %s</source>
        <translation>विद्यार्थी %s</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Deletion of %s recorded.</source>
        <translation>%s नष्ट केल्याची नोंद झाली.</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../../desktop/ui/pages/exchange_page.py" line="+29"/>
        <source>&amp;Export package…</source>
        <translation>पॅकेज निर्यात करा…(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a signed, encrypted package for a partner under an active MoU</source>
        <translation>सक्रिय MoU अंतर्गत भागीदार संस्थेसाठी स्वाक्षरित, कूटबद्ध पॅकेज लिहा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import package…</source>
        <translation>पॅकेज आयात करा…(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a partner&apos;s package and import what it holds</source>
        <translation>भागीदार संस्थेचे पॅकेज तपासा आणि त्यातील डेटा आयात करा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return &amp;template…</source>
        <translation>परतावा साचा…(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the workbook a partner without the app fills in to send data back (logged)</source>
        <translation>ॲप नसलेली भागीदार संस्था डेटा परत पाठवण्यासाठी भरते ते वर्कबुक जतन करा (नोंदवहीत नोंद होते)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exchange log</source>
        <translation>देवाणघेवाण नोंदवही</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>की</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange with partners</source>
        <translation>भागीदार संस्थांशी डेटा देवाणघेवाण</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%s saved and recorded in the log.</source>
        <translation>%s जतन केले आणि नोंदवहीत नोंदवले.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../desktop/ui/dialogs/export_wizard.py" line="+81"/>
        <source>Export a package for a partner</source>
        <translation>भागीदार संस्थेसाठी पॅकेज निर्यात करा</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Close</source>
        <translation>बंद करा</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/import_file_page.py" line="+40"/>
        <source>Text file (CSV)</source>
        <translation>मजकूर फाइल (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook</source>
        <translation>Excel वर्कबुक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel 97-2003 workbook</source>
        <translation>Excel 97-2003 वर्कबुक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument spreadsheet</source>
        <translation>OpenDocument स्प्रेडशीट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GeoJSON</source>
        <translation>GeoJSON</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the file</source>
        <translation>फाइल निवडा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what the file holds and choose it; check that it is read as it should be.</source>
        <translation>फाइलमध्ये काय आहे ते सांगा आणि ती निवडा; ती योग्य प्रकारे वाचली जात आहे ना हे तपासा.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schools with their UDISE codes, names, blocks and clusters (e.g. a UDISE list).</source>
        <translation>UDISE क्रमांक, नावे, तालुके व केंद्रांसह शाळा (उदा. UDISE यादी).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row per school for a round: enrolment, attendance, teachers and the like.</source>
        <translation>फेरीसाठी प्रत्येक शाळेची एक ओळ: पटसंख्या, उपस्थिती, शिक्षक इत्यादी.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per student and subject for a round: scores or levels.</source>
        <translation>फेरीसाठी प्रत्येक विद्यार्थी व विषयाची एक ओळ: गुण किंवा स्तर.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file holds</source>
        <translation>फाइलमध्ये आहे</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose file…</source>
        <translation>फाइल निवडा…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+167"/>
        <source>No file chosen yet.</source>
        <translation>अद्याप फाइल निवडलेली नाही.</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>New round…</source>
        <translation>नवीन फेरी…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assessment round:</source>
        <translation>मूल्यमापन फेरी:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Format</source>
        <translation>स्वरूप</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding</source>
        <translation>एन्कोडिंग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delimiter</source>
        <translation>विभाजक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet</source>
        <translation>शीट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header row</source>
        <translation>शीर्ष ओळ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as</source>
        <translation>असे वाचा</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The first rows of the file (the header row is shaded)</source>
        <translation>फाइलमधील पहिल्या ओळी (शीर्ष ओळ छायांकित आहे)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>— choose the round —</source>
        <translation>— फेरी निवडा —</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose the file (several for GeoJSON pages)</source>
        <translation>फाइल निवडा (GeoJSON पृष्ठांसाठी अनेक)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data files (%s);;All files (*)</source>
        <translation>डेटा फाइल्स (%s);;सर्व फाइल्स (*)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%(file)s could not be read: %(error)s</source>
        <translation>%(file)s वाचता आली नाही: %(error)s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/package_import_pages.py" line="+94"/>
        <source>What did the partner send?</source>
        <translation>भागीदार संस्थेने काय पाठवले?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A package (.zip) made by the partner&apos;s app, or the return template (.xlsx) this office gave a partner without the app, filled in. Nothing is stored before the last page.</source>
        <translation>भागीदार संस्थेच्या ॲपने तयार केलेले पॅकेज (.zip), किंवा या कार्यालयाने ॲप नसलेल्या भागीदार संस्थेला दिलेला व त्यांनी भरलेला परतावा साचा (.xlsx). शेवटच्या पृष्ठापूर्वी काहीही जतन केले जात नाही.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File</source>
        <translation>फाइल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive</source>
        <translation>ड्राइव्ह</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Modified</source>
        <translation>सुधारित</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Packages on removable drives</source>
        <translation>काढता येणाऱ्या ड्राइव्हवरील पॅकेजेस</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Refresh</source>
        <translation>अद्ययावत करा(&amp;R)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a package above, or browse for a .zip or .xlsx file</source>
        <translation>वरील पॅकेज निवडा, किंवा .zip किंवा .xlsx फाइल शोधा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bro&amp;wse…</source>
        <translation>ब्राउझ करा…(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>फाइल:(&amp;F)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the package says about itself — not yet verified</source>
        <translation>पॅकेज स्वतःविषयी काय सांगते — अद्याप पडताळलेले नाही</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Claims to be from:</source>
        <translation>यांच्याकडून असल्याचा दावा:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under MoU:</source>
        <translation>संबंधित MoU:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round:</source>
        <translation>फेरी:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created:</source>
        <translation>तयार केल्याची वेळ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holds:</source>
        <translation>समाविष्ट:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signer&apos;s key fingerprint:</source>
        <translation>स्वाक्षरी करणाऱ्याच्या की चा फिंगरप्रिंट:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;gister partner key…</source>
        <translation>भागीदार संस्थेची की नोंदवा…(&amp;G)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A filled return template is not signed: nothing proves who filled it in or that it was not changed on the way. It is checked by the baseline import rules only. Check with the partner that this is the file they sent.</source>
        <translation>भरलेला परतावा साचा स्वाक्षरित नसतो: तो कोणी भरला किंवा वाटेत बदलला गेला नाही हे सिद्ध करणारे काहीही नाही. तो केवळ पायाभूत चाचणीच्या आयात नियमांनुसार तपासला जातो. हीच फाइल त्यांनी पाठवली आहे याची भागीदार संस्थेकडून खात्री करा.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%d found. Plugged a drive in just now? Refresh the list.</source>
        <translation>%d आढळले. आत्ताच ड्राइव्ह जोडली? यादी अद्ययावत करा.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No package on a removable drive. Plug the partner&apos;s drive in and Refresh, or Browse.</source>
        <translation>काढता येणाऱ्या ड्राइव्हवर कोणतेही पॅकेज नाही. भागीदार संस्थेची ड्राइव्ह जोडा आणि &apos;अद्ययावत करा&apos;, किंवा &apos;ब्राउझ करा&apos;.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What the partner sent</source>
        <translation>भागीदार संस्थेने काय पाठवले</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packages and return templates (*.zip *.xlsx);;Packages (*.zip);;Return templates (*.xlsx)</source>
        <translation>पॅकेजेस व परतावा साचे (*.zip *.xlsx);;पॅकेजेस (*.zip);;परतावा साचे (*.xlsx)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%s is neither a package (.zip) nor a return template (.xlsx). Choose the file exactly as the partner handed it over.</source>
        <translation>%s हे पॅकेज (.zip) नाही आणि परतावा साचाही (.xlsx) नाही. भागीदार संस्थेने दिली तशीच फाइल निवडा.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no file %s.</source>
        <translation>%s ही फाइल अस्तित्वात नाही.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%(file)s cannot be read: %(error)s</source>
        <translation>%(file)s वाचता येत नाही: %(error)s</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(names none)</source>
        <translation>(काहीही नमूद नाही)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This package was made for a partner, not for the district: only packages partners make for the office are imported.</source>
        <translation>हे पॅकेज जिल्ह्यासाठी नव्हे तर भागीदार संस्थेसाठी तयार केले आहे: भागीदार संस्थांनी कार्यालयासाठी तयार केलेली पॅकेजेसच आयात केली जातात.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%s (today)</source>
        <translation>%s (आज)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%(when)s (%(days)d days ago)</source>
        <translation>%(when)s (%(days)d दिवसांपूर्वी)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s (later than today: check the partner&apos;s computer clock)</source>
        <translation>%s (आजच्या नंतरचा: भागीदार संस्थेच्या संगणकाचे घड्याळ तपासा)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%(category)s: %(count)s records</source>
        <translation>%(category)s: %(count)s नोंदी</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This package is signed with this office&apos;s own key: it was made here for a partner. Only packages from partners are imported.</source>
        <translation>हे पॅकेज या कार्यालयाच्याच की ने स्वाक्षरित आहे: ते येथे भागीदार संस्थेसाठी तयार केले होते. केवळ भागीदार संस्थांकडून आलेली पॅकेजेसच आयात केली जातात.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No partner&apos;s key with this fingerprint is registered, so the signature cannot be checked. Register the partner&apos;s key from their hand-over receipt — its fingerprint must be the one above — then go on.</source>
        <translation>या फिंगरप्रिंटची कोणत्याही भागीदार संस्थेची की नोंदवलेली नाही, त्यामुळे स्वाक्षरी तपासता येत नाही. भागीदार संस्थेच्या हस्तांतरण पावतीवरून त्यांची की नोंदवा — तिचा फिंगरप्रिंट वरीलप्रमाणेच असला पाहिजे — आणि मग पुढे जा.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This key was registered for %(organisation)s but retired on %(retired)s (%(reason)s): packages signed with it are refused. Ask the partner for a package signed with their new key.</source>
        <translation>ही की %(organisation)s साठी नोंदवली होती, परंतु %(retired)s रोजी वापरातून काढली (%(reason)s): तिने स्वाक्षरित पॅकेजेस नाकारली जातात. भागीदार संस्थेकडे त्यांच्या नवीन की ने स्वाक्षरित पॅकेज मागा.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key is registered for %s. The signature, the files and the passphrase are checked in the next steps, before anything is read.</source>
        <translation>ही की %s साठी नोंदवलेली आहे. काहीही वाचण्यापूर्वी पुढील टप्प्यांत स्वाक्षरी, फाइल्स व पासफ्रेज तपासले जातात.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../desktop/services/stored_files.py" line="+62"/>
        <source>{name} is {size}; at most {limit} can be kept.</source>
        <translation>{name} चा आकार {size} आहे; जास्तीत जास्त {limit} ठेवता येते.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is {bytes} bytes, just over the {limit} limit ({limit_bytes} bytes).</source>
        <translation>{name} चा आकार {bytes} बाइट्स आहे, {limit} मर्यादेपेक्षा ({limit_bytes} बाइट्स) थोडा अधिक.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is empty.</source>
        <translation>{name} रिकामी आहे.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not a PNG or JPEG image.</source>
        <translation>{name} ही PNG किंवा JPEG प्रतिमा नाही.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is not a PDF, PNG or JPEG file.</source>
        <translation>{name} ही PDF, PNG किंवा JPEG फाइल नाही.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is not a supported file.</source>
        <translation>{name} ही समर्थित फाइल नाही.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} cannot be read: {reason}.</source>
        <translation>{name} वाचता येत नाही: {reason}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The stored file {sha256}… is missing from the database.</source>
        <translation>जतन केलेली फाइल {sha256}… डेटाबेसमध्ये आढळत नाही.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stored file {sha256}… has changed since it was saved; restore a backup or attach the file again.</source>
        <translation>जतन केलेली फाइल {sha256}… जतन केल्यापासून बदलली आहे; बॅकअप पुनर्संचयित करा किंवा फाइल पुन्हा जोडा.</translation>
    </message>
</context>
<context>
    <name>FundingField</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_widgets.py" line="+251"/>
        <source>Non-financial</source>
        <translation>आर्थिक तरतूद नाही</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funded, amount ₹</source>
        <translation>निधीसह, रक्कम ₹</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 12,50,000</source>
        <translation>उदा. 12,50,000</translation>
    </message>
</context>
<context>
    <name>GenerateReviewsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/cadence_dialogs.py" line="+26"/>
        <source>Generate 2-4-6-8 reviews</source>
        <translation>2-4-6-8 आढावा बैठका तयार करा</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Left empty: the venue is filled in later, meeting by meeting</source>
        <translation>रिकामे ठेवल्यास: बैठकीचे ठिकाण नंतर प्रत्येक बैठकीसाठी भरले जाईल</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office</source>
        <translation>कार्यालय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>महिना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start time</source>
        <translation>सुरुवातीची वेळ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>ठिकाण</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Body</source>
        <translation>समिती</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>स्तर</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit</source>
        <translation>घटक</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>दिनांक</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting</source>
        <translation>बैठक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>टीप</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Generate</source>
        <translation>तयार करा</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>already scheduled</source>
        <translation>आधीच नियोजित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to be scheduled</source>
        <translation>नियोजित करायची</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none this month</source>
        <translation>या महिन्यात नाही</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No review group of this office is on the 2-4-6-8 cadence in %s. Form review groups first (Review groups… on the Meetings page), or choose the office that convenes them.</source>
        <translation>%s मध्ये या कार्यालयाचा कोणताही आढावा गट 2-4-6-8 पद्धतीनुसार नाही. प्रथम आढावा गट स्थापन करा (&apos;बैठका&apos; पृष्ठावरील &apos;आढावा गट…&apos;), किंवा त्यांचे संयोजन करणारे कार्यालय निवडा.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%(month)s: %(groups)s review groups; %(to_schedule)s meetings to schedule, %(scheduled)s already scheduled, %(without_review)s without a review.</source>
        <translation>%(month)s: %(groups)s आढावा गट; %(to_schedule)s बैठका नियोजित करायच्या, %(scheduled)s आधीच नियोजित, %(without_review)s आढाव्याविना.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Scheduling the reviews of %s</source>
        <translation>%s च्या आढावा बैठका नियोजित करत आहे</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Meetings scheduled: %(created)s. Already scheduled, left as they were: %(existing)s. Without a review: %(skipped)s.</source>
        <translation>नियोजित बैठका: %(created)s. आधीच नियोजित, तशाच ठेवलेल्या: %(existing)s. आढाव्याविना: %(skipped)s.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>… and %s more (see the Note column).</source>
        <translation>… आणि आणखी %s (&apos;टीप&apos; स्तंभ पाहा).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled; no meeting was scheduled.</source>
        <translation>रद्द केले; कोणतीही बैठक नियोजित केली नाही.</translation>
    </message>
</context>
<context>
    <name>Geography</name>
    <message>
        <location filename="../../desktop/services/calendar/review_groups.py" line="+6"/>
        <location filename="../../desktop/services/geography.py" line="+126"/>
        <location line="+17"/>
        <source>District</source>
        <translation>जिल्हा</translation>
    </message>
    <message>
        <location filename="../../desktop/services/geography.py" line="-54"/>
        <source>District name</source>
        <translation>जिल्ह्याचे नाव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UDISE district code</source>
        <translation>UDISE जिल्हा क्रमांक</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>UDISE district code &apos;{code}&apos; must be 4 digits (state 2 + district 2).</source>
        <translation>UDISE जिल्हा क्रमांक &apos;{code}&apos; 4 अंकी असावा (राज्य 2 + जिल्हा 2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A district named {name} already exists.</source>
        <translation>{name} नावाचा जिल्हा आधीच अस्तित्वात आहे.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another district already has UDISE code {code}.</source>
        <translation>UDISE क्रमांक {code} आधीच दुसऱ्या जिल्ह्याचा आहे.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+66"/>
        <location line="+84"/>
        <source>Local name</source>
        <translation>स्थानिक नाव</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>The UDISE district code cannot change while the district has schools.</source>
        <translation>जिल्ह्यात शाळा असताना UDISE जिल्हा क्रमांक बदलता येत नाही.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{count} block</source>
        <translation>{count} तालुका</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} blocks</source>
        <translation>{count} तालुके</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} office</source>
        <translation>{count} कार्यालय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} offices</source>
        <translation>{count} कार्यालये</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{district} still has {blocks} and {offices}; remove them first.</source>
        <translation>{district} मध्ये अजून {blocks} आणि {offices} आहेत; आधी ते काढून टाका.</translation>
    </message>
    <message>
        <source>{district} district</source>
        <translation type="vanished">{district} जिल्हा</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Block name</source>
        <translation>तालुक्याचे नाव</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the district the block belongs to.</source>
        <translation>तालुका ज्या जिल्ह्यात आहे तो जिल्हा निवडा.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The district already has a block named {name}.</source>
        <translation>जिल्ह्यात {name} नावाचा तालुका आधीच आहे.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/baseline/analysis.py" line="+288"/>
        <location filename="../../desktop/services/geography.py" line="+16"/>
        <location line="+18"/>
        <source>Block</source>
        <translation>तालुका</translation>
    </message>
    <message>
        <location filename="../../desktop/services/geography.py" line="-14"/>
        <source>A block with schools cannot move to another district.</source>
        <translation>शाळा असलेला तालुका दुसऱ्या जिल्ह्यात हलवता येत नाही.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{count} cluster</source>
        <translation>{count} केंद्र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} clusters</source>
        <translation>{count} केंद्रे</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} school</source>
        <translation>{count} शाळा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} schools</source>
        <translation>{count} शाळा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Block {block} still has {clusters} and {schools}; move or delete them first.</source>
        <translation>तालुका {block} मध्ये अजून {clusters} आणि {schools} आहेत; आधी ती हलवा किंवा हटवा.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Block {block}</source>
        <translation>तालुका {block}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cluster name</source>
        <translation>केंद्राचे नाव</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the block the cluster belongs to.</source>
        <translation>केंद्र ज्या तालुक्यात आहे तो तालुका निवडा.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The block already has a cluster named {name}.</source>
        <translation>तालुक्यात {name} नावाचे केंद्र आधीच आहे.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/baseline/analysis.py" line="+2"/>
        <location filename="../../desktop/services/geography.py" line="+16"/>
        <location line="+15"/>
        <source>Cluster</source>
        <translation>केंद्र</translation>
    </message>
    <message>
        <location filename="../../desktop/services/geography.py" line="-11"/>
        <source>A cluster with schools cannot move to another block.</source>
        <translation>शाळा असलेले केंद्र दुसऱ्या तालुक्यात हलवता येत नाही.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cluster {cluster} still has one school; move it first.</source>
        <translation>केंद्र {cluster} मध्ये अजून एक शाळा आहे; आधी ती हलवा.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster {cluster} still has {count} schools; move them first.</source>
        <translation>केंद्र {cluster} मध्ये अजून {count} शाळा आहेत; आधी त्या हलवा.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cluster {cluster}</source>
        <translation>केंद्र {cluster}</translation>
    </message>
</context>
<context>
    <name>GeographyPage</name>
    <message>
        <location filename="../../desktop/ui/pages/geography_page.py" line="+88"/>
        <source>Blocks</source>
        <translation>तालुके</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block</source>
        <translation>तालुका</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block (regional)</source>
        <translation>तालुका (प्रादेशिक)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clusters</source>
        <translation>केंद्रे</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster</source>
        <translation>केंद्र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster (regional)</source>
        <translation>केंद्र (प्रादेशिक)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Blocks and clusters</source>
        <translation>तालुके व केंद्रे</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No district yet. Add your district first; its blocks and clusters come next.</source>
        <translation>अद्याप जिल्हा जोडलेला नाही. प्रथम आपला जिल्हा जोडा; त्यानंतर त्यातील तालुके व केंद्रे जोडा.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add district…</source>
        <translation>जिल्हा जोडा…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%(name)s&lt;/b&gt;%(local)s, %(state)s — UDISE district code %(code)s</source>
        <translation>&lt;b&gt;%(name)s&lt;/b&gt;%(local)s, %(state)s — UDISE जिल्हा क्रमांक %(code)s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit district…</source>
        <translation>जिल्हा संपादित करा…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clusters of %s</source>
        <translation>%s ची केंद्रे</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clusters (choose a block)</source>
        <translation>केंद्रे (तालुका निवडा)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Delete the cluster %s?</source>
        <translation>%s हे केंद्र हटवायचे?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the block %s?</source>
        <translation>%s हा तालुका हटवायचा?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>हटवा</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot delete</source>
        <translation>हटवता येत नाही</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/meeting_attendance.py" line="+37"/>
        <source>Add a guest</source>
        <translation>निमंत्रित जोडा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A person in the records</source>
        <translation>नोंदीतील व्यक्ती</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else</source>
        <translation>अन्य व्यक्ती</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>नाव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Designation</source>
        <translation>पदनाम</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>जोडा</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the person from the list.</source>
        <translation>यादीतून व्यक्ती निवडा.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the guest&apos;s name.</source>
        <translation>निमंत्रिताचे नाव टाइप करा.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/action_item_dialogs.py" line="+11"/>
        <source>History of the action item</source>
        <translation>कार्यवाहीच्या मुद्द्याचा इतिहास</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>दिनांक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>घटना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>बैठक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>टीप</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Origin</source>
        <translation>उगम</translation>
    </message>
</context>
<context>
    <name>HolidayDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/holiday_dialogs.py" line="-61"/>
        <source>New holiday</source>
        <translation>नवीन सुट्टी</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holiday: %s</source>
        <translation>सुट्टी: %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>दिनांक</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>नाव</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Kannada Rajyotsava</source>
        <translation>उदा. महाराष्ट्र दिन</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/package_import_run.py" line="+28"/>
        <source>Nothing was imported; the database is as it was.</source>
        <translation>काहीही आयात केले नाही; डेटाबेस पूर्वीसारखाच आहे.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import can be undone as a whole: on the Exchange page, select it in the exchange log and choose Undo import.</source>
        <translation>संपूर्ण आयात एकत्रितपणे पूर्ववत करता येते: &apos;डेटा देवाणघेवाण&apos; पृष्ठावर देवाणघेवाण नोंदवहीत ती निवडा आणि &apos;आयात पूर्ववत करा&apos; निवडा.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import</source>
        <translation>आयात</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything is checked again and stored in one go, after a backup of the database: all of it or nothing.</source>
        <translation>डेटाबेसचा बॅकअप घेतल्यानंतर सर्व काही पुन्हा तपासले जाते आणि एकाच वेळी जतन केले जाते: सर्व किंवा काहीच नाही.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What will be imported</source>
        <translation>काय आयात केले जाईल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation>आयात करा(&amp;I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cance&amp;l import</source>
        <translation>आयात रद्द करा(&amp;L)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Imported</source>
        <translation>आयात केले</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stored:</source>
        <translation>जतन केले:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts:</source>
        <translation>विसंगती:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup taken first:</source>
        <translation>आधी घेतलेला बॅकअप:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange log:</source>
        <translation>देवाणघेवाण नोंदवही:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To undo:</source>
        <translation>पूर्ववत करण्यासाठी:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>signed by %s</source>
        <translation>%s यांनी स्वाक्षरित</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not signed, filled in for %s</source>
        <translation>स्वाक्षरित नाही, %s यांनी भरलेले</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%(package)s (%(signer)s)</source>
        <translation>%(package)s (%(signer)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MoU %(mou)s; round %(round)s</source>
        <translation>MoU %(mou)s; फेरी %(round)s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>• %(table)s: %(created)s to add, %(updated)s to update, %(unchanged)s unchanged</source>
        <translation>• %(table)s: %(created)s जोडायच्या, %(updated)s अद्ययावत करायच्या, %(unchanged)s अपरिवर्तित</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Conflicts with newer office data: the office&apos;s value kept in %(kept)s, the package&apos;s taken in %(taken)s.</source>
        <translation>कार्यालयाच्या अधिक नवीन डेटाशी विसंगती: %(kept)s मध्ये कार्यालयाचे मूल्य ठेवले, %(taken)s मध्ये पॅकेजचे घेतले.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelled. </source>
        <translation>रद्द केले. </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing…</source>
        <translation>आयात करत आहे…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The import stopped: %s. It was rolled back.</source>
        <translation>आयात थांबली: %s. ती पूर्ववत केली गेली.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import stopped on an unexpected error and was rolled back: %s</source>
        <translation>अनपेक्षित त्रुटीमुळे आयात थांबली आणि ती पूर्ववत केली गेली: %s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to do.</source>
        <translation>करण्यासारखे काहीही नाही.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported, and recorded in the exchange log.</source>
        <translation>आयात केले, आणि देवाणघेवाण नोंदवहीत नोंदवले.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was checked and imported</source>
        <translation>काय तपासले व आयात केले</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%(category)s: %(created)s added, %(updated)s updated</source>
        <translation>%(category)s: %(created)s जोडल्या, %(updated)s अद्ययावत केल्या</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%(kept)s kept as the office had them; %(replaced)s replaced by the package&apos;s values.</source>
        <translation>%(kept)s कार्यालयाकडे होत्या तशाच ठेवल्या; %(replaced)s पॅकेजमधील मूल्यांनी बदलल्या.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>काहीही नाही</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entry %d</source>
        <translation>नोंद %d</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/holiday_dialogs.py" line="+72"/>
        <source>Holidays not imported</source>
        <translation>आयात न झालेल्या सुट्ट्या</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Row</source>
        <translation>ओळ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>स्तंभ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>मूल्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>त्रुटी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected</source>
        <translation>अपेक्षित</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Correct the file and import it again.</source>
        <translation>फाइल दुरुस्त करून पुन्हा आयात करा.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop/ui/dialogs/import_check_page.py" line="-210"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>रद्द केले; काहीही बदलले नाही.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard.py" line="+87"/>
        <source>Import data</source>
        <translation>डेटा आयात करा</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <location filename="../../desktop/services/calendar/holiday_import.py" line="+176"/>
        <source>is an old Excel (.xls) file</source>
        <translation>जुनी Excel (.xls) फाइल आहे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an Excel workbook (.xlsx) or a CSV file: save it as one of them</source>
        <translation>Excel वर्कबुक (.xlsx) किंवा CSV फाइल: यांपैकी एका स्वरूपात जतन करा</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not a CSV or Excel file</source>
        <translation>CSV किंवा Excel फाइल नाही</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a .csv or .xlsx file</source>
        <translation>.csv किंवा .xlsx फाइल</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>was not found</source>
        <translation>सापडली नाही</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the path of an existing file</source>
        <translation>अस्तित्वात असलेल्या फाइलचा मार्ग</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>could not be read as text ({reason})</source>
        <translation>मजकूर म्हणून वाचता आली नाही ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a CSV file saved as UTF-8 or Windows-1252</source>
        <translation>UTF-8 किंवा Windows-1252 मध्ये जतन केलेली CSV फाइल</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>could not be opened as an Excel workbook ({reason})</source>
        <translation>Excel वर्कबुक म्हणून उघडता आली नाही ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an .xlsx file saved by Excel</source>
        <translation>Excel ने जतन केलेली .xlsx फाइल</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the file {reason}</source>
        <translation>फाइल {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>has no header row in its first {rows} rows</source>
        <translation>पहिल्या {rows} ओळींमध्ये शीर्ष ओळ नाही</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a row with a date column (Date, Day, ದಿನಾಂಕ, दिनांक or तारीख) and a name column (Holiday, Name, Occasion, Festival or Description)</source>
        <translation>दिनांक स्तंभ (Date, Day, ದಿನಾಂಕ, दिनांक किंवा तारीख) आणि नाव स्तंभ (Holiday, Name, Occasion, Festival किंवा Description) असलेली ओळ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the date is empty</source>
        <translation>दिनांक रिकामा आहे</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the holiday&apos;s name is empty</source>
        <translation>सुट्टीचे नाव रिकामे आहे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name, e.g. Independence Day</source>
        <translation>नाव, उदा. स्वातंत्र्य दिन</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../desktop/services/imports/targets/schools_cells.py" line="+210"/>
        <source>is {count} characters long</source>
        <translation>{count} अक्षरांचे आहे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most {limit}</source>
        <translation>जास्तीत जास्त {limit}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is also on row {row} as &quot;{earlier}&quot;, here as &quot;{name}&quot;</source>
        <translation>ओळ {row} वर &quot;{earlier}&quot; म्हणूनही आहे, येथे &quot;{name}&quot; म्हणून</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>each date once; keep one of the two names</source>
        <translation>प्रत्येक दिनांक एकदाच; दोनपैकी एक नाव ठेवा</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>has no holidays below its header row (row {row})</source>
        <translation>शीर्ष ओळीखाली (ओळ {row}) कोणत्याही सुट्ट्या नाहीत</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one holiday a row</source>
        <translation>प्रत्येक ओळीत एक सुट्टी</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>is for {day}, which {office} already has as &quot;{theirs}&quot;</source>
        <translation>{day} साठी आहे, जो {office} कडे आधीच &quot;{theirs}&quot; म्हणून आहे</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the same name, or that holiday renamed or deleted first</source>
        <translation>तेच नाव, किंवा आधी त्या सुट्टीचे नाव बदलणे किंवा ती हटवणे</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/inbound_undo.py" line="-60"/>
        <location filename="../../desktop/services/imports/batches.py" line="+122"/>
        <source>Batch {batch} was already undone on {day} by {operator}.</source>
        <translation>आयात संच {batch} {day} रोजी {operator} यांनी आधीच पूर्ववत केला आहे.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../desktop/services/imports/batches.py" line="+7"/>
        <source>Batch {later} ({files}) was imported after batch {batch} into the same records and may have changed them; undo batch {later} first.</source>
        <translation>आयात संच {batch} नंतर त्याच नोंदींमध्ये आयात संच {later} ({files}) आयात झाला आणि त्याने त्या बदलल्या असू शकतात; आधी आयात संच {later} पूर्ववत करा.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../desktop/services/imports/batches.py" line="-22"/>
        <location line="+4"/>
        <source>Import batch</source>
        <translation>आयात संच</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/batches.py" line="-60"/>
        <source>In place</source>
        <translation>लागू</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undone {day} by {operator}</source>
        <translation>{day} रोजी {operator} यांनी पूर्ववत केले</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/exports.py" line="-58"/>
        <source>Save the export as a .csv or an .xlsx file.</source>
        <translation>निर्यात .csv किंवा .xlsx फाइल म्हणून जतन करा.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/file_safety.py" line="+38"/>
        <source>a text (CSV) file</source>
        <translation>मजकूर (CSV) फाइल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an Excel workbook (.xlsx)</source>
        <translation>Excel वर्कबुक (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an old Excel workbook (.xls)</source>
        <translation>जुने Excel वर्कबुक (.xls)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an OpenDocument spreadsheet (.ods)</source>
        <translation>OpenDocument स्प्रेडशीट (.ods)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a GeoJSON file</source>
        <translation>GeoJSON फाइल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a CSV or text file (.csv, .tsv, .txt), a workbook (.xlsx, .xlsm, .xls, .ods) or GeoJSON (.geojson, .json)</source>
        <translation>CSV किंवा मजकूर फाइल (.csv, .tsv, .txt), वर्कबुक (.xlsx, .xlsm, .xls, .ods) किंवा GeoJSON (.geojson, .json)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The import</source>
        <translation>आयात</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has no file to read</source>
        <translation>मध्ये वाचण्यासाठी फाइल नाही</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one or more files chosen</source>
        <translation>एक किंवा अधिक निवडलेल्या फाइल्स</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>was not found at {folder}</source>
        <translation>{folder} येथे सापडली नाही</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file that exists (was it moved or renamed?)</source>
        <translation>अस्तित्वात असलेली फाइल (ती हलवली किंवा तिचे नाव बदलले का?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a {suffix} file</source>
        <translation>{suffix} फाइल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a file without an extension</source>
        <translation>विस्तार नसलेली फाइल</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is {kind}, which this import does not read</source>
        <translation>{kind} आहे, जे ही आयात वाचत नाही</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is empty (0 bytes)</source>
        <translation>रिकामी आहे (0 बाइट्स)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file with a header row and data rows</source>
        <translation>शीर्ष ओळ व डेटा ओळी असलेली फाइल</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is {size} in all, over the limit of {limit} per import</source>
        <translation>एकूण {size} आहे, प्रति आयात {limit} मर्यादेपेक्षा जास्त</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>and the other files are {size} in all, over the limit of {limit} per import</source>
        <translation>आणि इतर फाइल्स मिळून एकूण {size} आहेत, प्रति आयात {limit} मर्यादेपेक्षा जास्त</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a smaller file: split it (e.g. by block) and import the parts one after another</source>
        <translation>लहान फाइल: ती विभागा (उदा. तालुकानिहाय) आणि भाग एकामागून एक आयात करा</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is {kind} but {first} is {first_kind}</source>
        <translation>{kind} आहे पण {first} {first_kind} आहे</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>files of one kind with the same columns; import the others separately</source>
        <translation>एकाच प्रकारच्या, समान स्तंभ असलेल्या फाइल्स; इतर स्वतंत्रपणे आयात करा</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>is an Excel workbook, not a text file, though its name ends in {suffix}</source>
        <translation>Excel वर्कबुक आहे, मजकूर फाइल नाही, जरी तिचे नाव {suffix} ने संपते</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file renamed to .xlsx (or .xls), or saved from Excel as CSV</source>
        <translation>फाइलचे नाव .xlsx (किंवा .xls) असे बदलून, किंवा Excel मधून CSV म्हणून जतन करून</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>is a web page (HTML) saved with a workbook&apos;s name</source>
        <translation>वर्कबुकच्या नावाने जतन केलेले वेब पान (HTML) आहे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open it in Excel and save it as .xlsx</source>
        <translation>ती Excel मध्ये उघडून .xlsx म्हणून जतन करा</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not a workbook: it holds plain text, though its name ends in {suffix}</source>
        <translation>वर्कबुक नाही: त्यात साधा मजकूर आहे, जरी तिचे नाव {suffix} ने संपते</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file renamed to .csv if it is a CSV export, or saved from Excel as .xlsx</source>
        <translation>CSV निर्यात असल्यास फाइलचे नाव .csv असे बदलून, किंवा Excel मधून .xlsx म्हणून जतन करून</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is protected with a password, or is an old .xls workbook renamed</source>
        <translation>पासवर्डने सुरक्षित आहे, किंवा नाव बदललेले जुने .xls वर्कबुक आहे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a copy saved from Excel as .xlsx without a password</source>
        <translation>Excel मधून पासवर्डशिवाय .xlsx म्हणून जतन केलेली प्रत</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is an .xlsx workbook with an .xls name</source>
        <translation>.xls नाव असलेले .xlsx वर्कबुक आहे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file renamed to .xlsx</source>
        <translation>फाइलचे नाव .xlsx असे बदलून</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>would expand to {size} when opened, over the limit of {limit} (a damaged or hostile file: a zip bomb)</source>
        <translation>उघडल्यावर {size} इतकी विस्तारेल, {limit} मर्यादेपेक्षा जास्त (खराब किंवा घातक फाइल: zip बॉम्ब)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <location line="+15"/>
        <source>a workbook saved again from Excel or LibreOffice</source>
        <translation>Excel किंवा LibreOffice मधून पुन्हा जतन केलेले वर्कबुक</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>has a part ({part}) compressed {ratio:,.0f} times, over the limit of {limit} (a damaged or hostile file: a zip bomb)</source>
        <translation>एक भाग ({part}) {ratio:,.0f} पट संकुचित आहे, {limit} मर्यादेपेक्षा जास्त (खराब किंवा घातक फाइल: zip बॉम्ब)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>has a part ({part}) that declares a DOCTYPE or XML entities, which workbooks saved by Excel or LibreOffice never do (it may be hostile)</source>
        <translation>एका भागात ({part}) DOCTYPE किंवा XML एंटिटी घोषित आहेत, जे Excel किंवा LibreOffice ने जतन केलेल्या वर्कबुकमध्ये कधीच नसते (ती घातक असू शकते)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is damaged and cannot be opened as a workbook ({reason})</source>
        <translation>खराब झाली आहे आणि वर्कबुक म्हणून उघडता येत नाही ({reason})</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../desktop/services/imports/workbooks.py" line="+18"/>
        <source>the workbook opened in Excel or LibreOffice and saved again</source>
        <translation>Excel किंवा LibreOffice मध्ये उघडून पुन्हा जतन केलेले वर्कबुक</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/geojson_files.py" line="+13"/>
        <source>a GeoJSON FeatureCollection, as the school GIS service exports it</source>
        <translation>शाळा GIS सेवा निर्यात करते तसे GeoJSON FeatureCollection</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>is not valid UTF-8 text (byte {byte:,})</source>
        <translation>वैध UTF-8 मजकूर नाही (बाइट {byte:,})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is not valid JSON: {msg} at line {lineno:,}, column {colno:,}</source>
        <translation>वैध JSON नाही: ओळ {lineno:,}, स्तंभ {colno:,} येथे {msg}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — the file may be cut short</source>
        <translation> — फाइल अपूर्ण असू शकते</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not a GeoJSON FeatureCollection (its type is &quot;{kind}&quot;)</source>
        <translation>GeoJSON FeatureCollection नाही (त्याचा प्रकार &quot;{kind}&quot; आहे)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has no features</source>
        <translation>मध्ये एकही फीचर नाही</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least one feature (school)</source>
        <translation>किमान एक फीचर (शाळा)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/grid_table.py" line="+45"/>
        <source>cells to the right of the header&apos;s last column</source>
        <translation>शीर्ष ओळीच्या शेवटच्या स्तंभाच्या उजवीकडील कप्पे</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has nothing in row {row}, chosen as the header</source>
        <translation>शीर्ष ओळ म्हणून निवडलेल्या ओळ {row} मध्ये काहीही नाही</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the row holding the column names</source>
        <translation>स्तंभांची नावे असलेली ओळ</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>a second table, below a blank row? Import each table on its own</source>
        <translation>रिकाम्या ओळीखाली दुसरा तक्ता? प्रत्येक तक्ता स्वतंत्रपणे आयात करा</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has {cells} cells; the header (row {row}) has {width} — {hint}</source>
        <translation>{cells} कप्पे आहेत; शीर्ष ओळीत (ओळ {row}) {width} आहेत — {hint}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at most {width} cells in each row</source>
        <translation>प्रत्येक ओळीत जास्तीत जास्त {width} कप्पे</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/mapping.py" line="+98"/>
        <source>{field} is required: choose the column that holds it.</source>
        <translation>{field} आवश्यक आहे: ते असलेला स्तंभ निवडा.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file has no column &quot;{column}&quot; for {field}.</source>
        <translation>फाइलमध्ये {field} साठी &quot;{column}&quot; स्तंभ नाही.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field} must come from a column of the file.</source>
        <translation>{field} फाइलच्या स्तंभातूनच यायला हवे.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the {field} or choose a column.</source>
        <translation>{field} टाइप करा किंवा स्तंभ निवडा.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Give the mapping a name, e.g. “UDISE school list”.</source>
        <translation>स्तंभ जुळवणीला नाव द्या, उदा. “UDISE शाळा यादी”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name is {count} characters long; at most 120 fit.</source>
        <translation>नाव {count} अक्षरांचे आहे; जास्तीत जास्त 120 अक्षरे चालतात.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Saved mapping</source>
        <translation>जतन केलेली स्तंभ जुळवणी</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/pipeline.py" line="-23"/>
        <source>(typed: {value})</source>
        <translation>(टाइप केलेले: {value})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the assessment round these {target} belong to.</source>
        <translation>हे {target} कोणत्या मूल्यमापन फेरीचे आहेत ते निवडा.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>These files were already imported as batch {batch} on {day} by {operator}.</source>
        <translation>या फाइल्स {day} रोजी {operator} यांनी आयात संच {batch} म्हणून आधीच आयात केल्या आहेत.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The file</source>
        <translation>फाइल</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../desktop/services/imports/table.py" line="+47"/>
        <source>{file} and {count} more</source>
        <translation>{file} आणि आणखी {count}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saving</source>
        <translation>जतन करत आहे</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved</source>
        <translation>जतन केले</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/problems.py" line="+31"/>
        <location line="+34"/>
        <source>sheet {sheet}</source>
        <translation>शीट {sheet}</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <location filename="../../desktop/services/imports/targets/schools_cells.py" line="-55"/>
        <source>row {row}</source>
        <translation>ओळ {row}</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>column &quot;{column}&quot;</source>
        <translation>स्तंभ &quot;{column}&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{place}: &quot;{value}&quot; {reason}; expected {expected}.</source>
        <translation>{place}: &quot;{value}&quot; {reason}; अपेक्षित {expected}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{place}: &quot;{value}&quot; {reason}.</source>
        <translation>{place}: &quot;{value}&quot; {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{place}: {reason}; expected {expected}.</source>
        <translation>{place}: {reason}; अपेक्षित {expected}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{place}: {reason}.</source>
        <translation>{place}: {reason}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{place}, column &quot;{column}&quot;: &quot;{original}&quot; → &quot;{repaired}&quot; ({reason})</source>
        <translation>{place}, स्तंभ &quot;{column}&quot;: &quot;{original}&quot; → &quot;{repaired}&quot; ({reason})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>… and {count} more.</source>
        <translation>… आणि आणखी {count}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file} was not imported and nothing was saved: {count} problem to correct first.</source>
        <translation>{file} आयात झाली नाही आणि काहीही जतन झाले नाही: आधी दुरुस्त करण्यासाठी {count} त्रुटी आहे.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} was not imported and nothing was saved: {count} problems to correct first.</source>
        <translation>{file} आयात झाली नाही आणि काहीही जतन झाले नाही: आधी दुरुस्त करण्यासाठी {count} त्रुटी आहेत.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/sources.py" line="+36"/>
        <source>none of the first {rows} rows looks like a header row (a row of at least two column names such as &quot;UDISE code&quot;, &quot;School name&quot;)</source>
        <translation>पहिल्या {rows} ओळींपैकी कोणतीही ओळ शीर्ष ओळीसारखी दिसत नाही (&quot;UDISE code&quot;, &quot;School name&quot; यांसारखी किमान दोन स्तंभ नावे असलेली ओळ)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the column names above the data, or the header row chosen by hand</source>
        <translation>डेटाच्या वरील स्तंभांची नावे, किंवा स्वतः निवडलेली शीर्ष ओळ</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>has no row {row} to use as the header (it has {count} rows at the start)</source>
        <translation>शीर्ष ओळ म्हणून वापरण्यासाठी ओळ {row} नाही (सुरुवातीला {count} ओळी आहेत)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>has no rows: every row is blank</source>
        <translation>मध्ये ओळी नाहीत: प्रत्येक ओळ रिकामी आहे</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <location filename="../../desktop/services/imports/text_files.py" line="+181"/>
        <source>a header row and data rows</source>
        <translation>शीर्ष ओळ आणि डेटा ओळी</translation>
    </message>
    <message>
        <location line="-1"/>
        <location filename="../../desktop/services/imports/text_files.py" line="-1"/>
        <source>has no rows: every line is blank</source>
        <translation>मध्ये ओळी नाहीत: प्रत्येक ओळ रिकामी आहे</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a {delimiter} inside a value without quotes?</source>
        <translation>अवतरण चिन्हांशिवाय मूल्यात {delimiter} आहे का?</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Read {file}</source>
        <translation>{file} वाचली</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reading {file}: {count:,} rows</source>
        <translation>{file} वाचत आहे: {count:,} ओळी</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading {file}, sheet {sheet}</source>
        <translation>{file}, शीट {sheet} वाचत आहे</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read {file}, sheet {sheet}</source>
        <translation>{file}, शीट {sheet} वाचली</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>has other columns than {first}: it lacks {missing} and has {besides} besides</source>
        <translation>मधील स्तंभ {first} पेक्षा वेगळे आहेत: त्यात {missing} नाहीत आणि {besides} जास्तीचे आहेत</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has other columns than {first}: it lacks {missing}</source>
        <translation>मधील स्तंभ {first} पेक्षा वेगळे आहेत: त्यात {missing} नाहीत</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has other columns than {first}: it has {besides} besides</source>
        <translation>मधील स्तंभ {first} पेक्षा वेगळे आहेत: त्यात {besides} जास्तीचे आहेत</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the same columns in every file of one import; import it separately</source>
        <translation>एका आयातीतील प्रत्येक फाइलमध्ये समान स्तंभ; ही स्वतंत्रपणे आयात करा</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>says more features follow (exceededTransferLimit), but no next page was given</source>
        <translation>आणखी फीचर येणार असल्याचे नमूद करते (exceededTransferLimit), पण पुढील पान दिलेले नाही</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the next page added to the import</source>
        <translation>पुढील पान आयातीत जोडलेले</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Read {count:,} rows from {file}</source>
        <translation>{file} मधून {count:,} ओळी वाचल्या</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/targets/assessment.py" line="+21"/>
        <location filename="../../desktop/services/imports/targets/assessment_check.py" line="+341"/>
        <source>Student id</source>
        <translation>विद्यार्थी ओळख क्रमांक</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the student&apos;s id (the state&apos;s student number such as SATS, the PEN, or the school&apos;s roll number); names are not needed</source>
        <translation>विद्यार्थ्याचा ओळख क्रमांक (SATS सारखा राज्याचा विद्यार्थी क्रमांक, PEN किंवा शाळेतील हजेरी क्रमांक); नावांची आवश्यकता नाही</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Student name</source>
        <translation>विद्यार्थ्याचे नाव</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stored only when you choose to keep names</source>
        <translation>नावे ठेवण्याचे आपण निवडल्यासच जतन केले जाते</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../desktop/services/imports/targets/indicators.py" line="+45"/>
        <location filename="../../desktop/services/imports/targets/schools.py" line="+30"/>
        <source>UDISE code</source>
        <translation>UDISE क्रमांक</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../desktop/services/imports/targets/indicators.py" line="+6"/>
        <source>Other school id</source>
        <translation>शाळेचा इतर ओळख क्रमांक</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/services/imports/targets/indicators.py" line="+2"/>
        <source>another system&apos;s id of the school (e.g. the KLP id); choose the system</source>
        <translation>दुसऱ्या प्रणालीतील शाळेचा ओळख क्रमांक (उदा. KLP ओळख क्रमांक); प्रणाली निवडा</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../desktop/services/imports/targets/assessment_check.py" line="+1"/>
        <source>Grade</source>
        <translation>इयत्ता</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../desktop/services/imports/targets/assessment_check.py" line="+1"/>
        <source>Gender</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../desktop/services/imports/targets/assessment_check.py" line="+1"/>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the subject, e.g. Mathematics; type it if the file has one subject</source>
        <translation>विषय, उदा. गणित; फाइलमध्ये एकच विषय असल्यास तो टाइप करा</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../desktop/services/imports/targets/assessment_check.py" line="+1"/>
        <source>Score</source>
        <translation>गुण</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number from 0</source>
        <translation>0 पासूनची संख्या</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../desktop/services/imports/targets/assessment_check.py" line="+1"/>
        <source>Level</source>
        <translation>स्तर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a level of the round&apos;s level scheme, by name or number</source>
        <translation>फेरीच्या स्तर रचनेतील स्तर, नावाने किंवा क्रमांकाने</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../desktop/services/imports/targets/assessment_check.py" line="+1"/>
        <source>Assessed on</source>
        <translation>मूल्यमापन दिनांक</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/targets/assessment_check.py" line="-306"/>
        <source>Neither the score nor the level is mapped; map at least one of them</source>
        <translation>गुण किंवा स्तर यांपैकी कोणताही स्तंभ जुळवलेला नाही; किमान एक जुळवा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The level column is mapped but this round has no level scheme; choose the round&apos;s level scheme (e.g. the FLN reading levels) in the round&apos;s details first</source>
        <translation>स्तर स्तंभ जुळवलेला आहे पण या फेरीला स्तर रचना नाही; आधी फेरीच्या तपशिलात फेरीची स्तर रचना निवडा (उदा. FLN वाचन स्तर)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Student names were not stored: only the student id is kept (choose to keep names to store them).</source>
        <translation>विद्यार्थ्यांची नावे जतन केली नाहीत: केवळ विद्यार्थी ओळख क्रमांक ठेवला आहे (नावे जतन करण्यासाठी नावे ठेवण्याचा पर्याय निवडा).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No student id column is mapped: each row is stored under a key made from this file and its row number, so these results cannot be linked to the same students in other rounds.</source>
        <translation>विद्यार्थी ओळख क्रमांकाचा स्तंभ जुळवलेला नाही: प्रत्येक ओळ या फाइल व तिच्या ओळ क्रमांकापासून बनवलेल्या की खाली जतन होते, म्हणून हे निकाल इतर फेऱ्यांतील त्याच विद्यार्थ्यांशी जोडता येत नाहीत.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No column is mapped to the grade; map it</source>
        <translation>इयत्तेसाठी कोणताही स्तंभ जुळवलेला नाही; तो जुळवा</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No column is mapped to the subject; map it (or type the subject)</source>
        <translation>विषयासाठी कोणताही स्तंभ जुळवलेला नाही; तो जुळवा (किंवा विषय टाइप करा)</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../../desktop/services/imports/targets/indicators.py" line="+152"/>
        <source>Finding the schools</source>
        <translation>शाळा शोधत आहे</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading students, grades and subjects</source>
        <translation>विद्यार्थी, इयत्ता आणि विषय वाचत आहे</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the student id is empty</source>
        <translation>विद्यार्थी ओळख क्रमांक रिकामा आहे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the student&apos;s id</source>
        <translation>विद्यार्थ्याचा ओळख क्रमांक</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+18"/>
        <location line="+53"/>
        <source>is longer than {limit} characters</source>
        <translation>{limit} अक्षरांपेक्षा लांब आहे</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>a student id</source>
        <translation>विद्यार्थी ओळख क्रमांक</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the student&apos;s name</source>
        <translation>विद्यार्थ्याचे नाव</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the grade is empty</source>
        <translation>इयत्ता रिकामी आहे</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is not a class this import reads</source>
        <translation>ही आयात वाचते अशी इयत्ता नाही</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>is not a gender this import reads</source>
        <translation>ही आयात वाचते असे लिंग नाही</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the subject is empty</source>
        <translation>विषय रिकामा आहे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the subject, e.g. Mathematics or Kannada</source>
        <translation>विषय, उदा. गणित किंवा मराठी</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the subject&apos;s name</source>
        <translation>विषयाचे नाव</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading scores, levels and dates</source>
        <translation>गुण, स्तर आणि दिनांक वाचत आहे</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../desktop/services/imports/targets/indicators.py" line="-166"/>
        <location filename="../../desktop/services/imports/targets/schools_cells.py" line="+16"/>
        <source>is not a number</source>
        <translation>संख्या नाही</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the student&apos;s score</source>
        <translation>विद्यार्थ्याचे गुण</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../desktop/services/imports/targets/indicators.py" line="+78"/>
        <source>is negative</source>
        <translation>ऋण आहे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a score of 0 or more</source>
        <translation>0 किंवा अधिक गुण</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is above the round&apos;s maximum score of {top:g}</source>
        <translation>फेरीच्या कमाल {top:g} गुणांपेक्षा जास्त आहे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a score from 0 to {top:g}</source>
        <translation>0 ते {top:g} मधील गुण</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>is not a level of {scheme}</source>
        <translation>{scheme} चा स्तर नाही</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the row has neither a score nor a level</source>
        <translation>ओळीत गुण किंवा स्तर यांपैकी काहीही नाही</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the student&apos;s score or level</source>
        <translation>विद्यार्थ्याचे गुण किंवा स्तर</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Looking for repeated students</source>
        <translation>पुनरावृत्त विद्यार्थी शोधत आहे</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../../desktop/services/imports/targets/indicators.py" line="+148"/>
        <location filename="../../desktop/services/imports/targets/schools_check.py" line="+310"/>
        <source>Checked</source>
        <translation>तपासले</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>is a second result for this student in {subject}; row {row} already has one</source>
        <translation>या विद्यार्थ्याचा {subject} मधील दुसरा निकाल आहे; ओळ {row} मध्ये आधीच एक आहे</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one row per student and subject</source>
        <translation>प्रत्येक विद्यार्थी व विषयासाठी एक ओळ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/targets/assessment_write.py" line="+95"/>
        <source>Storing results</source>
        <translation>निकाल जतन करत आहे</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Updating changed results</source>
        <translation>बदललेले निकाल अद्ययावत करत आहे</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adding up the results</source>
        <translation>निकालांची बेरीज करत आहे</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/targets/indicators.py" line="-235"/>
        <location line="+29"/>
        <source>Enrolment</source>
        <translation>पटसंख्या</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+34"/>
        <source>Boys enrolled</source>
        <translation>पटावरील मुले</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+39"/>
        <source>Girls enrolled</source>
        <translation>पटावरील मुली</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+44"/>
        <source>Attendance %</source>
        <translation>उपस्थिती %</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+49"/>
        <source>Teachers</source>
        <translation>शिक्षक</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>No enrolment, attendance or teachers column is mapped; map at least one of them</source>
        <translation>पटसंख्या, उपस्थिती किंवा शिक्षक यांपैकी कोणताही स्तंभ जुळवलेला नाही; किमान एक जुळवा</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is above 100; expected the average attendance as a percentage</source>
        <translation>100 पेक्षा जास्त आहे; सरासरी उपस्थिती टक्केवारीत अपेक्षित आहे</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the number of students enrolled</source>
        <translation>पटावरील विद्यार्थ्यांची संख्या</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <location line="+12"/>
        <source>a whole number</source>
        <translation>पूर्ण संख्या</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>the average attendance as a percentage, 0 to 100</source>
        <translation>सरासरी उपस्थिती टक्केवारीत, 0 ते 100</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{value} as a number</source>
        <translation>संख्या म्हणून {value}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>0 or more</source>
        <translation>0 किंवा अधिक</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not a whole number</source>
        <translation>पूर्ण संख्या नाही</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a count</source>
        <translation>संख्या</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>is less than the boys and girls together ({boys} + {girls} = {both})</source>
        <translation>मुले व मुली यांच्या बेरजेपेक्षा कमी आहे ({boys} + {girls} = {both})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the total enrolment, at least boys + girls</source>
        <translation>एकूण पटसंख्या, किमान मुले + मुली</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>is the same school as row {row}</source>
        <translation>ओळ {row} मधीलच शाळा आहे</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one row per school</source>
        <translation>प्रत्येक शाळेसाठी एक ओळ</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>the row has no enrolment, attendance or teachers</source>
        <translation>ओळीत पटसंख्या, उपस्थिती किंवा शिक्षक यांपैकी काहीही नाही</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least one of them</source>
        <translation>यांपैकी किमान एक</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comparing with the round&apos;s indicators</source>
        <translation>फेरीच्या निर्देशांकांशी तुलना करत आहे</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Enrolment was empty in {count} row and was taken as boys + girls.</source>
        <translation>{count} ओळीत पटसंख्या रिकामी होती आणि ती मुले + मुली अशी घेतली.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolment was empty in {count} rows and was taken as boys + girls.</source>
        <translation>{count} ओळींमध्ये पटसंख्या रिकामी होती आणि ती मुले + मुली अशी घेतली.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Storing school indicators</source>
        <translation>शाळा निर्देशांक जतन करत आहे</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stored</source>
        <translation>जतन केले</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/targets/registry.py" line="+22"/>
        <source>School directory</source>
        <translation>शाळा निर्देशिका</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School indicators</source>
        <translation>शाळा निर्देशांक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student assessment results</source>
        <translation>विद्यार्थी मूल्यमापन निकाल</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/targets/result_values.py" line="+22"/>
        <source>a class from 1 to 12, e.g. 4, Class 4, 4th, IV or Std 4</source>
        <translation>1 ते 12 मधील इयत्ता, उदा. 4, Class 4, 4th, IV किंवा Std 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M, F or O (Male, Female, Boy, Girl, Other, Transgender)</source>
        <translation>M, F किंवा O (Male, Female, Boy, Girl, Other, Transgender)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>one of {names}, or its number 1 to {count} (also L1 to L{count})</source>
        <translation>{names} यांपैकी एक, किंवा त्याचा क्रमांक 1 ते {count} (तसेच L1 ते L{count})</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/targets/school_column.py" line="+28"/>
        <source>is not a school in the directory; import the school directory first or correct the code</source>
        <translation>निर्देशिकेतील शाळा नाही; आधी शाळा निर्देशिका आयात करा किंवा क्रमांक दुरुस्त करा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No column is mapped to the school&apos;s UDISE code or to another system&apos;s school id; map one of them so every row can be matched to its school</source>
        <translation>शाळेच्या UDISE क्रमांकासाठी किंवा दुसऱ्या प्रणालीतील शाळा ओळख क्रमांकासाठी कोणताही स्तंभ जुळवलेला नाही; प्रत्येक ओळ तिच्या शाळेशी जुळवता यावी म्हणून यांपैकी एक जुळवा</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The school id column is mapped but not whose ids it holds; choose the system (e.g. KLP) so the ids can be matched to schools</source>
        <translation>शाळा ओळख क्रमांकाचा स्तंभ जुळवलेला आहे पण तो कोणत्या प्रणालीचा आहे ते नमूद नाही; क्रमांक शाळांशी जुळवता यावेत म्हणून प्रणाली निवडा (उदा. KLP)</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>the full code; accept the proposed repair to read it as &quot;{code}&quot;</source>
        <translation>पूर्ण क्रमांक; तो &quot;{code}&quot; असा वाचण्यासाठी सुचवलेली दुरुस्ती स्वीकारा</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the school&apos;s UDISE code is empty</source>
        <translation>शाळेचा UDISE क्रमांक रिकामा आहे</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the school&apos;s {system} id is empty</source>
        <translation>शाळेचा {system} ओळख क्रमांक रिकामा आहे</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is not the {system} id of any school in the directory; record it as the school&apos;s {system} id first or correct the id</source>
        <translation>निर्देशिकेतील कोणत्याही शाळेचा {system} ओळख क्रमांक नाही; आधी तो शाळेचा {system} ओळख क्रमांक म्हणून नोंदवा किंवा क्रमांक दुरुस्त करा</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/targets/schools.py" line="+7"/>
        <source>School name</source>
        <translation>शाळेचे नाव</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the school&apos;s name</source>
        <translation>शाळेचे नाव</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name in Kannada / local script</source>
        <translation>प्रादेशिक भाषेतील / स्थानिक लिपीतील नाव</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name in the local script</source>
        <translation>स्थानिक लिपीतील नाव</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Karnataka</source>
        <translation>उदा. महाराष्ट्र</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>District</source>
        <translation>जिल्हा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the district&apos;s name; needed only for a district not yet in the database</source>
        <translation>जिल्ह्याचे नाव; केवळ डेटाबेसमध्ये अद्याप नसलेल्या जिल्ह्यासाठी आवश्यक</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Block</source>
        <translation>तालुका</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the education block&apos;s name; if unmapped or blank, found from the UDISE code&apos;s first 6 digits (a block not yet known is added as e.g. Block 290207, to rename later)</source>
        <translation>शैक्षणिक तालुक्याचे नाव; जुळवले नसल्यास किंवा रिकामे असल्यास UDISE क्रमांकाच्या पहिल्या 6 अंकांवरून शोधले जाते (अद्याप माहीत नसलेला तालुका उदा. Block 290207 म्हणून जोडला जातो, नंतर नाव बदलण्यासाठी)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cluster</source>
        <translation>केंद्र</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the cluster&apos;s name</source>
        <translation>केंद्राचे नाव</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Village</source>
        <translation>गाव</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Management</source>
        <translation>व्यवस्थापन</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Department of Education</source>
        <translation>उदा. शिक्षण विभाग</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Primary with Upper Primary</source>
        <translation>उदा. प्राथमिक व उच्च प्राथमिक</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rural / urban</source>
        <translation>ग्रामीण / शहरी</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PIN code</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Latitude</source>
        <translation>अक्षांश</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decimal degrees, e.g. 16.18</source>
        <translation>दशांश अंश, उदा. 16.18</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Longitude</source>
        <translation>रेखांश</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decimal degrees, e.g. 75.69</source>
        <translation>दशांश अंश, उदा. 75.69</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another system&apos;s school id</source>
        <translation>दुसऱ्या प्रणालीतील शाळा ओळख क्रमांक</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. the KLP school id; name the system in the options</source>
        <translation>उदा. KLP शाळा ओळख क्रमांक; पर्यायांमध्ये प्रणालीचे नाव द्या</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/targets/schools_cells.py" line="-123"/>
        <source>1 or Rural, 2 or Urban</source>
        <translation>1 किंवा ग्रामीण, 2 किंवा शहरी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6 digits, not starting with 0 (or the cell left blank)</source>
        <translation>6 अंक, 0 ने सुरू न होणारे (किंवा कप्पा रिकामा)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>{reason}; accept the proposed repairs to read it as {code}</source>
        <translation>{reason}; तो {code} असा वाचण्यासाठी सुचवलेल्या दुरुस्त्या स्वीकारा</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the UDISE code is empty</source>
        <translation>UDISE क्रमांक रिकामा आहे</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../desktop/services/imports/targets/schools_check.py" line="-184"/>
        <source>is also on {row}</source>
        <translation>{row} मध्येही आहे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each school once in the file</source>
        <translation>फाइलमध्ये प्रत्येक शाळा एकदाच</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>row {row} of {file}</source>
        <translation>{file} ची ओळ {row}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>decimal degrees such as 16.18</source>
        <translation>16.18 सारखे दशांश अंश</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>is outside India; latitude and longitude look swapped</source>
        <translation>भारताबाहेर आहे; अक्षांश व रेखांश अदलाबदल झाल्यासारखे दिसतात</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is outside India</source>
        <translation>भारताबाहेर आहे</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a latitude from {low} to {high} in decimal degrees</source>
        <translation>दशांश अंशांमध्ये {low} ते {high} मधील अक्षांश</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a longitude from {low} to {high} in decimal degrees</source>
        <translation>दशांश अंशांमध्ये {low} ते {high} मधील रेखांश</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>at most {limit} characters</source>
        <translation>जास्तीत जास्त {limit} अक्षरे</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is not rural or urban</source>
        <translation>ग्रामीण किंवा शहरी नाही</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is not a PIN code</source>
        <translation>पिन कोड नाही</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/targets/schools_check.py" line="-64"/>
        <source>is a school of district {code}, which is not in the database, and the file gives no district name to add it with</source>
        <translation>जिल्हा {code} मधील शाळा आहे, जो डेटाबेसमध्ये नाही, आणि तो जोडण्यासाठी फाइलमध्ये जिल्ह्याचे नाव दिलेले नाही</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is a school of district {code}, which is not in the database, and its state is not known from the code&apos;s first two digits</source>
        <translation>जिल्हा {code} मधील शाळा आहे, जो डेटाबेसमध्ये नाही, आणि क्रमांकाच्या पहिल्या दोन अंकांवरून त्याचे राज्य कळत नाही</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the District column mapped (e.g. dtname), or the district added on the Geography page first</source>
        <translation>जिल्हा स्तंभ जुळवलेला (उदा. dtname), किंवा आधी &apos;भूगोल&apos; पानावर जिल्हा जोडलेला</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the State column mapped (e.g. stname)</source>
        <translation>राज्य स्तंभ जुळवलेला (उदा. stname)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is a school of district {code}, which is not in the database; the file calls it {name}, but {name} is the district with code {other} in the database</source>
        <translation>जिल्हा {code} मधील शाळा आहे, जो डेटाबेसमध्ये नाही; फाइल त्याला {name} म्हणते, पण डेटाबेसमध्ये {name} हा {other} क्रमांकाचा जिल्हा आहे</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the code or the district name corrected (school codes of {name} start with {other})</source>
        <translation>क्रमांक किंवा जिल्ह्याचे नाव दुरुस्त केलेले ({name} मधील शाळांचे क्रमांक {other} ने सुरू होतात)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the column of another system&apos;s school ids is mapped, but the system is not named</source>
        <translation>दुसऱ्या प्रणालीतील शाळा ओळख क्रमांकांचा स्तंभ जुळवलेला आहे, पण प्रणालीचे नाव दिलेले नाही</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the system&apos;s name (e.g. KLP) typed in the import options, or the column left unmapped</source>
        <translation>आयात पर्यायांमध्ये प्रणालीचे नाव (उदा. KLP) टाइप केलेले, किंवा स्तंभ न जुळवलेला</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+20"/>
        <source>each {system} id on one school</source>
        <translation>प्रत्येक {system} ओळख क्रमांक एकाच शाळेसाठी</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>is already the {system} id of {school}</source>
        <translation>आधीच {school} चा {system} ओळख क्रमांक आहे</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>no column is mapped to {field}; every school needs it</source>
        <translation>{field} साठी कोणताही स्तंभ जुळवलेला नाही; प्रत्येक शाळेसाठी ते आवश्यक आहे</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the column that holds {field} mapped</source>
        <translation>{field} असलेला स्तंभ जुळवलेला</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading UDISE codes</source>
        <translation>UDISE क्रमांक वाचत आहे</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Matching districts, blocks and clusters</source>
        <translation>जिल्हे, तालुके आणि केंद्रे जुळवत आहे</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the school name is empty</source>
        <translation>शाळेचे नाव रिकामे आहे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every school&apos;s school name</source>
        <translation>प्रत्येक शाळेचे नाव</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comparing with the schools in the database</source>
        <translation>डेटाबेसमधील शाळांशी तुलना करत आहे</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Preparing the preview</source>
        <translation>पूर्वावलोकन तयार करत आहे</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/targets/schools_notes.py" line="+28"/>
        <source>Will add district {name} ({code}) in {state} (the state from the UDISE code).</source>
        <translation>{state} मध्ये जिल्हा {name} ({code}) जोडला जाईल (UDISE क्रमांकावरून राज्य).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Will add district {name} ({code}) in {state}.</source>
        <translation>{state} मध्ये जिल्हा {name} ({code}) जोडला जाईल.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Will add {count} block: {names}.</source>
        <translation>{count} तालुका जोडला जाईल: {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Will add {count} blocks: {names}.</source>
        <translation>{count} तालुके जोडले जातील: {names}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Will add {count} cluster: {names}.</source>
        <translation>{count} केंद्र जोडले जाईल: {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Will add {count} clusters: {names}.</source>
        <translation>{count} केंद्रे जोडली जातील: {names}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Will add {count} block named by its UDISE block code ({names}); rename it on the Blocks and clusters page — later imports will find it by its code.</source>
        <translation>UDISE तालुका क्रमांकाने नाव दिलेला {count} तालुका जोडला जाईल ({names}); &apos;तालुके आणि केंद्रे&apos; पानावर त्याचे नाव बदला — पुढील आयाती तो त्याच्या क्रमांकावरून शोधतील.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Will add {count} blocks named by their UDISE block codes ({names}); rename them on the Blocks and clusters page — later imports will find them by their codes.</source>
        <translation>UDISE तालुका क्रमांकांनी नावे दिलेले {count} तालुके जोडले जातील ({names}); &apos;तालुके आणि केंद्रे&apos; पानावर त्यांची नावे बदला — पुढील आयाती ते त्यांच्या क्रमांकांवरून शोधतील.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>state</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>district</source>
        <translation>जिल्हा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>block</source>
        <translation>तालुका</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cluster</source>
        <translation>केंद्र</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file writes {what} names all in lower case; new ones are stored with capitals ({typed} → {stored}), names already in the database keep their spelling.</source>
        <translation>फाइलमध्ये {what} ची नावे सर्व लहान अक्षरांत आहेत; नवीन नावे कॅपिटल अक्षरांसह जतन केली जातात ({typed} → {stored}), डेटाबेसमधील आधीच्या नावांचे शब्दलेखन तसेच राहते.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file writes {what} names all in capitals; new ones are stored with capitals ({typed} → {stored}), names already in the database keep their spelling.</source>
        <translation>फाइलमध्ये {what} ची नावे सर्व कॅपिटल अक्षरांत आहेत; नवीन नावे कॅपिटल अक्षरांसह जतन केली जातात ({typed} → {stored}), डेटाबेसमधील आधीच्या नावांचे शब्दलेखन तसेच राहते.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{count} school had placeholder coordinates (whole degrees such as 77, 12); left empty.</source>
        <translation>{count} शाळेचे निर्देशांक तात्पुरते (77, 12 सारखे पूर्ण अंश) होते; रिकामे ठेवले.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} schools had placeholder coordinates (whole degrees such as 77, 12); left empty.</source>
        <translation>{count} शाळांचे निर्देशांक तात्पुरते (77, 12 सारखे पूर्ण अंश) होते; रिकामे ठेवले.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Will record {count} {system} school id.</source>
        <translation>{count} {system} शाळा ओळख क्रमांक नोंदवला जाईल.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Will record {count} {system} school ids.</source>
        <translation>{count} {system} शाळा ओळख क्रमांक नोंदवले जातील.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/targets/schools_places.py" line="+86"/>
        <source>{names} and {count} more</source>
        <translation>{names} आणि आणखी {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/targets/schools_write.py" line="+41"/>
        <source>{count} person</source>
        <translation>{count} व्यक्ती</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} people</source>
        <translation>{count} व्यक्ती</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} committee</source>
        <translation>{count} समिती</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} committees</source>
        <translation>{count} समित्या</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} meeting</source>
        <translation>{count} बैठक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} meetings</source>
        <translation>{count} बैठका</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} MoU coverage entry</source>
        <translation>{count} MoU व्याप्ती नोंद</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} MoU coverage entries</source>
        <translation>{count} MoU व्याप्ती नोंदी</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} indicator row</source>
        <translation>{count} निर्देशांक ओळ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} indicator rows</source>
        <translation>{count} निर्देशांक ओळी</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} assessment result</source>
        <translation>{count} मूल्यमापन निकाल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} assessment results</source>
        <translation>{count} मूल्यमापन निकाल</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} school</source>
        <translation>{count} शाळा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} schools</source>
        <translation>{count} शाळा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} office</source>
        <translation>{count} कार्यालय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} offices</source>
        <translation>{count} कार्यालये</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} cluster</source>
        <translation>{count} केंद्र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} clusters</source>
        <translation>{count} केंद्रे</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} block</source>
        <translation>{count} तालुका</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} blocks</source>
        <translation>{count} तालुके</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Stored {done:,} of {count:,} schools</source>
        <translation>{count:,} पैकी {done:,} शाळा जतन केल्या</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stored {count:,} schools</source>
        <translation>{count:,} शाळा जतन केल्या</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{school} is referred to by {records}</source>
        <translation>{school} चा संदर्भ {records} मध्ये आहे</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This import cannot be undone: {count} school it added is now in use — {examples}. Remove those records or move them to other schools first; nothing was changed.</source>
        <translation>ही आयात पूर्ववत करता येत नाही: तिने जोडलेली {count} शाळा आता वापरात आहे — {examples}. आधी त्या नोंदी काढून टाका किंवा इतर शाळांकडे हलवा; काहीही बदलले नाही.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This import cannot be undone: {count} schools it added are now in use — {examples}. Remove those records or move them to other schools first; nothing was changed.</source>
        <translation>ही आयात पूर्ववत करता येत नाही: तिने जोडलेल्या {count} शाळा आता वापरात आहेत — {examples}. आधी त्या नोंदी काढून टाका किंवा इतर शाळांकडे हलवा; काहीही बदलले नाही.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This import cannot be undone: it moved {school} ({code}) out of a block that has since been deleted; move the school back by hand first. Nothing was changed.</source>
        <translation>ही आयात पूर्ववत करता येत नाही: तिने {school} ({code}) ला अशा तालुक्यातून हलवले जो नंतर हटवला गेला; आधी शाळा स्वतः परत हलवा. काहीही बदलले नाही.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This import cannot be undone: it moved {school} ({code}) out of a cluster that has since been deleted; move the school back by hand first. Nothing was changed.</source>
        <translation>ही आयात पूर्ववत करता येत नाही: तिने {school} ({code}) ला अशा केंद्रातून हलवले जे नंतर हटवले गेले; आधी शाळा स्वतः परत हलवा. काहीही बदलले नाही.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/text_files.py" line="-159"/>
        <source>comma</source>
        <translation>स्वल्पविराम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semicolon</source>
        <translation>अर्धविराम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tab</source>
        <translation>टॅब</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vertical bar</source>
        <translation>उभी रेघ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>UTF-8 with BOM</source>
        <translation>BOM सह UTF-8</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>row {line:,} (byte {value:,})</source>
        <translation>ओळ {line:,} (बाइट {value:,})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>is not valid UTF-8 at {position}: the file may be cut short or damaged</source>
        <translation>{position} येथे वैध UTF-8 नाही: फाइल अपूर्ण किंवा खराब असू शकते</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file exported again, or another encoding chosen if it is not UTF-8</source>
        <translation>फाइल पुन्हा निर्यात केलेली, किंवा ती UTF-8 नसल्यास दुसरे एन्कोडिंग निवडलेले</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>is not valid {get} at {position}</source>
        <translation>{position} येथे वैध {get} नाही</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another encoding chosen, or the file exported again</source>
        <translation>दुसरे एन्कोडिंग निवडलेले, किंवा फाइल पुन्हा निर्यात केलेली</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot be read as &quot;{encoding}&quot;</source>
        <translation>&quot;{encoding}&quot; म्हणून वाचता येत नाही</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>contains NUL characters, so it is not a text file</source>
        <translation>मध्ये NUL अक्षरे आहेत, म्हणून ती मजकूर फाइल नाही</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a CSV or text file</source>
        <translation>CSV किंवा मजकूर फाइल</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>cannot be split into cells ({reason})</source>
        <translation>कप्प्यांमध्ये विभागता येत नाही ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cells shorter than 131,072 characters, each opening quote closed</source>
        <translation>131,072 अक्षरांपेक्षा लहान कप्पे, प्रत्येक सुरुवातीचे अवतरण चिन्ह बंद केलेले</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>has a quote (&quot;) opened in row {row:,} that is never closed, so every line below it would be read as one cell</source>
        <translation>ओळ {row:,} मध्ये उघडलेले अवतरण चिन्ह (&quot;) कधीच बंद होत नाही, म्हणून त्याखालील प्रत्येक ओळ एकच कप्पा म्हणून वाचली जाईल</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>each quoted cell closed with a quote</source>
        <translation>अवतरण चिन्हातील प्रत्येक कप्पा अवतरण चिन्हाने बंद केलेला</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/udise_codes.py" line="+24"/>
        <source>an 11-digit UDISE code, e.g. 29020904706</source>
        <translation>11 अंकी UDISE क्रमांक, उदा. 29020904706</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>is empty</source>
        <translation>रिकामा आहे</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>was shortened by Excel to scientific notation and has lost digits (only {count} of {length} are left)</source>
        <translation>Excel ने वैज्ञानिक संकेतनात लहान केला आहे आणि अंक गमावले आहेत ({length} पैकी केवळ {count} उरले)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the full code: format the column as Text in Excel and export the file again</source>
        <translation>पूर्ण क्रमांक: Excel मध्ये स्तंभाचे स्वरूप Text करा आणि फाइल पुन्हा निर्यात करा</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>contains &apos;{character}&apos;; a UDISE code has digits only</source>
        <translation>मध्ये &apos;{character}&apos; आहे; UDISE क्रमांकात केवळ अंक असतात</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>has 10 digits; with the leading zero it lost it is a code of district 0{district}</source>
        <translation>10 अंकी आहे; गमावलेल्या सुरुवातीच्या शून्यासह हा जिल्हा 0{district} चा क्रमांक आहे</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>has {count} digits</source>
        <translation>{count} अंकी आहे</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/values.py" line="+24"/>
        <source>a date written as DD/MM/YYYY, DD.MM.YYYY, DD-MM-YYYY, YYYY-MM-DD, 15 August 2026 or 15-Aug-2026, or an Excel date cell</source>
        <translation>DD/MM/YYYY, DD.MM.YYYY, DD-MM-YYYY, YYYY-MM-DD, 15 August 2026 किंवा 15-Aug-2026 असा लिहिलेला दिनांक, किंवा Excel दिनांक कप्पा</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>has the year {year}</source>
        <translation>मध्ये वर्ष {year} आहे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a year from {first} to {last}</source>
        <translation>{first} ते {last} मधील वर्ष</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>has no month {month} (dates are read day first)</source>
        <translation>मध्ये महिना {month} नाही (दिनांक प्रथम दिवस या क्रमाने वाचले जातात)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not a date in the calendar: {month} has {days} days</source>
        <translation>दिनदर्शिकेतील दिनांक नाही: {month} मध्ये {days} दिवस असतात</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a day that exists</source>
        <translation>अस्तित्वात असलेला दिवस</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is a time of day, not a date</source>
        <translation>दिवसाची वेळ आहे, दिनांक नाही</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a number, not a date</source>
        <translation>संख्या आहे, दिनांक नाही</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+12"/>
        <source>is not a date in a format this import reads</source>
        <translation>ही आयात वाचते त्या स्वरूपातील दिनांक नाही</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>has a 2-digit year</source>
        <translation>मध्ये 2 अंकी वर्ष आहे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the year in 4 digits, e.g. 15/08/2026</source>
        <translation>4 अंकी वर्ष, उदा. 15/08/2026</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/workbooks.py" line="+7"/>
        <source>is protected with a password</source>
        <translation>पासवर्डने सुरक्षित आहे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a copy saved without a password</source>
        <translation>पासवर्डशिवाय जतन केलेली प्रत</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is damaged and cannot be read as a workbook ({detail})</source>
        <translation>खराब झाली आहे आणि वर्कबुक म्हणून वाचता येत नाही ({detail})</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>has no sheets</source>
        <translation>मध्ये शीट्स नाहीत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a workbook with a sheet holding the table</source>
        <translation>तक्ता असलेली शीट असलेले वर्कबुक</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>has no sheet named &quot;{sheet}&quot;</source>
        <translation>मध्ये &quot;{sheet}&quot; नावाची शीट नाही</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of its sheets: {sheets}</source>
        <translation>त्याच्या शीट्सपैकी एक: {sheets}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>has no sheet with a header row among its first {rows} rows (a row of at least two column names such as &quot;UDISE code&quot;, &quot;School name&quot;)</source>
        <translation>मध्ये पहिल्या {rows} ओळींमध्ये शीर्ष ओळ असलेली शीट नाही (&quot;UDISE code&quot;, &quot;School name&quot; यांसारखी किमान दोन स्तंभ नावे असलेली ओळ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a sheet with the column names above the data, or the sheet and header row chosen by hand</source>
        <translation>डेटाच्या वर स्तंभांची नावे असलेली शीट, किंवा स्वतः निवडलेली शीट व शीर्ष ओळ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>has nothing in this sheet</source>
        <translation>या शीटमध्ये काहीही नाही</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a sheet with a header row and data rows</source>
        <translation>शीर्ष ओळ व डेटा ओळी असलेली शीट</translation>
    </message>
</context>
<context>
    <name>ImportsTab</name>
    <message>
        <location filename="../../desktop/ui/pages/baseline_imports.py" line="+56"/>
        <source>Search by batch number, file or who imported it</source>
        <translation>संच क्रमांक, फाइल किंवा आयात करणाऱ्या व्यक्तीनुसार शोधा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any kind of data</source>
        <translation>कोणत्याही प्रकारचा डेटा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any round</source>
        <translation>कोणतीही फेरी</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a file…</source>
        <translation>फाइल आयात करा…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo this import…</source>
        <translation>ही आयात पूर्ववत करा…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the school directory…</source>
        <translation>शाळा निर्देशिका निर्यात करा…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No.</source>
        <translation>क्र.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>केव्हा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>काय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round</source>
        <translation>फेरी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>फाइल्स</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>नवीन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>अद्ययावत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>अपरिवर्तित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>त्रुटी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>कोणी</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>स्थिती</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%(shown)s of %(total)s</source>
        <translation>%(total)s पैकी %(shown)s</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%(what)s from %(files)s</source>
        <translation>%(files)s मधील %(what)s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%(what)s in the round %(round)s</source>
        <translation>%(round)s फेरीतील %(what)s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo import batch %(batch)s (%(what)s)?

The %(created)s record(s) it created will be removed and the %(updated)s record(s) it changed will get their earlier values back. A backup of the database is made first.</source>
        <translation>आयात संच %(batch)s (%(what)s) पूर्ववत करायचा?

त्याने तयार केलेल्या %(created)s नोंदी काढल्या जातील आणि त्याने बदललेल्या %(updated)s नोंदींना त्यांची आधीची मूल्ये परत मिळतील. त्याआधी डेटाबेसचा बॅकअप घेतला जातो.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Imported as batch %s.</source>
        <translation>संच %s म्हणून आयात केले.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Undo import</source>
        <translation>आयात पूर्ववत करा</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undoing import batch %s</source>
        <translation>आयात संच %s पूर्ववत करत आहे</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Batch %(batch)s undone; the database as it was is kept in %(backup)s.</source>
        <translation>संच %(batch)s पूर्ववत केला; आधीचा डेटाबेस %(backup)s मध्ये ठेवला आहे.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo import batch %s</source>
        <translation>आयात संच %s पूर्ववत करा</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/selection_reason_dialog.py" line="+123"/>
        <source>For</source>
        <translation>यांच्यासाठी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dated</source>
        <translation>दिनांक(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Section</source>
        <translation>शाखा(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. ACAD, ADM (in the number); may be empty</source>
        <translation>उदा. ACAD, ADM (क्रमांकात येते); रिकामे असू शकते</translation>
    </message>
</context>
<context>
    <name>IssuedDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/circulars_page.py" line="-241"/>
        <source>Circular issued</source>
        <translation>परिपत्रक निर्गमित झाले</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued as &lt;b&gt;%s&lt;/b&gt;. Print it now, or save it as a PDF.</source>
        <translation>&lt;b&gt;%s&lt;/b&gt; म्हणून निर्गमित झाले. आता मुद्रित करा, किंवा PDF म्हणून जतन करा.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print…</source>
        <translation>मुद्रित करा…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save PDF…</source>
        <translation>PDF जतन करा…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save the issued circular</source>
        <translation>निर्गमित परिपत्रक जतन करा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फाइल्स (*.pdf)</translation>
    </message>
</context>
<context>
    <name>IssuedPdfDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/recognition_ranking_printing.py" line="-77"/>
        <source>Issued as &lt;b&gt;%s&lt;/b&gt;. Save the PDF, open it, or print it.</source>
        <translation>&lt;b&gt;%s&lt;/b&gt; म्हणून निर्गमित झाले. PDF जतन करा, उघडा किंवा मुद्रित करा.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save PDF…</source>
        <translation>PDF जतन करा…(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>उघडा(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>मुद्रित करा…(&amp;P)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फाइल्स (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %s</source>
        <translation>%s जतन केले</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No program on this computer opens PDF files; save it instead.</source>
        <translation>या संगणकावर PDF फाइल्स उघडणारा कोणताही प्रोग्राम नाही; त्याऐवजी ती जतन करा.</translation>
    </message>
</context>
<context>
    <name>LevelSchemeDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/level_scheme_dialog.py" line="+37"/>
        <source>New level scheme</source>
        <translation>नवीन स्तर रचना</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit level scheme</source>
        <translation>स्तर रचना संपादित करा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>नाव</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. FLN reading levels</source>
        <translation>उदा. FLN वाचन स्तर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One level a line, lowest first:
Beginner
Letter
Word</source>
        <translation>प्रत्येक ओळीत एक स्तर, सर्वात खालचा प्रथम:
प्रारंभिक
अक्षर
शब्द</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Levels (lowest first)</source>
        <translation>स्तर (सर्वात खालचा प्रथम)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meets the goal from</source>
        <translation>उद्दिष्ट गाठल्याचा किमान स्तर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>टिपा</translation>
    </message>
</context>
<context>
    <name>LevelSchemesDialog</name>
    <message>
        <location line="+45"/>
        <source>Level schemes</source>
        <translation>स्तर रचना</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>नाव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Levels, lowest first</source>
        <translation>स्तर, सर्वात खालचा प्रथम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meets the goal from</source>
        <translation>उद्दिष्ट गाठल्याचा किमान स्तर</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New…</source>
        <translation>नवीन…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>संपादित करा…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>हटवा</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Delete level scheme</source>
        <translation>स्तर रचना हटवा</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the level scheme %s?</source>
        <translation>%s ही स्तर रचना हटवायची?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Level scheme %s</source>
        <translation>स्तर रचना %s</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <location filename="../../desktop/services/i18n.py" line="+78"/>
        <source>{items} and {last}</source>
        <translation>{items} आणि {last}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{items} or {last}</source>
        <translation>{items} किंवा {last}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+114"/>
        <source>&amp;File</source>
        <translation>फाइल(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New database…</source>
        <translation>नवीन डेटाबेस…(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open database…</source>
        <translation>डेटाबेस उघडा…(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up now</source>
        <translation>आता बॅकअप घ्या(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from backup…</source>
        <translation>बॅकअपमधून पुनर्संचयित करा…(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>सेटिंग्ज…(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>बाहेर पडा(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>मदत(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About District Collective Desk</source>
        <translation>District Collective Desk विषयी(&amp;A)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Opening %s…</source>
        <translation>%s उघडत आहे…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source> (read-only)</source>
        <translation> (केवळ वाचनासाठी)</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+6"/>
        <source>New database</source>
        <translation>नवीन डेटाबेस</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Database files (*.db)</source>
        <translation>डेटाबेस फाइल्स (*.db)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%s already exists; use Open instead.</source>
        <translation>%s आधीच अस्तित्वात आहे; त्याऐवजी &apos;उघडा&apos; वापरा.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open database</source>
        <translation>डेटाबेस उघडा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database files (*.db);;All files (*)</source>
        <translation>डेटाबेस फाइल्स (*.db);;सर्व फाइल्स (*)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Daily backup failed</source>
        <translation>दैनंदिन बॅकअप अयशस्वी झाला</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Daily backup saved: %s</source>
        <translation>दैनंदिन बॅकअप जतन केला: %s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backing up</source>
        <translation>बॅकअप घेत आहे</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup saved: %s</source>
        <translation>बॅकअप जतन केला: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup failed</source>
        <translation>बॅकअप अयशस्वी झाला</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Restoring %s…</source>
        <translation>%s मधून पुनर्संचयित करत आहे…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restoring</source>
        <translation>पुनर्संचयित करत आहे</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored from %s</source>
        <translation>%s मधून पुनर्संचयित केले</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore failed</source>
        <translation>पुनर्संचयन अयशस्वी झाले</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Creating the demo district</source>
        <translation>प्रात्यक्षिक जिल्हा तयार करत आहे</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo data</source>
        <translation>प्रात्यक्षिक डेटा</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Database: %(database)s&lt;br&gt;Backups: %(backups)s</source>
        <translation>डेटाबेस: %(database)s&lt;br&gt;बॅकअप: %(backups)s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About District Collective Desk</source>
        <translation>District Collective Desk विषयी</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;District Collective Desk %(version)s&lt;/h3&gt;&lt;p&gt;Partnerships between district education offices and NGOs: schools, offices, organisations and people, kept on this computer.&lt;/p&gt;&lt;p&gt;%(where)s&lt;/p&gt;</source>
        <translation>&lt;h3&gt;District Collective Desk %(version)s&lt;/h3&gt;&lt;p&gt;जिल्हा शिक्षण कार्यालये आणि स्वयंसेवी संस्था यांच्यातील भागीदारी: शाळा, कार्यालये, संस्था आणि व्यक्ती यांची माहिती याच संगणकावर ठेवली जाते.&lt;/p&gt;&lt;p&gt;%(where)s&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_set.py" line="+18"/>
        <source>Dashboard</source>
        <translation>डॅशबोर्ड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schools</source>
        <translation>शाळा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocks and clusters</source>
        <translation>तालुके व केंद्रे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offices</source>
        <translation>कार्यालये</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations</source>
        <translation>संस्था</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>व्यक्ती</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MoUs</source>
        <translation>सामंजस्य करार (MoU)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committees</source>
        <translation>समित्या</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>बैठका</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action items</source>
        <translation>कार्यवाहीचे मुद्दे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>पायाभूत चाचणी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognition</source>
        <translation>गौरव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circulars</source>
        <translation>परिपत्रके</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange</source>
        <translation>डेटा देवाणघेवाण</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/meeting_dialog.py" line="+82"/>
        <source>Details</source>
        <translation>तपशील</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>विषयसूची</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance</source>
        <translation>उपस्थिती</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>इतिवृत्त</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action items</source>
        <translation>कार्यवाहीचे मुद्दे</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notice…</source>
        <translation>सूचना…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes PDF…</source>
        <translation>इतिवृत्त PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The notice of the meeting to its members, as a circular to issue</source>
        <translation>सदस्यांना बैठकीची सूचना, निर्गमित करावयाच्या परिपत्रकाच्या स्वरूपात</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the minutes as a PDF (marked DRAFT until approved)</source>
        <translation>इतिवृत्त PDF म्हणून जतन करा (मंजूर होईपर्यंत &apos;मसुदा&apos; असे चिन्हांकित)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>New meeting</source>
        <translation>नवीन बैठक</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%(title)s — %(date)s</source>
        <translation>%(title)s — %(date)s</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This database is open read-only: nothing can be saved.</source>
        <translation>हा डेटाबेस केवळ वाचनासाठी उघडला आहे: काहीही जतन करता येणार नाही.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the next meeting of %s</source>
        <translation>%s ची पुढील बैठक</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a later meeting convened by %s</source>
        <translation>%s यांनी बोलावलेली नंतरची बैठक</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The minutes were approved on %(date)s and are locked: nothing of this meeting changes any more. To correct them, open %(later)s and use “Record a correction to earlier approved minutes…” on its Minutes tab.</source>
        <translation>इतिवृत्त %(date)s रोजी मंजूर झाले असून ते बंदिस्त आहे: या बैठकीत आता काहीही बदलत नाही. ते दुरुस्त करण्यासाठी %(later)s उघडा आणि तिच्या &apos;इतिवृत्त&apos; टॅबवरील “आधी मंजूर झालेल्या इतिवृत्तातील दुरुस्ती नोंदवा…” वापरा.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This meeting was cancelled (%s). It is kept for the record and no longer changes.</source>
        <translation>ही बैठक रद्द झाली (%s). ती नोंदीसाठी ठेवली आहे आणि तिच्यात आता बदल होत नाहीत.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Scheduled.</source>
        <translation>नियोजित केली.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details saved.</source>
        <translation>तपशील जतन केला.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Mark held</source>
        <translation>बैठक झाली म्हणून नोंदवा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked held.</source>
        <translation>बैठक झाली म्हणून नोंदवले.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo held</source>
        <translation>&apos;बैठक झाली&apos; नोंद रद्द करा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled again.</source>
        <translation>पुन्हा नियोजित केली.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled.</source>
        <translation>रद्द केली.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Approve minutes</source>
        <translation>इतिवृत्त मंजूर करा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The minutes have changes that are not saved yet; save them before approving.</source>
        <translation>इतिवृत्तातील काही बदल अद्याप जतन झालेले नाहीत; मंजूर करण्यापूर्वी ते जतन करा.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minutes approved.</source>
        <translation>इतिवृत्त मंजूर झाले.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+10"/>
        <source>Notice of the meeting</source>
        <translation>बैठकीची सूचना</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice issued as No. %s.</source>
        <translation>सूचना क्र. %s म्हणून निर्गमित केली.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save the minutes</source>
        <translation>इतिवृत्त जतन करा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फाइल्स (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing the minutes</source>
        <translation>इतिवृत्त मुद्रित करत आहे</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved %s</source>
        <translation>%s जतन केले</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <location filename="../../desktop/services/calendar/cadence.py" line="+56"/>
        <location filename="../../desktop/services/meetings/meetings.py" line="+124"/>
        <source>Venue</source>
        <translation>ठिकाण</translation>
    </message>
    <message>
        <location filename="../../desktop/services/committees/usage.py" line="-155"/>
        <location filename="../../desktop/services/meetings/action_checks.py" line="-156"/>
        <location filename="../../desktop/services/meetings/printing.py" line="-278"/>
        <location filename="../../desktop/services/meetings/states.py" line="+43"/>
        <source>{meeting} on {day}</source>
        <translation>{day} रोजीची {meeting}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings/action_checks.py" line="+98"/>
        <location filename="../../desktop/services/meetings/action_listing.py" line="-74"/>
        <location filename="../../desktop/services/meetings/actions.py" line="-253"/>
        <location line="+258"/>
        <location filename="../../desktop/services/meetings/agenda.py" line="+51"/>
        <location filename="../../desktop/services/meetings/attendance.py" line="+68"/>
        <location line="+74"/>
        <location filename="../../desktop/services/meetings/meetings.py" line="+113"/>
        <location line="+62"/>
        <location line="+15"/>
        <location line="+28"/>
        <location line="+16"/>
        <location filename="../../desktop/services/meetings/minutes.py" line="-168"/>
        <location line="+65"/>
        <location line="+46"/>
        <location line="+1"/>
        <location line="+103"/>
        <location filename="../../desktop/services/meetings/printing.py" line="+276"/>
        <location filename="../../desktop/services/meetings/reading.py" line="+199"/>
        <source>Meeting</source>
        <translation>बैठक</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings/agenda.py" line="+13"/>
        <source>Item {number} is no longer on the agenda of this meeting, or is listed twice; close the agenda and open it again.</source>
        <translation>विषय {number} आता या बैठकीच्या विषयसूचीत नाही किंवा दोनदा आला आहे; विषयसूची बंद करून पुन्हा उघडा.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The minutes of {meeting} already say something under {written}; clear that first if the item is to be removed from the agenda.</source>
        <translation>{meeting} च्या इतिवृत्तात {written} अंतर्गत आधीच मजकूर आहे; विषय विषयसूचीतून काढायचा असल्यास आधी तो मजकूर काढा.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Item {number}: give its title.</source>
        <translation>विषय {number}: त्याचे शीर्षक द्या.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item {number}: the title is {count} characters long; at most {limit} fit.</source>
        <translation>विषय {number}: शीर्षक {count} अक्षरांचे आहे; जास्तीत जास्त {limit} अक्षरे चालतात.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item {number} ({title})</source>
        <translation>विषय {number} ({title})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item {number}</source>
        <translation>विषय {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{item}: the chosen presenter is not in the people records; choose again.</source>
        <translation>{item}: निवडलेले सादरकर्ते व्यक्तींच्या नोंदींमध्ये नाहीत; पुन्हा निवडा.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{item}: {minutes} minutes is not a duration; give 1 to {limit} minutes.</source>
        <translation>{item}: {minutes} मिनिटे हा कालावधी नाही; 1 ते {limit} मिनिटे द्या.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings/attendance.py" line="-137"/>
        <source>Not recorded</source>
        <translation>नोंद नाही</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>{meeting} is still to come; attendance can be recorded from that day.</source>
        <translation>{meeting} अजून व्हायची आहे; त्या दिवसापासून उपस्थिती नोंदवता येईल.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Row {number}</source>
        <translation>ओळ {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row {number}: the chosen person is not in the people records.</source>
        <translation>ओळ {number}: निवडलेली व्यक्ती व्यक्तींच्या नोंदींमध्ये नाही.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row {number}: choose the person, or type the guest&apos;s name.</source>
        <translation>ओळ {number}: व्यक्ती निवडा किंवा निमंत्रिताचे नाव टाइप करा.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is listed twice; record each person once.</source>
        <translation>{name} यांचे नाव दोनदा आले आहे; प्रत्येक व्यक्ती एकदाच नोंदवा.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name}: record present, absent or represented.</source>
        <translation>{name}: उपस्थित, अनुपस्थित किंवा प्रतिनिधीमार्फत असे नोंदवा.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not a member of {body} on {day}; a guest is recorded only as present.</source>
        <translation>{name} हे {day} रोजी {body} चे सदस्य नाहीत; निमंत्रिताची नोंद केवळ उपस्थित म्हणून होते.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{name}: the representative is not in the people records.</source>
        <translation>{name}: प्रतिनिधी व्यक्तींच्या नोंदींमध्ये नाहीत.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} cannot be their own representative.</source>
        <translation>{name} स्वतःचे प्रतिनिधी असू शकत नाहीत.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is marked represented; say who represented them.</source>
        <translation>{name} प्रतिनिधीमार्फत म्हणून नोंदले आहेत; प्रतिनिधित्व कोणी केले ते नमूद करा.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings/meetings.py" line="-280"/>
        <source>A meeting stays with the body it was scheduled for; cancel it and schedule a new one instead.</source>
        <translation>बैठक ज्या समितीसाठी नियोजित केली तिच्याकडेच राहते; त्याऐवजी ती रद्द करून नवीन बैठक नियोजित करा.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chosen body no longer exists; choose again.</source>
        <translation>निवडलेली समिती आता अस्तित्वात नाही; पुन्हा निवडा.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the date of the meeting.</source>
        <translation>बैठकीचा दिनांक द्या.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{body} was formed on {formed_on}; it cannot meet on {day}.</source>
        <translation>{body} ची स्थापना {formed_on} रोजी झाली; तिची बैठक {day} रोजी होऊ शकत नाही.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{body} was dissolved on {dissolved_on}; it cannot meet on {day}.</source>
        <translation>{body} {dissolved_on} रोजी विसर्जित झाली; तिची बैठक {day} रोजी होऊ शकत नाही.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the start time as well as the end time.</source>
        <translation>समाप्तीच्या वेळेसोबत सुरुवातीची वेळही द्या.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The meeting ends ({end_time:%H:%M}) before it starts ({start_time:%H:%M}).</source>
        <translation>बैठक सुरू होण्याआधीच ({start_time:%H:%M}) संपते ({end_time:%H:%M}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The chosen chair is not in the people records; choose again.</source>
        <translation>निवडलेले अध्यक्ष व्यक्तींच्या नोंदींमध्ये नाहीत; पुन्हा निवडा.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the level of the meeting: district, block, cluster or school.</source>
        <translation>बैठकीचा स्तर निवडा: जिल्हा, तालुका, केंद्र किंवा शाळा.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the {level} the meeting is for.</source>
        <translation>बैठक ज्या {level} साठी आहे ते निवडा.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The chosen {level} no longer exists; choose again.</source>
        <translation>निवडलेले {level} आता अस्तित्वात नाही; पुन्हा निवडा.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the office that convenes the meeting.</source>
        <translation>बैठकीचे संयोजक कार्यालय निवडा.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{weekday} {day} is a weekly off, not a working day at {office}. Give a reason to meet on it anyway.</source>
        <translation>{weekday} {day} ही {office} ची साप्ताहिक सुट्टी आहे, कामकाजाचा दिवस नाही. तरीही बैठक घ्यायची असल्यास कारण द्या.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{weekday} {day} is the {saturday}, not a working day at {office}. Give a reason to meet on it anyway.</source>
        <translation>{weekday} {day} हा {saturday} आहे, {office} चा कामकाजाचा दिवस नाही. तरीही बैठक घ्यायची असल्यास कारण द्या.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{weekday} {day} is a holiday ({holiday}), not a working day at {office}. Give a reason to meet on it anyway.</source>
        <translation>{weekday} {day} ही सुट्टी ({holiday}) आहे, {office} चा कामकाजाचा दिवस नाही. तरीही बैठक घ्यायची असल्यास कारण द्या.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>{meeting} is still to come; it can be marked held from that day.</source>
        <translation>{meeting} अजून व्हायची आहे; त्या दिवसापासून ती &apos;झाली&apos; म्हणून नोंदवता येईल.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>attendance</source>
        <translation>उपस्थिती</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>minutes</source>
        <translation>इतिवृत्त</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>action items</source>
        <translation>कार्यवाहीचे मुद्दे</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{meeting} already has {recorded} recorded; it stays held. Remove what is recorded first if the meeting really did not take place.</source>
        <translation>{meeting} मध्ये आधीच {recorded} नोंदलेले आहे; ती &apos;झाली&apos; म्हणूनच राहील. बैठक खरोखर झाली नसल्यास आधी नोंदलेले काढून टाका.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The reason for cancelling</source>
        <translation>रद्द करण्याचे कारण</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{meeting} is {status}; only a meeting still scheduled can be deleted.</source>
        <translation>{meeting} {status} आहे; केवळ अजून नियोजित असलेली बैठक हटवता येते.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>action items are raised in it or escalated to it</source>
        <translation>तिच्यात कार्यवाहीचे मुद्दे उपस्थित झाले आहेत किंवा तिच्याकडे पाठवले आहेत</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>corrections to earlier minutes are recorded in it</source>
        <translation>तिच्यात मागील इतिवृत्तांच्या दुरुस्त्या नोंदल्या आहेत</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its notice was issued from the dispatch register</source>
        <translation>तिची सूचना जावक नोंदवहीतून निर्गमित झाली आहे</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{meeting} cannot be deleted: {reasons}. Cancel it instead.</source>
        <translation>{meeting} हटवता येत नाही: {reasons}. त्याऐवजी ती रद्द करा.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings/minutes.py" line="-207"/>
        <source>{meeting} has no agenda items; add the items taken up to the agenda, then write the minutes under them.</source>
        <translation>{meeting} च्या विषयसूचीत एकही विषय नाही; चर्चा झालेले विषय विषयसूचीत जोडा, नंतर त्यांखाली इतिवृत्त लिहा.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Entry {number} is for an item no longer on the agenda of this meeting; close the minutes and open them again.</source>
        <translation>नोंद {number} अशा विषयाची आहे जो आता या बैठकीच्या विषयसूचीत नाही; इतिवृत्त बंद करून पुन्हा उघडा.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{title}: the discussion is {count} characters long; at most {limit} fit.</source>
        <translation>{title}: चर्चेचा मजकूर {count} अक्षरांचा आहे; जास्तीत जास्त {limit} अक्षरे चालतात.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title}: the decisions are {count} characters long; at most {limit} fit.</source>
        <translation>{title}: निर्णयांचा मजकूर {count} अक्षरांचा आहे; जास्तीत जास्त {limit} अक्षरे चालतात.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing is written in the minutes of {meeting}; write what was discussed or decided under at least one item.</source>
        <translation>{meeting} च्या इतिवृत्तात काहीही लिहिलेले नाही; किमान एका विषयाखाली झालेली चर्चा किंवा निर्णय लिहा.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Who approved the minutes</source>
        <translation>इतिवृत्त कोणी मंजूर केले</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the date the minutes were approved.</source>
        <translation>इतिवृत्त मंजूर केल्याचा दिनांक द्या.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The minutes cannot be approved on {day}, before the meeting itself ({meeting_day}).</source>
        <translation>इतिवृत्त बैठकीच्या आधी ({meeting_day}), {day} रोजी मंजूर करता येत नाही.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing is written yet under: {empty}. Write what was discussed or decided under every item before approving the minutes of {meeting}.</source>
        <translation>या विषयांखाली अजून काहीही लिहिलेले नाही: {empty}. {meeting} चे इतिवृत्त मंजूर करण्यापूर्वी प्रत्येक विषयाखाली झालेली चर्चा किंवा निर्णय लिहा.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The minutes of {meeting} are not approved (it is {status}); change them directly.</source>
        <translation>{meeting} चे इतिवृत्त मंजूर झालेले नाही (ती {status} आहे); त्यात थेट बदल करा.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The minutes of {meeting} are not approved (it is {status}); nothing to correct.</source>
        <translation>{meeting} चे इतिवृत्त मंजूर झालेले नाही (ती {status} आहे); दुरुस्त करण्यासारखे काही नाही.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write the correction.</source>
        <translation>दुरुस्ती लिहा.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The correction is {count} characters long; at most {limit} fit.</source>
        <translation>दुरुस्ती {count} अक्षरांची आहे; जास्तीत जास्त {limit} अक्षरे चालतात.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose an item of the agenda of {meeting}.</source>
        <translation>{meeting} च्या विषयसूचीतील एक विषय निवडा.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{meeting} is not a meeting of {body}; record the correction in a later meeting of that body.</source>
        <translation>{meeting} ही {body} ची बैठक नाही; त्या समितीच्या पुढील बैठकीत दुरुस्ती नोंदवा.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{meeting} is not convened by {office}; record the correction in a later meeting of that office.</source>
        <translation>{meeting} चे संयोजक {office} नाही; त्या कार्यालयाच्या पुढील बैठकीत दुरुस्ती नोंदवा.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{meeting} is not after {corrected}; a correction is recorded in a later meeting.</source>
        <translation>{meeting} ही {corrected} नंतरची नाही; दुरुस्ती नंतरच्या बैठकीत नोंदवली जाते.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The minutes of {meeting} are approved as well; record the correction in a meeting whose minutes are still open.</source>
        <translation>{meeting} चे इतिवृत्तही मंजूर झाले आहे; ज्या बैठकीचे इतिवृत्त अजून खुले आहे तिच्यात दुरुस्ती नोंदवा.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{meeting} was cancelled; record the correction in a meeting that takes place.</source>
        <translation>{meeting} रद्द झाली; जी बैठक प्रत्यक्ष होईल तिच्यात दुरुस्ती नोंदवा.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Correction</source>
        <translation>दुरुस्ती</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings/printing.py" line="-268"/>
        <source>{meeting} was cancelled ({reason}); it has no minutes.</source>
        <translation>{meeting} रद्द झाली ({reason}); तिचे इतिवृत्त नाही.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{meeting} is still scheduled; its minutes can be printed once it is held (mark it held, or record its attendance or minutes).</source>
        <translation>{meeting} अजून नियोजित आहे; ती झाल्यावर तिचे इतिवृत्त मुद्रित करता येईल (&apos;झाली&apos; म्हणून नोंदवा, किंवा तिची उपस्थिती किंवा इतिवृत्त नोंदवा).</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>The meeting notice is available in English.</source>
        <translation>बैठकीची सूचना इंग्रजीत उपलब्ध आहे.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{meeting} is {status}; a notice goes out only for a meeting still to be held.</source>
        <translation>{meeting} {status} आहे; सूचना केवळ अजून व्हायच्या असलेल्या बैठकीसाठी पाठवली जाते.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The notice is dated {day}, after the meeting on {meeting_day}; date it on or before the meeting.</source>
        <translation>सूचनेचा दिनांक {day} आहे, जो {meeting_day} रोजीच्या बैठकीनंतरचा आहे; बैठकीच्या दिवशीचा किंवा आधीचा दिनांक द्या.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{body} has no members on {day}; add its members before sending the notice.</source>
        <translation>{day} रोजी {body} मध्ये एकही सदस्य नाही; सूचना पाठवण्यापूर्वी सदस्य जोडा.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Circular No. {number} was cancelled; it cannot be recorded as the notice of {meeting}.</source>
        <translation>परिपत्रक क्र. {number} रद्द करण्यात आले; ते {meeting} ची सूचना म्हणून नोंदवता येत नाही.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{meeting} was cancelled ({reason}); its notice is not recorded.</source>
        <translation>{meeting} रद्द झाली ({reason}); तिची सूचना नोंदवली जात नाही.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings/states.py" line="+15"/>
        <source>{meeting} is {status}; it cannot become {target} (from {status} it can become: {allowed}).</source>
        <translation>{meeting} {status} आहे; ती {target} होऊ शकत नाही ({status} मधून ती होऊ शकते: {allowed}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nothing else</source>
        <translation>इतर काहीही नाही</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the next meeting of the body</source>
        <translation>समितीची पुढील बैठक</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a later meeting</source>
        <translation>नंतरची बैठक</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The minutes of {meeting} were approved on {day} and are locked. Record {record} in {later}.</source>
        <translation>{meeting} चे इतिवृत्त {day} रोजी मंजूर झाले असून ते बंद (लॉक) आहे. {record} {later} मध्ये नोंदवा.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The minutes of {meeting} were approved and are locked. Record {record} in {later}.</source>
        <translation>{meeting} चे इतिवृत्त मंजूर झाले असून ते बंद (लॉक) आहे. {record} {later} मध्ये नोंदवा.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a correction</source>
        <translation>दुरुस्ती</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{meeting} was cancelled ({reason}); it can no longer be changed.</source>
        <translation>{meeting} रद्द झाली ({reason}); तिच्यात आता बदल करता येत नाही.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{meeting} is still to come; its minutes can be recorded from that day.</source>
        <translation>{meeting} अजून व्हायची आहे; त्या दिवसापासून तिचे इतिवृत्त नोंदवता येईल.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{meeting} is still to come; its attendance can be recorded from that day.</source>
        <translation>{meeting} अजून व्हायची आहे; त्या दिवसापासून तिची उपस्थिती नोंदवता येईल.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings/vocabulary.py" line="-16"/>
        <source>Scheduled</source>
        <translation>नियोजित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>झाली</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes drafted</source>
        <translation>इतिवृत्ताचा मसुदा तयार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes approved</source>
        <translation>इतिवृत्त मंजूर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Present</source>
        <translation>उपस्थित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation>अनुपस्थित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Represented</source>
        <translation>प्रतिनिधीमार्फत</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/meetings_page.py" line="+66"/>
        <source>Search by title, body, place or venue</source>
        <translation>शीर्षक, समिती, स्थळ किंवा ठिकाण यानुसार शोधा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any level</source>
        <translation>कोणताही स्तर</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>any status</source>
        <translation>कोणतीही स्थिती</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any body</source>
        <translation>कोणतीही समिती</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any date</source>
        <translation>कोणताही दिनांक</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+114"/>
        <source>dates between…</source>
        <translation>दिनांकांदरम्यान…</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>New meeting…</source>
        <translation>नवीन बैठक…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>उघडा…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate 2-4-6-8 reviews…</source>
        <translation>2-4-6-8 आढावा बैठका तयार करा…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office calendar…</source>
        <translation>कार्यालयीन दिनदर्शिका…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review groups…</source>
        <translation>आढावा गट…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Date</source>
        <translation>दिनांक</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time</source>
        <translation>वेळ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>समिती</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>स्तर</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit</source>
        <translation>घटक</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>स्थिती</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Venue</source>
        <translation>ठिकाण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation>अध्यक्ष</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open actions</source>
        <translation>प्रलंबित कार्यवाही</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>List</source>
        <translation>यादी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>महिना</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meetings</source>
        <translation>बैठका</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Scheduled, not held</source>
        <translation>नियोजित, पण झाली नाही</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%(shown)s of %(total)s</source>
        <translation>%(total)s पैकी %(shown)s</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Review groups formed: %s.</source>
        <translation>आढावा गट स्थापन झाले: %s.</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <location filename="../../desktop/ui/pages/committee_members.py" line="+77"/>
        <source>Show who sat on the body on this date</source>
        <translation>या दिनांकाला समितीत कोण होते ते दाखवा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show history</source>
        <translation>इतिहास दाखवा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every membership the body has had, with when and why each ended</source>
        <translation>समितीची आजवरची सर्व सदस्यत्वे, प्रत्येक केव्हा व का समाप्त झाले यासह</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Members as on</source>
        <translation>या दिनांकाचे सदस्य</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add member…</source>
        <translation>सदस्य जोडा…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace…</source>
        <translation>सदस्य बदला…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End membership…</source>
        <translation>सदस्यत्व समाप्त करा…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct…</source>
        <translation>दुरुस्त करा…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove (entered by mistake)</source>
        <translation>काढून टाका (चुकून नोंदवलेले)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>नाव</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Designation</source>
        <translation>पदनाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representing</source>
        <translation>प्रतिनिधित्व</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>दूरध्वनी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>पासून</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>पर्यंत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it ended</source>
        <translation>समाप्तीचे कारण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces</source>
        <translation>यांच्या जागी</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choose a body above to see its members.</source>
        <translation>सदस्य पाहण्यासाठी वरील समिती निवडा.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%s&lt;/b&gt;: every membership</source>
        <translation>&lt;b&gt;%s&lt;/b&gt;: सर्व सदस्यत्वे</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>memberships</source>
        <translation>सदस्यत्वे</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>members</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+12"/>
        <source>Remove membership</source>
        <translation>सदस्यत्व काढून टाका</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Remove %(person)s&apos;s membership of %(body)s as entered by mistake? It disappears from the history. A member who left is ended or replaced instead.</source>
        <translation>%(body)s मधील %(person)s यांचे सदस्यत्व चुकून नोंदवले गेले म्हणून काढून टाकायचे? ते इतिहासातूनही नाहीसे होईल. बाहेर पडलेल्या सदस्याचे सदस्यत्व त्याऐवजी समाप्त केले जाते किंवा सदस्य बदलला जातो.</translation>
    </message>
</context>
<context>
    <name>MembershipDialogs</name>
    <message>
        <location filename="../../desktop/ui/dialogs/membership_dialogs.py" line="-188"/>
        <source>%(person)s has been %(role)s of the %(body)s since %(date)s.</source>
        <translation>%(person)s हे %(date)s पासून %(body)s चे %(role)s आहेत.</translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/meeting_minutes_tab.py" line="-225"/>
        <source>What was discussed, in paragraphs.</source>
        <translation>कोणत्या विषयांवर चर्चा झाली, परिच्छेदांमध्ये.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One decision a line.</source>
        <translation>प्रत्येक ओळीत एक निर्णय.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save minutes</source>
        <translation>इतिवृत्त जतन करा</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Discussion</source>
        <translation>चर्चा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decisions</source>
        <translation>निर्णय</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Corrects the minutes of</source>
        <translation>दुरुस्त केलेले इतिवृत्त</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Under item</source>
        <translation>विषय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction</source>
        <translation>दुरुस्ती</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Record a correction to earlier approved minutes…</source>
        <translation>आधी मंजूर झालेल्या इतिवृत्तातील दुरुस्ती नोंदवा…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove correction</source>
        <translation>दुरुस्ती काढून टाका</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Corrections to earlier approved minutes, recorded in this meeting</source>
        <translation>या बैठकीत नोंदवलेल्या, आधी मंजूर इतिवृत्तातील दुरुस्त्या</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Corrected in %(meeting)s on %(date)s: %(text)s</source>
        <translation>%(meeting)s मध्ये %(date)s रोजी दुरुस्त केले: %(text)s</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No agenda item yet.</source>
        <translation>अद्याप विषयसूचीत विषय नाही.</translation>
    </message>
</context>
<context>
    <name>MoUs</name>
    <message>
        <location filename="../../desktop/services/mous/attachments.py" line="+46"/>
        <source>Unknown kind of attachment &apos;{kind}&apos;.</source>
        <translation>जोडपत्राचा अज्ञात प्रकार &apos;{kind}&apos;.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/pseudonyms.py" line="+35"/>
        <location filename="../../desktop/services/exchange/return_template.py" line="-42"/>
        <location filename="../../desktop/services/exchange/scope.py" line="-180"/>
        <location line="+191"/>
        <location filename="../../desktop/services/mous/attachments.py" line="+7"/>
        <location filename="../../desktop/services/mous/lifecycle.py" line="+97"/>
        <location line="+8"/>
        <location line="+28"/>
        <location line="+37"/>
        <location line="+58"/>
        <location line="+71"/>
        <location filename="../../desktop/services/mous/printing.py" line="+157"/>
        <location line="+102"/>
        <location line="+17"/>
        <location filename="../../desktop/services/mous/register.py" line="+254"/>
        <location line="+18"/>
        <location line="+17"/>
        <location line="+31"/>
        <source>MoU</source>
        <translation>MoU</translation>
    </message>
    <message>
        <location filename="../../desktop/services/mous/attachments.py" line="+25"/>
        <location line="+6"/>
        <source>Attachment</source>
        <translation>जोडपत्र</translation>
    </message>
    <message>
        <location filename="../../desktop/services/mous/coverage.py" line="+53"/>
        <location filename="../../desktop/services/mous/timeline_words.py" line="+101"/>
        <source>Whole district</source>
        <translation>संपूर्ण जिल्हा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} block</source>
        <translation>{count} तालुका</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} blocks</source>
        <translation>{count} तालुके</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} cluster</source>
        <translation>{count} केंद्र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} clusters</source>
        <translation>{count} केंद्रे</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} school</source>
        <translation>{count} शाळा</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} schools</source>
        <translation>{count} शाळा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing yet</source>
        <translation>अद्याप काहीही नाही</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the whole district, or the blocks, clusters or schools covered.</source>
        <translation>संपूर्ण जिल्हा निवडा, किंवा समाविष्ट तालुके, केंद्रे किंवा शाळा निवडा.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the district of the issuing office first (Offices page).</source>
        <translation>आधी करार करणाऱ्या कार्यालयाचा जिल्हा नोंदवा (&apos;कार्यालये&apos; पान).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>block {name}</source>
        <translation>तालुका {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cluster {name}</source>
        <translation>केंद्र {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>school {name}</source>
        <translation>शाळा {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} of the chosen units no longer exist; choose again.</source>
        <translation>निवडलेल्यांपैकी {count} घटक आता अस्तित्वात नाहीत; पुन्हा निवडा.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the office&apos;s district</source>
        <translation>कार्यालयाचा जिल्हा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{units} and {count} more</source>
        <translation>{units} आणि आणखी {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside {district}: {units}. An MoU covers only its own district.</source>
        <translation>{district} बाहेरील: {units}. MoU केवळ त्याच्या स्वतःच्या जिल्ह्याला लागू होतो.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/mous/lifecycle.py" line="-228"/>
        <source>MoU {reference} is {status}; it cannot become {target} (from {status} it can become: {allowed}).</source>
        <translation>MoU {reference} {status} आहे; तो {target} होऊ शकत नाही ({status} मधून तो होऊ शकतो: {allowed}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nothing else</source>
        <translation>इतर काहीही नाही</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>MoU {reference} has no required signatory yet; add them first.</source>
        <translation>MoU {reference} साठी अद्याप आवश्यक स्वाक्षरीकर्ता नाही; आधी ते जोडा.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MoU {reference} is not signed yet by: {waiting}.</source>
        <translation>MoU {reference} वर यांची स्वाक्षरी अद्याप नाही: {waiting}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>MoU {reference} starts on {day}; it can be activated from that day.</source>
        <translation>MoU {reference} {day} रोजी सुरू होतो; त्या दिवसापासून तो सक्रिय करता येईल.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MoU {reference} ended on {day}; renew it instead of activating it.</source>
        <translation>MoU {reference} {day} रोजी संपला; तो सक्रिय करण्याऐवजी त्याचे नूतनीकरण करा.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Already active with the same partner, focus and schools: {mous}. Give a reason to activate this MoU as well.</source>
        <translation>याच भागीदार संस्थेसोबत, याच कार्यक्षेत्रात व याच शाळांसाठी आधीच सक्रिय: {mous}. हा MoU देखील सक्रिय करण्याचे कारण द्या.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Give the reason for terminating the MoU.</source>
        <translation>MoU संपुष्टात आणण्याचे कारण द्या.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the date the MoU was terminated.</source>
        <translation>MoU संपुष्टात आणल्याचा दिनांक द्या.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{day} is in the future; terminate on or before today.</source>
        <translation>{day} हा भविष्यातील दिनांक आहे; आज किंवा त्याआधीच्या दिनांकास संपुष्टात आणा.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+135"/>
        <source>{day} is outside the MoU&apos;s period ({start} to {end}).</source>
        <translation>{day} हा MoU च्या कालावधीबाहेर ({start} ते {end}) आहे.</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>MoU {reference} is {status}; only an active or expired MoU is renewed.</source>
        <translation>MoU {reference} {status} आहे; केवळ सक्रिय किंवा मुदत संपलेल्या MoU चे नूतनीकरण होते.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../desktop/services/mous/register.py" line="-194"/>
        <location filename="../../desktop/services/mous/timeline_words.py" line="-11"/>
        <source>Reference number</source>
        <translation>संदर्भ क्रमांक</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../desktop/services/mous/register.py" line="+4"/>
        <source>Another MoU already has the reference {reference}.</source>
        <translation>संदर्भ {reference} आधीच दुसऱ्या MoU ला दिलेला आहे.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the start and end dates of the renewed MoU.</source>
        <translation>नूतनीकृत MoU चे सुरुवातीचे व समाप्तीचे दिनांक द्या.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../desktop/services/mous/register.py" line="+26"/>
        <source>The MoU ends ({end}) before it starts ({start}).</source>
        <translation>MoU सुरू होण्याआधीच ({start}) संपतो ({end}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A renewal starts after the MoU it renews ({day}).</source>
        <translation>नूतनीकरण, ज्या MoU चे नूतनीकरण होत आहे त्याच्या ({day}) नंतर सुरू होते.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>MoU {reference} is {status}; only a signed or active MoU is amended (edit the draft itself instead).</source>
        <translation>MoU {reference} {status} आहे; केवळ स्वाक्षरित किंवा सक्रिय MoU मध्ये सुधारणा होते (त्याऐवजी मसुदाच संपादित करा).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MoU {reference} is {status}; only a signed or active MoU is amended.</source>
        <translation>MoU {reference} {status} आहे; केवळ स्वाक्षरित किंवा सक्रिय MoU मध्ये सुधारणा होते.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the amendment changes</source>
        <translation>सुधारणेने काय बदलते</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the date the amendment takes effect.</source>
        <translation>सुधारणा लागू होण्याचा दिनांक द्या.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The new end date must not be before today or the start date.</source>
        <translation>नवीन समाप्ती दिनांक आजच्या किंवा सुरुवातीच्या दिनांकाआधीचा नसावा.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed on {day} is in the future.</source>
        <translation>स्वाक्षरीचा दिनांक {day} भविष्यातील आहे.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/mous/listing.py" line="+212"/>
        <source>Ending within {days} days: {mous}</source>
        <translation>{days} दिवसांत संपणारे: {mous}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reference} (ended {day})</source>
        <translation>{reference} ({day} रोजी संपला)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expired: {mous}</source>
        <translation>मुदत संपलेले: {mous}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reference} (from {day})</source>
        <translation>{reference} ({day} पासून)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed but not yet active: {mous}</source>
        <translation>स्वाक्षरित पण अद्याप सक्रिय नसलेले: {mous}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reference}: {obligation} (due {day})</source>
        <translation>{reference}: {obligation} (मुदत {day})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overdue obligations: {obligations} and {count} more</source>
        <translation>मुदत उलटलेल्या जबाबदाऱ्या: {obligations} आणि आणखी {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue obligations: {obligations}</source>
        <translation>मुदत उलटलेल्या जबाबदाऱ्या: {obligations}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/mous/overlaps.py" line="+43"/>
        <source>{reference} (until {day}, {count} school in common)</source>
        <translation>{reference} ({day} पर्यंत, {count} समान शाळा)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reference} (until {day}, {count} schools in common)</source>
        <translation>{reference} ({day} पर्यंत, {count} समान शाळा)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/mous/parts.py" line="+76"/>
        <source>Signatory {number}: name and designation are both needed.</source>
        <translation>स्वाक्षरीकर्ता {number}: नाव आणि पदनाम दोन्ही आवश्यक आहेत.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signatory {number}: the party must be the district or the partner.</source>
        <translation>स्वाक्षरीकर्ता {number}: पक्ष जिल्हा किंवा भागीदार संस्था असला पाहिजे.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signatory {number}</source>
        <translation>स्वाक्षरीकर्ता {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{signatory}: signed on {day} is in the future.</source>
        <translation>{signatory}: स्वाक्षरीचा दिनांक {day} भविष्यातील आहे.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{signatory}: signed on {day}, after the MoU ends ({end}).</source>
        <translation>{signatory}: स्वाक्षरी {day} रोजी, MoU संपल्यानंतर ({end}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{signatory}: signed on {day}, more than {days} days before the MoU starts ({start}); check the year.</source>
        <translation>{signatory}: स्वाक्षरी {day} रोजी, MoU सुरू होण्याच्या ({start}) {days} दिवसांहून अधिक आधी; वर्ष तपासा.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Obligation {number}: say what is to be done.</source>
        <translation>जबाबदारी {number}: काय करायचे आहे ते नमूद करा.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>party</source>
        <translation>पक्ष</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>स्थिती</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Obligation {number}: unknown {what} &apos;{value}&apos;.</source>
        <translation>जबाबदारी {number}: अज्ञात {what} &apos;{value}&apos;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Obligation {number}: frequency must be one of {values}.</source>
        <translation>जबाबदारी {number}: वारंवारता {values} यांपैकी एक असावी.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&apos;{category}&apos; is not a category of data the app can share.</source>
        <translation>&apos;{category}&apos; हा ॲप सामायिक करू शकणाऱ्या डेटाचा प्रवर्ग नाही.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{category} is listed twice.</source>
        <translation>{category} दोनदा आला आहे.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{category}: say for what purpose the partner receives it.</source>
        <translation>{category}: भागीदार संस्थेला तो कोणत्या उद्देशाने मिळतो ते नमूद करा.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{category}: the partner may keep data from 1 to {limit} months, not {months}.</source>
        <translation>{category}: भागीदार संस्था डेटा 1 ते {limit} महिने ठेवू शकते, {months} नव्हे.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/mous/printing.py" line="-194"/>
        <source>There is no default MoU text in &apos;{language}&apos;.</source>
        <translation>&apos;{language}&apos; मध्ये MoU चा पूर्वनिर्धारित मजकूर नाही.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>MoU text, {problem}</source>
        <translation>MoU मजकूर, {problem}</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>The MoU authorisation letter is available in {names}.</source>
        <translation>MoU प्राधिकारपत्र {names} मध्ये उपलब्ध आहे.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MoU {reference} is {status}; schools are sent an authorisation letter only once the MoU is signed or active.</source>
        <translation>MoU {reference} {status} आहे; MoU स्वाक्षरित किंवा सक्रिय झाल्यावरच शाळांना प्राधिकारपत्र पाठवले जाते.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>MoU {reference} covers no school today; there is no one to write to.</source>
        <translation>MoU {reference} मध्ये आज एकही शाळा समाविष्ट नाही; पत्र पाठवण्यासाठी कोणी नाही.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/mous/register.py" line="-22"/>
        <location filename="../../desktop/services/mous/timeline_words.py" line="+1"/>
        <location line="+60"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the office that signs for the district.</source>
        <translation>जिल्ह्याच्या वतीने स्वाक्षरी करणारे कार्यालय निवडा.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one partner organisation.</source>
        <translation>किमान एक भागीदार संस्था निवडा.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A chosen partner organisation no longer exists; choose again.</source>
        <translation>निवडलेली एक भागीदार संस्था आता अस्तित्वात नाही; पुन्हा निवडा.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the focus intervention.</source>
        <translation>कार्यक्षेत्र (हस्तक्षेप) निवडा.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/services/mous/timeline_words.py" line="-57"/>
        <source>Focus</source>
        <translation>कार्यक्षेत्र</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe the focus intervention.</source>
        <translation>कार्यक्षेत्राचे (हस्तक्षेपाचे) वर्णन करा.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start date is required.</source>
        <translation>सुरुवातीचा दिनांक आवश्यक आहे.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End date is required.</source>
        <translation>समाप्ती दिनांक आवश्यक आहे.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The chosen nodal officer no longer exists.</source>
        <translation>निवडलेले नोडल अधिकारी आता अस्तित्वात नाहीत.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the amount of funding in rupees, or mark the MoU non-financial.</source>
        <translation>निधीची रक्कम रुपयांत द्या, किंवा MoU &apos;आर्थिक तरतूद नाही&apos; म्हणून नोंदवा.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language must be one of {values}.</source>
        <translation>भाषा {values} यांपैकी एक असावी.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../desktop/services/mous/timeline_words.py" line="+2"/>
        <source>Objectives</source>
        <translation>उद्दिष्टे</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>MoU {reference} is {status}; its terms change only through an amendment.</source>
        <translation>MoU {reference} {status} आहे; त्याच्या अटी केवळ सुधारणेद्वारे बदलतात.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>MoU {reference} is {status}; its obligations are closed.</source>
        <translation>MoU {reference} {status} आहे; त्याच्या जबाबदाऱ्या बंद झाल्या आहेत.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>MoU {reference} is {status}; only drafts can be deleted.</source>
        <translation>MoU {reference} {status} आहे; केवळ मसुदे हटवता येतात.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MoU {reference} has been renewed; it stays on record.</source>
        <translation>MoU {reference} चे नूतनीकरण झाले आहे; तो नोंदीत राहतो.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/mous/reports.py" line="+164"/>
        <source>Save the register as a .pdf or an .xlsx file.</source>
        <translation>नोंदवही .pdf किंवा .xlsx फाइल म्हणून जतन करा.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/mous/usage.py" line="+21"/>
        <source>{name} is covered by {count} MoU ({references}); it stays on record while they do.</source>
        <translation>{name} {count} MoU मध्ये समाविष्ट आहे ({references}); ते लागू असेपर्यंत ते नोंदीत राहते.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is covered by {count} MoUs ({references}); it stays on record while they do.</source>
        <translation>{name} {count} MoU मध्ये समाविष्ट आहे ({references}); ते लागू असेपर्यंत ते नोंदीत राहते.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is a party to {count} MoU ({references}); it stays on record while they do.</source>
        <translation>{name} {count} MoU मध्ये पक्ष आहे ({references}); ते लागू असेपर्यंत ते नोंदीत राहते.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is a party to {count} MoUs ({references}); it stays on record while they do.</source>
        <translation>{name} {count} MoU मध्ये पक्ष आहे ({references}); ते लागू असेपर्यंत ते नोंदीत राहते.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} signs for the district in {count} MoU ({references}); it stays on record while they do.</source>
        <translation>{name} {count} MoU मध्ये जिल्ह्याच्या वतीने स्वाक्षरी करते ({references}); ते लागू असेपर्यंत ते नोंदीत राहते.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} signs for the district in {count} MoUs ({references}); it stays on record while they do.</source>
        <translation>{name} {count} MoU मध्ये जिल्ह्याच्या वतीने स्वाक्षरी करते ({references}); ते लागू असेपर्यंत ते नोंदीत राहते.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is the nodal officer of {count} MoU ({references}); it stays on record while they do.</source>
        <translation>{name} {count} MoU चे नोडल अधिकारी आहेत ({references}); ते लागू असेपर्यंत ही नोंद राहते.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is the nodal officer of {count} MoUs ({references}); it stays on record while they do.</source>
        <translation>{name} {count} MoU चे नोडल अधिकारी आहेत ({references}); ते लागू असेपर्यंत ही नोंद राहते.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{references} and {count} more</source>
        <translation>{references} आणि आणखी {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/mous/vocabulary.py" line="+11"/>
        <source>Foundational literacy and numeracy (FLN)</source>
        <translation>पायाभूत साक्षरता व संख्याज्ञान (FLN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School leadership development</source>
        <translation>शालेय नेतृत्व विकास</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teacher professional development</source>
        <translation>शिक्षक व्यावसायिक विकास</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community engagement</source>
        <translation>समुदाय सहभाग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other (described)</source>
        <translation>इतर (वर्णनासह)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft</source>
        <translation>मसुदा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under review</source>
        <translation>छाननीत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>स्वाक्षरित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>मुदत संपलेला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminated</source>
        <translation>संपुष्टात आणलेला</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The district</source>
        <translation>जिल्हा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The partner</source>
        <translation>भागीदार संस्था</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Responsibility</source>
        <translation>जबाबदारी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliverable</source>
        <translation>फलनिष्पत्ती</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pending</source>
        <translation>प्रलंबित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>प्रगतीपथावर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>पूर्ण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>वगळले</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Once</source>
        <translation>एकदा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>मासिक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarterly</source>
        <translation>त्रैमासिक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half-yearly</source>
        <translation>सहामाही</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly</source>
        <translation>वार्षिक</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>School directory (names, UDISE codes, location, management)</source>
        <translation>शाळांची निर्देशिका (नावे, UDISE क्रमांक, स्थान, व्यवस्थापन)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>School-level indicators (enrolment, attendance, teachers)</source>
        <translation>शाळास्तरीय निर्देशांक (पटसंख्या, उपस्थिती, शिक्षक)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aggregated assessment results (by school, cluster, block)</source>
        <translation>एकत्रित मूल्यमापन निकाल (शाळा, केंद्र, तालुकानिहाय)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pseudonymised student-level assessment results</source>
        <translation>छद्मनामित विद्यार्थीनिहाय मूल्यमापन निकाल</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact details of officials</source>
        <translation>अधिकाऱ्यांचे संपर्क तपशील</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed copy</source>
        <translation>स्वाक्षरित प्रत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annexure</source>
        <translation>परिशिष्ट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>इतर</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_tables.py" line="+24"/>
        <source>District</source>
        <translation>जिल्हा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>भागीदार संस्था</translation>
    </message>
    <message>
        <location filename="../../desktop/services/mous/timeline_words.py" line="-36"/>
        <source>MoU created</source>
        <translation>MoU तयार केला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MoU changed</source>
        <translation>MoU मध्ये बदल केला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MoU deleted</source>
        <translation>MoU हटवला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner added</source>
        <translation>भागीदार संस्था जोडली</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner changed</source>
        <translation>भागीदार संस्था बदलली</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner removed</source>
        <translation>भागीदार संस्था काढून टाकली</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added to the coverage</source>
        <translation>व्याप्तीत समाविष्ट केले</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage changed</source>
        <translation>व्याप्ती बदलली</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed from the coverage</source>
        <translation>व्याप्तीतून काढून टाकले</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory added</source>
        <translation>स्वाक्षरीकर्ता जोडला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory changed</source>
        <translation>स्वाक्षरीकर्त्याचा तपशील बदलला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory removed</source>
        <translation>स्वाक्षरीकर्ता काढून टाकला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obligation added</source>
        <translation>जबाबदारी जोडली</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obligation changed</source>
        <translation>जबाबदारी बदलली</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obligation removed</source>
        <translation>जबाबदारी काढून टाकली</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-sharing term added</source>
        <translation>डेटा सामायिकरणाची अट जोडली</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-sharing term changed</source>
        <translation>डेटा सामायिकरणाची अट बदलली</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-sharing term removed</source>
        <translation>डेटा सामायिकरणाची अट काढून टाकली</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amendment added</source>
        <translation>सुधारणा जोडली</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amendment changed</source>
        <translation>सुधारणा बदलली</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amendment removed</source>
        <translation>सुधारणा काढून टाकली</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned copy attached</source>
        <translation>स्कॅन केलेली प्रत जोडली</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned copy changed</source>
        <translation>स्कॅन केलेली प्रत बदलली</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned copy removed</source>
        <translation>स्कॅन केलेली प्रत काढून टाकली</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>District office</source>
        <translation>जिल्हा कार्यालय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nodal officer</source>
        <translation>नोडल अधिकारी</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe the focus</source>
        <translation>कार्यक्षेत्राचे वर्णन करा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts on</source>
        <translation>प्रारंभ दिनांक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends on</source>
        <translation>समाप्ती दिनांक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funded</source>
        <translation>निधीसह</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding</source>
        <translation>निधी</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+31"/>
        <source>Status</source>
        <translation>स्थिती</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Status changed on</source>
        <translation>स्थिती बदलल्याचा दिनांक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminated on</source>
        <translation>संपुष्टात आणल्याचा दिनांक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for terminating</source>
        <translation>संपुष्टात आणण्याचे कारण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why both overlapping MoUs are needed</source>
        <translation>एकमेकांवर येणारे दोन्ही MoU का आवश्यक आहेत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renews</source>
        <translation>याचे नूतनीकरण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the MoU</source>
        <translation>सामंजस्य कराराची भाषा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text of the MoU</source>
        <translation>सामंजस्य कराराचा मजकूर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner organisation</source>
        <translation>भागीदार संस्था</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block</source>
        <translation>तालुका</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster</source>
        <translation>केंद्र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School</source>
        <translation>शाळा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>नाव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Designation</source>
        <translation>पदनाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs for</source>
        <translation>कोणाच्या वतीने स्वाक्षरी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which partner</source>
        <translation>कोणती भागीदार संस्था</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>आवश्यक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date signed</source>
        <translation>स्वाक्षरीचा दिनांक</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Party</source>
        <translation>पक्ष</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>What is to be done</source>
        <translation>काय करायचे आहे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>जबाबदार व्यक्ती</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due by</source>
        <translation>मुदत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often</source>
        <translation>वारंवारता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator and target</source>
        <translation>निर्देशांक व उद्दिष्ट</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The partner may receive</source>
        <translation>भागीदार संस्थेला मिळू शकणारा डेटा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For what purpose</source>
        <translation>कोणत्या उद्देशाने</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it for</source>
        <translation>किती काळ ठेवावा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version</source>
        <translation>आवृत्ती</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes effect on</source>
        <translation>अंमलबजावणीचा दिनांक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed on</source>
        <translation>स्वाक्षरीचा दिनांक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it changes</source>
        <translation>काय बदलते</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text of the amendment</source>
        <translation>सुधारणेचा मजकूर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes the end date to</source>
        <translation>नवीन समाप्ती दिनांक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous end date</source>
        <translation>पूर्वीचा समाप्ती दिनांक</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>फाइल</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>{count} month</source>
        <translation>{count} महिना</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} months</source>
        <translation>{count} महिने</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yes</source>
        <translation>होय</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>नाही</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{field} changed</source>
        <translation>{field} बदलला</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: {before} → {after}</source>
        <translation>{field}: {before} → {after}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{field}: {value}</source>
        <translation>{field}: {value}</translation>
    </message>
</context>
<context>
    <name>MonthCalendar</name>
    <message>
        <location filename="../../desktop/ui/pages/month_calendar.py" line="+227"/>
        <source>Whose working days and meetings the calendar shows</source>
        <translation>दिनदर्शिकेत कोणाचे कामकाजाचे दिवस व बैठका दाखवायच्या</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Calendar of:</source>
        <translation>दिनदर्शिका:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Scheduled</source>
        <translation>नियोजित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not held, day passed</source>
        <translation>झाली नाही, दिवस उलटला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>झाली</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes drafted</source>
        <translation>इतिवृत्ताचा मसुदा तयार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes approved</source>
        <translation>इतिवृत्त मंजूर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grey: day off</source>
        <translation>राखाडी: सुट्टीचा दिवस</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Every office (Sundays, 2nd and 4th Saturdays off)</source>
        <translation>सर्व कार्यालये (रविवार, दुसरा व चौथा शनिवार सुट्टी)</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%s meetings</source>
        <translation>%s बैठका</translation>
    </message>
</context>
<context>
    <name>MonthChooser</name>
    <message>
        <location line="-299"/>
        <source>Previous month</source>
        <translation>मागील महिना</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next month</source>
        <translation>पुढील महिना</translation>
    </message>
</context>
<context>
    <name>MouDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_dialog.py" line="+76"/>
        <source>New MoU</source>
        <translation>नवीन MoU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MoU %(reference)s — %(status)s</source>
        <translation>MoU %(reference)s — %(status)s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Details</source>
        <translation>तपशील</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage</source>
        <translation>व्याप्ती</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatories</source>
        <translation>स्वाक्षरीकर्ते</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obligations</source>
        <translation>जबाबदाऱ्या</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data sharing</source>
        <translation>डेटा सामायिकरण</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attachments</source>
        <translation>जोडपत्रे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>कालक्रम</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Text of the MoU</source>
        <translation>सामंजस्य कराराचा मजकूर</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reference number</source>
        <translation>संदर्भ क्रमांक</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. DDPI/KVD/MOU/2026/01</source>
        <translation>उदा. DDPI/KVD/MOU/2026/01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District office</source>
        <translation>जिल्हा कार्यालय</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nodal officer</source>
        <translation>नोडल अधिकारी</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner organisations</source>
        <translation>भागीदार संस्था</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Focus</source>
        <translation>कार्यक्षेत्र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the focus</source>
        <translation>कार्यक्षेत्राचे वर्णन करा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts on</source>
        <translation>प्रारंभ दिनांक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends on</source>
        <translation>समाप्ती दिनांक</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funding</source>
        <translation>निधी</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the MoU</source>
        <translation>सामंजस्य कराराची भाषा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objectives</source>
        <translation>उद्दिष्टे</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The clauses as they are to be printed. A line each; &apos;- &apos; for bullets, &apos;1. &apos; for numbered clauses, *bold* and _italic_.</source>
        <translation>कलमे जशी छापायची तशी. प्रत्येक कलम स्वतंत्र ओळीत; बुलेटसाठी &apos;- &apos;, क्रमांकित कलमांसाठी &apos;1. &apos;, *ठळक* आणि _तिरपे_.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+28"/>
        <source>Use the standard text</source>
        <translation>प्रमाणित मजकूर वापरा</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The district&apos;s standard clauses in the language chosen, to adapt</source>
        <translation>निवडलेल्या भाषेतील जिल्ह्याची प्रमाणित कलमे, आवश्यकतेनुसार बदलण्यासाठी</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Replace the text written so far with the standard clauses?</source>
        <translation>आतापर्यंत लिहिलेला मजकूर प्रमाणित कलमांनी बदलायचा?</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>“%s” is not in the list of people: choose from the list, or leave it empty.</source>
        <translation>“%s” व्यक्तींच्या यादीत नाही: यादीतून निवडा किंवा रिकामे ठेवा.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the amount in whole rupees, e.g. 12,50,000.</source>
        <translation>रक्कम पूर्ण रुपयांत लिहा, उदा. 12,50,000.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This database is open read-only: nothing can be saved.</source>
        <translation>हा डेटाबेस केवळ वाचनासाठी उघडला आहे: काहीही जतन करता येणार नाही.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This MoU is %s: it is kept on record as it was, and nothing in it changes.</source>
        <translation>हा MoU %s आहे: तो जसा होता तसाच नोंदीत ठेवला जातो, आणि त्यात काहीही बदलत नाही.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed MoUs change only through an amendment (on the MoU page). Here you can update the obligations and attach scanned copies.</source>
        <translation>स्वाक्षरी झालेल्या MoU मध्ये केवळ सुधारणेद्वारेच (MoU पृष्ठावरून) बदल होतो. येथे आपण जबाबदाऱ्या अद्ययावत करू शकता आणि स्कॅन केलेल्या प्रती जोडू शकता.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Close</source>
        <translation>बंद करा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save obligations</source>
        <translation>जबाबदाऱ्या जतन करा</translation>
    </message>
</context>
<context>
    <name>MouPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/export_mou_page.py" line="+62"/>
        <source>Choose the MoU</source>
        <translation>MoU निवडा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A package holds only what the MoU&apos;s data-sharing terms allow, about the schools it covers. Only an active MoU can export.</source>
        <translation>पॅकेजमध्ये MoU च्या डेटा सामायिकरण अटींनुसार परवानगी असलेलाच, त्यात समाविष्ट शाळांविषयीचा डेटा असतो. केवळ सक्रिय MoU साठीच निर्यात करता येते.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search by reference, title, partner or office</source>
        <translation>संदर्भ, शीर्षक, भागीदार संस्था किंवा कार्यालय यानुसार शोधा</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Search:</source>
        <translation>शोधा:(&amp;S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>भागीदार संस्था</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>स्थिती</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Valid until</source>
        <translation>वैधता दिनांक</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>MoUs</source>
        <translation>MoU</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%(shown)d of %(total)d</source>
        <translation>%(total)d पैकी %(shown)d</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>MoU %(reference)s: %(title)s</source>
        <translation>MoU %(reference)s: %(title)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For: %s</source>
        <translation>यांच्यासाठी: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its terms allow %(categories)d categories of data about %(schools)s schools; the partner keeps them until %(date)s.</source>
        <translation>त्याच्या अटींनुसार %(schools)s शाळांविषयीच्या डेटाच्या %(categories)d प्रवर्गांना परवानगी आहे; भागीदार संस्था तो %(date)s पर्यंत ठेवू शकते.</translation>
    </message>
</context>
<context>
    <name>MousPage</name>
    <message>
        <location filename="../../desktop/ui/pages/mou_printing.py" line="+47"/>
        <source>Save the MoU</source>
        <translation>MoU जतन करा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फाइल्स (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printing the MoU</source>
        <translation>MoU मुद्रित करत आहे</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>Saved %s</source>
        <translation>%s जतन केले</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Save the MoU register</source>
        <translation>MoU नोंदवही जतन करा</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Preparing the register</source>
        <translation>नोंदवही तयार करत आहे</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Authorisation letter</source>
        <translation>प्राधिकारपत्र</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/mous_page.py" line="+62"/>
        <source>Search by reference, title, partner or office</source>
        <translation>संदर्भ, शीर्षक, भागीदार संस्था किंवा कार्यालय यानुसार शोधा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any status</source>
        <translation>कोणतीही स्थिती</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any partner</source>
        <translation>कोणतीही भागीदार संस्था</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any block</source>
        <translation>कोणताही तालुका</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any focus</source>
        <translation>कोणतेही कार्यक्षेत्र</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>any end date</source>
        <translation>कोणताही समाप्ती दिनांक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ending within %s days</source>
        <translation>%s दिवसांत समाप्त होणारे</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New MoU…</source>
        <translation>नवीन MoU…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>उघडा…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send for review</source>
        <translation>छाननीसाठी पाठवा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to draft</source>
        <translation>मसुद्याकडे परत पाठवा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark signed</source>
        <translation>स्वाक्षरी झाली म्हणून नोंदवा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate</source>
        <translation>सक्रिय करा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminate…</source>
        <translation>संपुष्टात आणा…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renew…</source>
        <translation>नूतनीकरण करा…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amend…</source>
        <translation>सुधारणा करा…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+206"/>
        <source>Delete draft</source>
        <translation>मसुदा हटवा</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>MoU as PDF…</source>
        <translation>MoU PDF स्वरूपात…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorisation letter…</source>
        <translation>प्राधिकारपत्र…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register report…</source>
        <translation>नोंदवही अहवाल…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>भागीदार संस्था</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus</source>
        <translation>कार्यक्षेत्र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage</source>
        <translation>व्याप्ती</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts</source>
        <translation>प्रारंभ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ends</source>
        <translation>समाप्ती</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>स्थिती</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days left</source>
        <translation>उरलेले दिवस</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue</source>
        <translation>मुदत उलटलेल्या</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>MoUs</source>
        <translation>सामंजस्य करार (MoU)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%(shown)s of %(total)s</source>
        <translation>%(total)s पैकी %(shown)s</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+27"/>
        <source>MoU %s</source>
        <translation>MoU %s</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Delete the draft MoU %s? This cannot be undone.</source>
        <translation>MoU चा मसुदा %s हटवायचा? ही कृती पूर्ववत करता येणार नाही.</translation>
    </message>
</context>
<context>
    <name>NewPersonForm</name>
    <message>
        <location filename="../../desktop/ui/dialogs/nomination_parts.py" line="+78"/>
        <source>Name</source>
        <translation>नाव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (regional)</source>
        <translation>नाव (प्रादेशिक)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. ರಮೇಶ್ ಕೆ</source>
        <translation>उदा. रमेश के</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose or type</source>
        <translation>निवडा किंवा टाइप करा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Designation</source>
        <translation>पदनाम</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— not recorded —</source>
        <translation>— नोंद नाही —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a school</source>
        <translation>शाळा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an office</source>
        <translation>कार्यालय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an organisation</source>
        <translation>संस्था</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Works at</source>
        <translation>कार्यरत ठिकाण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School UDISE code</source>
        <translation>शाळेचा UDISE क्रमांक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>11 digits</source>
        <translation>11 अंक</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office</source>
        <translation>कार्यालय</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation</source>
        <translation>संस्था</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>दूरध्वनी</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No school has the UDISE code &apos;%s&apos;; type the school&apos;s 11 digits.</source>
        <translation>&apos;%s&apos; हा UDISE क्रमांक असलेली कोणतीही शाळा नाही; शाळेचा 11 अंकी क्रमांक टाइप करा.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the UDISE code of the school the person works at.</source>
        <translation>ही व्यक्ती ज्या शाळेत कार्यरत आहे त्या शाळेचा UDISE क्रमांक टाइप करा.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the office from the list.</source>
        <translation>यादीतून कार्यालय निवडा.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the organisation from the list.</source>
        <translation>यादीतून संस्था निवडा.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The new person</source>
        <translation>नवीन व्यक्ती</translation>
    </message>
</context>
<context>
    <name>NominationDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/nomination_dialog.py" line="+93"/>
        <source>Nominee</source>
        <translation>नामनिर्देशित</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>— choose —</source>
        <translation>— निवडा —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cate&amp;gory</source>
        <translation>श्रेणी(&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nominated &amp;by</source>
        <translation>नामनिर्देशक(&amp;B)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the nominee did, and what changed because of it (figures, dates, places).</source>
        <translation>नामनिर्देशिताने काय केले आणि त्यामुळे काय बदल झाला (आकडेवारी, दिनांक, ठिकाणे).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Justification</source>
        <translation>समर्थन(&amp;J)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nominated &amp;on</source>
        <translation>नामनिर्देशन दिनांक(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From data</source>
        <translation>डेटावरून</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Nominate for %s</source>
        <translation>%s साठी नामनिर्देशन करा</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nomination of %(nominee)s — %(cycle)s</source>
        <translation>%(nominee)s यांचे नामनिर्देशन — %(cycle)s</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This nomination is %(status)s (since %(date)s); it can be corrected only while Nominated or Shortlisted. Evidence can still be added.</source>
        <translation>हे नामनिर्देशन %(date)s पासून &apos;%(status)s&apos; स्थितीत आहे; ते केवळ &apos;नामनिर्देशित&apos; किंवा &apos;प्राथमिक यादीत&apos; स्थितीत असतानाच दुरुस्त करता येते. पुरावे अजूनही जोडता येतात.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%(length)d characters; write at least %(minimum)d.</source>
        <translation>%(length)d अक्षरे; किमान %(minimum)d लिहा.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%(length)d characters; at most %(maximum)d fit.</source>
        <translation>%(length)d अक्षरे; जास्तीत जास्त %(maximum)d चालतात.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%(length)d characters (at least %(minimum)d, at most %(maximum)d).</source>
        <translation>%(length)d अक्षरे (किमान %(minimum)d, जास्तीत जास्त %(maximum)d).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nominations are open %s.</source>
        <translation>नामनिर्देशनाचा कालावधी: %s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This date is outside that window.</source>
        <translation>हा दिनांक त्या कालावधीबाहेर आहे.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/nomination_saving.py" line="+90"/>
        <source>Already nominated</source>
        <translation>आधीच नामनिर्देशित</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge into the existing nomination?</source>
        <translation>विद्यमान नामनिर्देशनात विलीन करायचे?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merged into the nomination of %(nominee)s made on %(date)s: this nominator and justification are added to it. Add evidence, or Close.</source>
        <translation>%(date)s रोजी केलेल्या %(nominee)s यांच्या नामनिर्देशनात विलीन केले: हा नामनिर्देशक व त्याचे समर्थन त्यात जोडले आहे. पुरावे जोडा, किंवा &apos;बंद करा&apos;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved: %s is nominated. Add photos or PDFs as evidence below, or Close.</source>
        <translation>जतन केले: %s यांचे नामनिर्देशन झाले. खाली पुरावा म्हणून छायाचित्रे किंवा PDF जोडा, किंवा &apos;बंद करा&apos;.</translation>
    </message>
</context>
<context>
    <name>NominationsTab</name>
    <message>
        <location filename="../../desktop/ui/pages/recognition_nominations.py" line="+48"/>
        <source>CRP / CRC</source>
        <translation>CRP / CRC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BRP / BRC</source>
        <translation>BRP / BRC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block officer</source>
        <translation>तालुकास्तरीय अधिकारी</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Choose a cycle above, or add one on Programmes and cycles.</source>
        <translation>वरील सत्र निवडा, किंवा &apos;उपक्रम व सत्रे&apos; येथे सत्र जोडा.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search nominee, nominator, category or place (English or ಕನ್ನಡ)</source>
        <translation>नामनिर्देशित, नामनिर्देशक, श्रेणी किंवा ठिकाण शोधा (इंग्रजी किंवा प्रादेशिक भाषेत)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search nominations</source>
        <translation>नामनिर्देशने शोधा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any status</source>
        <translation>कोणतीही स्थिती</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any kind</source>
        <translation>कोणताही प्रकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any category</source>
        <translation>कोणतीही श्रेणी</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>Status</source>
        <translation>स्थिती</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+28"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+30"/>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>&amp;Nominate…</source>
        <translation>नामनिर्देशन करा…(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>संपादित करा…(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>हटवा(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw…</source>
        <translation>मागे घ्या…(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reinstate</source>
        <translation>पुनर्स्थापित करा(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Su&amp;ggestions from data…</source>
        <translation>डेटावरून सूचना…(&amp;G)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clusters and schools that improved most between two assessment rounds</source>
        <translation>मूल्यमापनाच्या दोन फेऱ्यांदरम्यान सर्वाधिक सुधारणा झालेली केंद्रे व शाळा</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nominee</source>
        <translation>नामनिर्देशित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional name</source>
        <translation>प्रादेशिक नाव</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>तपशील</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block</source>
        <translation>तालुका</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nominated by</source>
        <translation>नामनिर्देशक</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nominated on</source>
        <translation>नामनिर्देशन दिनांक</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Evidence</source>
        <translation>पुरावे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>from data</source>
        <translation>डेटावरून</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nominations</source>
        <translation>नामनिर्देशने</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a nomination to edit it or add evidence</source>
        <translation>नामनिर्देशन संपादित करण्यासाठी किंवा पुरावा जोडण्यासाठी त्यावर डबल-क्लिक करा</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%(shown)d of %(total)d</source>
        <translation>%(total)d पैकी %(shown)d</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>nomination</source>
        <translation>नामनिर्देशन</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nominations</source>
        <translation>नामनिर्देशने</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place</source>
        <translation>जागा</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>places</source>
        <translation>जागा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (%d taken)</source>
        <translation> (%d भरलेल्या)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nominations open on %s</source>
        <translation>नामनिर्देशन %s रोजी सुरू होईल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nominations open until %s</source>
        <translation>नामनिर्देशन %s पर्यंत सुरू</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nominations closed on %(closes)s; review opens on %(opens)s</source>
        <translation>नामनिर्देशन %(closes)s रोजी बंद झाले; मूल्यांकन %(opens)s रोजी सुरू होईल</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nominations closed · review open until %s</source>
        <translation>नामनिर्देशन बंद · मूल्यांकन %s पर्यंत सुरू</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event today</source>
        <translation>आज समारंभ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event held on %s</source>
        <translation>समारंभ %s रोजी झाला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review closed, scores locked</source>
        <translation>मूल्यांकन बंद, गुण निश्चित</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition_nomination_actions.py" line="+58"/>
        <location line="+12"/>
        <source>Delete nomination</source>
        <translation>नामनिर्देशन हटवा</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Delete the nomination of %s, with its evidence? Use this for a nomination made by mistake; otherwise withdraw it, which keeps it on record.</source>
        <translation>%s यांचे नामनिर्देशन त्याच्या पुराव्यांसह हटवायचे? चुकून केलेल्या नामनिर्देशनासाठीच हे वापरा; अन्यथा ते मागे घ्या, म्हणजे ते नोंदीत राहील.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The nomination of %s was deleted.</source>
        <translation>%s यांचे नामनिर्देशन हटवले.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+12"/>
        <source>Withdraw nomination</source>
        <translation>नामनिर्देशन मागे घ्या</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Why is the nomination of %s withdrawn (declined, found ineligible, …)? It is kept on record.</source>
        <translation>%s यांचे नामनिर्देशन का मागे घेतले जात आहे (नकार दिला, अपात्र आढळले, …)? ते नोंदीत ठेवले जाते.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The nomination of %(nominee)s was withdrawn on %(date)s.</source>
        <translation>%(nominee)s यांचे नामनिर्देशन %(date)s रोजी मागे घेतले.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reinstate nomination</source>
        <translation>नामनिर्देशन पुनर्स्थापित करा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The nomination of %(nominee)s is back at Nominated (%(date)s).</source>
        <translation>%(nominee)s यांचे नामनिर्देशन पुन्हा &apos;नामनिर्देशित&apos; स्थितीत आले (%(date)s).</translation>
    </message>
</context>
<context>
    <name>NominatorChooser</name>
    <message>
        <location filename="../../desktop/ui/dialogs/nomination_parts.py" line="+26"/>
        <source>Kind of nominator</source>
        <translation>नामनिर्देशकाचा प्रकार</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type part of the name, designation or office</source>
        <translation>नाव, पदनाम किंवा कार्यालयाचा भाग टाइप करा</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>“%(typed)s” is not in the list: choose the nominating %(what)s from the list.</source>
        <translation>“%(typed)s” यादीत नाही: नामनिर्देशक %(what)s यादीतून निवडा.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose who nominates: the nominating %s.</source>
        <translation>नामनिर्देशन कोण करत आहे ते निवडा: नामनिर्देशक %s.</translation>
    </message>
</context>
<context>
    <name>NomineeChooser</name>
    <message>
        <location filename="../../desktop/ui/dialogs/nominee_chooser.py" line="+36"/>
        <source>&amp;Person</source>
        <translation>व्यक्ती(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;School</source>
        <translation>शाळा(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cl&amp;uster</source>
        <translation>केंद्र(&amp;U)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Nominate a</source>
        <translation>नामनिर्देशन:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%(programme)s recognises %(kinds)s only.</source>
        <translation>%(programme)s मध्ये केवळ %(kinds)s यांचाच गौरव केला जातो.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+181"/>
        <source>&amp;New person…</source>
        <translation>नवीन व्यक्ती…(&amp;N)</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Add someone missing from the records with this nomination</source>
        <translation>नोंदीत नसलेली व्यक्ती या नामनिर्देशनासोबत जोडा</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+165"/>
        <source>Not in the records?</source>
        <translation>नोंदीत नाही?</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>School name or 11-digit UDISE code</source>
        <translation>शाळेचे नाव किंवा 11-अंकी UDISE क्रमांक</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cluster or block name</source>
        <translation>केंद्र किंवा तालुक्याचे नाव</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Choose the person nominated: search and tick them, or add a new person.</source>
        <translation>नामनिर्देशित व्यक्ती निवडा: शोधून तिच्यावर खूण करा, किंवा नवीन व्यक्ती जोडा.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the school nominated: type its name or UDISE code and tick it.</source>
        <translation>नामनिर्देशित शाळा निवडा: तिचे नाव किंवा UDISE क्रमांक टाइप करून तिच्यावर खूण करा.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the cluster nominated: type its name or its block&apos;s and tick it.</source>
        <translation>नामनिर्देशित केंद्र निवडा: त्याचे किंवा त्याच्या तालुक्याचे नाव टाइप करून त्यावर खूण करा.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Added to People with the nomination.</source>
        <translation>नामनिर्देशनासोबत &apos;व्यक्ती&apos; मध्ये जोडली जाईल.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose from the &amp;records</source>
        <translation>नोंदीतून निवडा(&amp;R)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%(name)s%(local)s, %(block)s block</source>
        <translation>%(name)s%(local)s, %(block)s तालुका</translation>
    </message>
</context>
<context>
    <name>NomineeSummary</name>
    <message>
        <location filename="../../desktop/ui/dialogs/nomination_parts.py" line="+37"/>
        <source>Status: %s</source>
        <translation>स्थिती: %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Steps: %s</source>
        <translation>टप्पे: %s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Withdrawn because: %s</source>
        <translation>मागे घेण्याचे कारण: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selection reason: %s</source>
        <translation>निवडीचे कारण: %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also nominated by %(nominator)s on %(date)s: %(justification)s</source>
        <translation>%(date)s रोजी %(nominator)s यांनीही नामनिर्देशन केले: %(justification)s</translation>
    </message>
</context>
<context>
    <name>ObligationsTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_tables.py" line="+118"/>
        <source>Party</source>
        <translation>पक्ष</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is to be done</source>
        <translation>काय करायचे आहे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>जबाबदार व्यक्ती</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due by</source>
        <translation>मुदत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often</source>
        <translation>वारंवारता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator and target</source>
        <translation>निर्देशांक व उद्दिष्ट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>स्थिती</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Responsibilities of each side, and deliverables with what is measured and the target (deliverables only). Status can be updated at any time while the MoU runs.</source>
        <translation>प्रत्येक पक्षाच्या जबाबदाऱ्या, आणि फलनिष्पत्ती — काय मोजले जाईल व उद्दिष्ट (केवळ फलनिष्पत्तीसाठी). MoU चालू असताना स्थिती केव्हाही अद्ययावत करता येते.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add obligation</source>
        <translation>जबाबदारी जोडा</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no date</source>
        <translation>दिनांक नाही</translation>
    </message>
</context>
<context>
    <name>OfficeCalendarDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/calendar_dialogs.py" line="+59"/>
        <source>Office calendar</source>
        <translation>कार्यालयीन दिनदर्शिका</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Office</source>
        <translation>कार्यालय</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save days off</source>
        <translation>सुट्टीचे दिवस जतन करा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days off every week</source>
        <translation>दर आठवड्याचे सुट्टीचे दिवस</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly offs:</source>
        <translation>साप्ताहिक सुट्ट्या:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saturdays off in the month:</source>
        <translation>महिन्यातील सुट्टीचे शनिवार:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Date</source>
        <translation>दिनांक</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day</source>
        <translation>वार</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Holiday</source>
        <translation>सुट्टी</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add…</source>
        <translation>जोडा…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>संपादित करा…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>हटवा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from file…</source>
        <translation>फाइलमधून आयात करा…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy to other offices…</source>
        <translation>इतर कार्यालयांमध्ये कॉपी करा…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Holidays</source>
        <translation>सुट्ट्या</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year</source>
        <translation>वर्ष</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Saved: %s</source>
        <translation>जतन केले: %s</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%(count)s holidays in %(year)s</source>
        <translation>%(year)s मध्ये %(count)s सुट्ट्या</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Days off saved: %s.</source>
        <translation>सुट्टीचे दिवस जतन केले: %s.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Delete holiday</source>
        <translation>सुट्टी हटवा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete %(name)s (%(date)s) from this office&apos;s calendar? Meetings already set on that day stay.</source>
        <translation>%(name)s (%(date)s) ही सुट्टी या कार्यालयाच्या दिनदर्शिकेतून हटवायची? त्या दिवशी आधीच ठरलेल्या बैठका कायम राहतील.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+12"/>
        <source>Import holidays</source>
        <translation>सुट्ट्या आयात करा</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Holiday lists (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>सुट्ट्यांच्या याद्या (*.csv *.xlsx);;CSV फाइल्स (*.csv);;Excel वर्कबुक (*.xlsx)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%(file)s imported: %(added)s holidays added, %(unchanged)s already in the calendar.</source>
        <translation>%(file)s आयात केली: %(added)s सुट्ट्या जोडल्या, %(unchanged)s आधीच दिनदर्शिकेत होत्या.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Holidays of %(year)s copied: %(added)s added, %(unchanged)s already there.</source>
        <translation>%(year)s च्या सुट्ट्या कॉपी केल्या: %(added)s जोडल्या, %(unchanged)s आधीच होत्या.</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/office_dialog.py" line="+23"/>
        <source>Edit office</source>
        <translation>कार्यालय संपादित करा</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add office</source>
        <translation>कार्यालय जोडा</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>नाव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (regional language)</source>
        <translation>नाव (प्रादेशिक भाषेत)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office code</source>
        <translation>कार्यालय संकेतांक</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>used in dispatch numbers, e.g. DDPI/BGK</source>
        <translation>जावक क्रमांकात वापरला जातो, उदा. DDPI/BGK</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>District</source>
        <translation>जिल्हा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block (block offices)</source>
        <translation>तालुका (तालुकास्तरीय कार्यालयांसाठी)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>पत्ता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address (regional language)</source>
        <translation>पत्ता (प्रादेशिक भाषेत)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>दूरध्वनी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose image…</source>
        <translation>प्रतिमा निवडा…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>काढून टाका</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Emblem or logo</source>
        <translation>राजमुद्रा किंवा बोधचिन्ह</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none</source>
        <translation>काहीही नाही</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the emblem or logo</source>
        <translation>राजमुद्रा किंवा बोधचिन्ह निवडा</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>प्रतिमा (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>Offices</name>
    <message>
        <location filename="../../desktop/services/calendar/cadence.py" line="-50"/>
        <location line="+84"/>
        <location line="+53"/>
        <location filename="../../desktop/services/calendar/holiday_import.py" line="-24"/>
        <location filename="../../desktop/services/calendar/holidays.py" line="-81"/>
        <location line="+11"/>
        <location line="+21"/>
        <location line="+11"/>
        <location line="+2"/>
        <location filename="../../desktop/services/calendar/review_groups.py" line="-8"/>
        <location filename="../../desktop/services/calendar/settings.py" line="-36"/>
        <location line="+50"/>
        <location filename="../../desktop/services/circulars.py" line="-247"/>
        <location filename="../../desktop/services/dispatch.py" line="-86"/>
        <location line="+51"/>
        <location filename="../../desktop/services/meetings/minutes.py" line="-34"/>
        <location filename="../../desktop/services/meetings/reading.py" line="-12"/>
        <location filename="../../desktop/services/mous/printing.py" line="-143"/>
        <location filename="../../desktop/services/offices.py" line="+180"/>
        <location line="+13"/>
        <location line="+18"/>
        <location line="+6"/>
        <location filename="../../desktop/services/recognition/printed.py" line="+92"/>
        <source>Office</source>
        <translation>कार्यालय</translation>
    </message>
    <message>
        <location filename="../../desktop/services/offices.py" line="-132"/>
        <source>Office name</source>
        <translation>कार्यालयाचे नाव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office code</source>
        <translation>कार्यालय संकेतांक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of office</source>
        <translation>कार्यालयाचा प्रकार</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An office named {name} already exists.</source>
        <translation>{name} नावाचे कार्यालय आधीच अस्तित्वात आहे.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Office code {code} is already used by another office.</source>
        <translation>कार्यालय संकेतांक {code} आधीच दुसऱ्या कार्यालयासाठी वापरला आहे.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chosen district no longer exists.</source>
        <translation>निवडलेला जिल्हा आता अस्तित्वात नाही.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chosen block no longer exists.</source>
        <translation>निवडलेला तालुका आता अस्तित्वात नाही.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Local name</source>
        <translation>स्थानिक नाव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>पत्ता</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local address</source>
        <translation>स्थानिक भाषेतील पत्ता</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The logo</source>
        <translation>बोधचिन्ह</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{office} still has one person; move or remove them first.</source>
        <translation>{office} मध्ये अजून एक व्यक्ती आहे; आधी तिला हलवा किंवा काढून टाका.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{office} still has {count} people; move or remove them first.</source>
        <translation>{office} मध्ये अजून {count} व्यक्ती आहेत; आधी त्यांना हलवा किंवा काढून टाका.</translation>
    </message>
</context>
<context>
    <name>OpeningFlow</name>
    <message>
        <location filename="../../desktop/ui/opening_flow.py" line="+62"/>
        <source>Cannot open the database</source>
        <translation>डेटाबेस उघडता आला नाही</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database %(path)s is damaged (%(detail)s).

It has been kept aside as %(aside)s; nothing was deleted.</source>
        <translation>डेटाबेस %(path)s खराब झाला आहे (%(detail)s).

तो %(aside)s म्हणून बाजूला ठेवला आहे; काहीही हटवलेले नाही.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <source>Damaged database</source>
        <translation>खराब झालेला डेटाबेस</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>There is no backup to restore, so a new empty database is started.</source>
        <translation>पुनर्संचयित करण्यासाठी कोणताही बॅकअप नाही, त्यामुळे नवीन रिकामा डेटाबेस सुरू केला जात आहे.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore the newest backup, from %s? (No starts a new empty database.)</source>
        <translation>%s रोजीचा सर्वात नवीन बॅकअप पुनर्संचयित करायचा का? (&apos;नाही&apos; निवडल्यास नवीन रिकामा डेटाबेस सुरू होईल.)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restoring</source>
        <translation>पुनर्संचयित करत आहे</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore failed</source>
        <translation>पुनर्संचयन अयशस्वी झाले</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_widgets.py" line="-173"/>
        <source>Tick to give a date</source>
        <translation>दिनांक देण्यासाठी खूण करा</translation>
    </message>
</context>
<context>
    <name>Ordinals</name>
    <message>
        <location filename="../../desktop/services/i18n.py" line="+12"/>
        <source>1st</source>
        <translation>पहिला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2nd</source>
        <translation>दुसरा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3rd</source>
        <translation>तिसरा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4th</source>
        <translation>चौथा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5th</source>
        <translation>पाचवा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6th</source>
        <translation>सहावा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7th</source>
        <translation>सातवा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8th</source>
        <translation>आठवा</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%sth</source>
        <translation>%sवा</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/organisation_dialog.py" line="+18"/>
        <source>Edit organisation</source>
        <translation>संस्था संपादित करा</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add organisation</source>
        <translation>संस्था जोडा</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>नाव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (regional language)</source>
        <translation>नाव (प्रादेशिक भाषेत)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration no.</source>
        <translation>नोंदणी क्र.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGO-Darpan ID</source>
        <translation>NGO-Darpan ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>पत्ता</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Focus areas</source>
        <translation>कार्यक्षेत्रे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other focus areas</source>
        <translation>इतर कार्यक्षेत्रे</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>separate several with commas</source>
        <translation>एकापेक्षा अधिक असल्यास स्वल्पविरामाने वेगळी करा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>संपर्क व्यक्ती</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>दूरध्वनी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>संकेतस्थळ</translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <location filename="../../desktop/services/organisations.py" line="+81"/>
        <source>Organisation name</source>
        <translation>संस्थेचे नाव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of organisation</source>
        <translation>संस्थेचा प्रकार</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An organisation named {name} already exists.</source>
        <translation>{name} नावाची संस्था आधीच अस्तित्वात आहे.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NGO-Darpan ID {darpan} is already recorded for another organisation.</source>
        <translation>NGO-Darpan ID {darpan} आधीच दुसऱ्या संस्थेसाठी नोंदलेला आहे.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Local name</source>
        <translation>स्थानिक नाव</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registration no.</source>
        <translation>नोंदणी क्र.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address</source>
        <translation>पत्ता</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact person</source>
        <translation>संपर्क व्यक्ती</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Website</source>
        <translation>संकेतस्थळ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/partner_keys.py" line="-115"/>
        <location filename="../../desktop/services/organisations.py" line="+34"/>
        <location line="+10"/>
        <location line="+21"/>
        <source>Organisation</source>
        <translation>संस्था</translation>
    </message>
    <message>
        <location filename="../../desktop/services/organisations.py" line="-12"/>
        <source>{organisation} still has one person; move or remove them first.</source>
        <translation>{organisation} मध्ये अजून एक व्यक्ती आहे; आधी तिला हलवा किंवा काढून टाका.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{organisation} still has {count} people; move or remove them first.</source>
        <translation>{organisation} मध्ये अजून {count} व्यक्ती आहेत; आधी त्यांना हलवा किंवा काढून टाका.</translation>
    </message>
</context>
<context>
    <name>OverlapReasonDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_actions.py" line="+22"/>
        <source>Activate MoU %s</source>
        <translation>MoU %s सक्रिय करा</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why both are needed (kept with the MoU)</source>
        <translation>दोन्ही का आवश्यक आहेत (MoU सोबत जतन केले जाते)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate anyway</source>
        <translation>तरीही सक्रिय करा</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the reason, or cancel.</source>
        <translation>कारण द्या, किंवा रद्द करा.</translation>
    </message>
</context>
<context>
    <name>OwnerChooser</name>
    <message>
        <location filename="../../desktop/ui/dialogs/action_item_dialogs.py" line="-152"/>
        <source>Type to find someone else: name, designation or office</source>
        <translation>दुसरी व्यक्ती शोधण्यासाठी टाइप करा: नाव, पदनाम किंवा कार्यालय</translation>
    </message>
</context>
<context>
    <name>PackageImportWizard</name>
    <message>
        <location filename="../../desktop/ui/dialogs/package_import_wizard.py" line="+41"/>
        <source>Import a partner&apos;s package</source>
        <translation>भागीदार संस्थेचे पॅकेज आयात करा</translation>
    </message>
</context>
<context>
    <name>PackageProblemsPanel</name>
    <message>
        <location filename="../../desktop/ui/dialogs/package_import_problems.py" line="+39"/>
        <source>File</source>
        <translation>फाइल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row</source>
        <translation>ओळ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column</source>
        <translation>स्तंभ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>मूल्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>त्रुटी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected</source>
        <translation>अपेक्षित</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problems</source>
        <translation>त्रुटी</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the problems</source>
        <translation>त्रुटींमध्ये शोधा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Searc&amp;h:</source>
        <translation>शोधा:(&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save problems as XLSX…</source>
        <translation>त्रुटी XLSX म्हणून जतन करा…(&amp;S)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%(shown)s of %(total)s</source>
        <translation>%(total)s पैकी %(shown)s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select a problem to read it in full.</source>
        <translation>त्रुटी पूर्ण वाचण्यासाठी ती निवडा.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the problems</source>
        <translation>त्रुटी जतन करा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel वर्कबुक (*.xlsx)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving the problems</source>
        <translation>त्रुटी जतन करत आहे</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved to %s</source>
        <translation>%s मध्ये जतन केले</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: %s</source>
        <translation>जतन झाले नाही: %s</translation>
    </message>
</context>
<context>
    <name>PartnerKeyDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/partner_key_dialog.py" line="+42"/>
        <source>Register a partner&apos;s key</source>
        <translation>भागीदार संस्थेची की नोंदवा</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Organisation</source>
        <translation>संस्था(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Label</source>
        <translation>ओळख नाव(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Programme office laptop</source>
        <translation>उदा. कार्यक्रम कार्यालयाचा लॅपटॉप</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Public key</source>
        <translation>सार्वजनिक की(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste or type the public key printed on the partner&apos;s hand-over receipt (44 characters)</source>
        <translation>भागीदार संस्थेच्या हस्तांतरण पावतीवर छापलेली सार्वजनिक की (44 अक्षरे) पेस्ट किंवा टाइप करा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fingerprint</source>
        <translation>फिंगरप्रिंट</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare this with the fingerprint printed on the partner&apos;s receipt, group by group, before saving. If a single character differs, do not save: the key is not theirs.</source>
        <translation>जतन करण्यापूर्वी हा फिंगरप्रिंट भागीदार संस्थेच्या पावतीवर छापलेल्या फिंगरप्रिंटशी गटानुसार पडताळा. एक जरी अक्षर वेगळे असेल तर जतन करू नका: ती की त्यांची नाही.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Register key</source>
        <translation>की नोंदवा</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the organisation the key belongs to (add it first on the Organisations page).</source>
        <translation>ही की ज्या संस्थेची आहे ती संस्था निवडा (आधी &apos;संस्था&apos; पृष्ठावर ती जोडा).</translation>
    </message>
</context>
<context>
    <name>PartnerList</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_widgets.py" line="+39"/>
        <source>Filter organisations</source>
        <translation>संस्था गाळा</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%d chosen</source>
        <translation>%d निवडल्या</translation>
    </message>
</context>
<context>
    <name>PartsTable</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_parts_table.py" line="+62"/>
        <source>Remove</source>
        <translation>काढून टाका</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/export_target_pages.py" line="+16"/>
        <source>Passphrase</source>
        <translation>पासफ्रेज</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package is encrypted: only someone with this passphrase can open it.</source>
        <translation>पॅकेज कूटबद्ध आहे: हा पासफ्रेज असलेली व्यक्तीच ते उघडू शकते.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the &amp;suggested passphrase</source>
        <translation>सुचवलेला पासफ्रेज वापरा(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type my own passphrase</source>
        <translation>माझा स्वतःचा पासफ्रेज टाइप करा(&amp;T)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Suggested passphrase</source>
        <translation>सुचवलेला पासफ्रेज</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggest &amp;another</source>
        <translation>दुसरा सुचवा(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>कॉपी करा(&amp;C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sho&amp;w what is typed</source>
        <translation>टाइप केलेले दाखवा(&amp;W)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase:</source>
        <translation>पासफ्रेज:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Again:</source>
        <translation>पुन्हा:</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Give this passphrase to the partner separately — by phone or on paper, never on the same drive. It is not kept anywhere: write it down now.</source>
        <translation>हा पासफ्रेज भागीदार संस्थेला स्वतंत्रपणे द्या — दूरध्वनीवर किंवा कागदावर, त्याच ड्राइव्हवर कधीही नाही. तो कोठेही जतन केला जात नाही: आत्ताच लिहून ठेवा.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The office&apos;s signing key</source>
        <translation>कार्यालयाची स्वाक्षरी की</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Key passphrase:</source>
        <translation>की चा पासफ्रेज:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This PC has no keyring to keep the office&apos;s signing key in, so the key that signs this first package is protected by a passphrase of its own (at least %d characters). Choose it now, type it twice, and keep it where the office keeps its other passwords: every package is signed with it.</source>
        <translation>कार्यालयाची स्वाक्षरी की ठेवण्यासाठी या संगणकावर कीरिंग नाही, त्यामुळे हे पहिले पॅकेज स्वाक्षरित करणारी की तिच्या स्वतःच्या पासफ्रेजने (किमान %d अक्षरे) संरक्षित केली जाते. तो आत्ता निवडा, दोनदा टाइप करा, आणि कार्यालय आपले इतर पासवर्ड जेथे ठेवते तेथे ठेवा: प्रत्येक पॅकेज त्याद्वारे स्वाक्षरित होते.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This PC has no keyring, so the office&apos;s signing key (fingerprint %s) is protected by a passphrase of its own. Type it to sign the package.</source>
        <translation>या संगणकावर कीरिंग नाही, त्यामुळे कार्यालयाची स्वाक्षरी की (फिंगरप्रिंट %s) तिच्या स्वतःच्या पासफ्रेजने संरक्षित आहे. पॅकेज स्वाक्षरित करण्यासाठी तो टाइप करा.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The two passphrases are not the same; type the same passphrase in both fields.</source>
        <translation>दोन्ही पासफ्रेज सारखे नाहीत; दोन्ही रकान्यांत तोच पासफ्रेज टाइप करा.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is the package&apos;s passphrase, which the partner gets; the office&apos;s key needs a passphrase of its own.</source>
        <translation>हा पॅकेजचा पासफ्रेज आहे, जो भागीदार संस्थेला मिळतो; कार्यालयाच्या की साठी स्वतंत्र पासफ्रेज आवश्यक आहे.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The two key passphrases are not the same.</source>
        <translation>की चे दोन्ही पासफ्रेज सारखे नाहीत.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../../desktop/services/committees/memberships.py" line="-59"/>
        <location line="+15"/>
        <location line="+36"/>
        <location line="+81"/>
        <location filename="../../desktop/services/meetings/printing.py" line="-186"/>
        <location filename="../../desktop/services/people.py" line="+175"/>
        <location line="+9"/>
        <location line="+9"/>
        <location filename="../../desktop/services/recognition/conflicts.py" line="+39"/>
        <location filename="../../desktop/services/recognition/reviewers.py" line="+42"/>
        <location line="+29"/>
        <location line="+39"/>
        <location filename="../../desktop/services/recognition/scoring.py" line="+180"/>
        <location line="+35"/>
        <location line="+127"/>
        <source>Person</source>
        <translation>व्यक्ती</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people.py" line="-96"/>
        <source>Name</source>
        <translation>नाव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Designation</source>
        <translation>पदनाम</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A person belongs to one office, organisation or school, not several.</source>
        <translation>एक व्यक्ती एकाच कार्यालय, संस्था किंवा शाळेशी संबंधित असते, अनेकांशी नाही.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chosen office, organisation or school no longer exists.</source>
        <translation>निवडलेले कार्यालय, संस्था किंवा शाळा आता अस्तित्वात नाही.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preferred language must be one of {values}.</source>
        <translation>पसंतीची भाषा {values} यांपैकी एक असावी.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Local name</source>
        <translation>स्थानिक नाव</translation>
    </message>
</context>
<context>
    <name>PersonCombo</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_widgets.py" line="+16"/>
        <source>Type part of the name, or leave empty</source>
        <translation>नावाचा भाग टाइप करा, किंवा रिकामे ठेवा</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>none</source>
        <translation>काहीही नाही</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/person_dialog.py" line="+16"/>
        <source>Edit person</source>
        <translation>व्यक्तीची माहिती संपादित करा</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add person</source>
        <translation>व्यक्ती जोडा</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>नाव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (regional language)</source>
        <translation>नाव (प्रादेशिक भाषेत)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Designation</source>
        <translation>पदनाम</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>— not recorded —</source>
        <translation>— नोंद नाही —</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>an office</source>
        <translation>कार्यालय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an organisation</source>
        <translation>संस्था</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a school</source>
        <translation>शाळा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Works at</source>
        <translation>कार्यरत ठिकाण</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office</source>
        <translation>कार्यालय</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>संस्था</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>School UDISE code</source>
        <translation>शाळेचा UDISE क्रमांक</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>11 digits</source>
        <translation>11 अंक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>दूरध्वनी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preferred language</source>
        <translation>पसंतीची भाषा</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No school has the UDISE code &apos;%s&apos;.</source>
        <translation>&apos;%s&apos; हा UDISE क्रमांक असलेली कोणतीही शाळा नाही.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../desktop/ui/person_picker.py" line="+200"/>
        <source>Name, designation or office</source>
        <translation>नाव, पदनाम किंवा कार्यालय</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../desktop/ui/dialogs/import_check_tables.py" line="+60"/>
        <source>The first %d rows as they will be stored:</source>
        <translation>पहिल्या %d ओळी, जशा जतन केल्या जातील तशा:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No row would be stored.</source>
        <translation>कोणतीही ओळ जतन केली जाणार नाही.</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location line="+43"/>
        <source>Search the problems</source>
        <translation>त्रुटींमध्ये शोधा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save problems as XLSX…</source>
        <translation>त्रुटी XLSX म्हणून जतन करा…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row</source>
        <translation>ओळ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>स्तंभ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>मूल्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>त्रुटी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected</source>
        <translation>अपेक्षित</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Select a problem to read it in full.</source>
        <translation>त्रुटी पूर्ण वाचण्यासाठी ती निवडा.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%(shown)s of %(total)s</source>
        <translation>%(total)s पैकी %(shown)s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the problems</source>
        <translation>त्रुटी जतन करा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel वर्कबुक (*.xlsx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving the problems</source>
        <translation>त्रुटी जतन करत आहे</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved to %s</source>
        <translation>%s मध्ये जतन केले</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved</source>
        <translation>जतन झाले नाही</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/programme_dialog.py" line="+120"/>
        <source>New recognition programme</source>
        <translation>नवीन गौरव उपक्रम</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit %s</source>
        <translation>%s संपादित करा</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Programme</source>
        <translation>उपक्रम(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ru&amp;bric</source>
        <translation>गुणांकन तक्ता(&amp;B)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Name</source>
        <translation>नाव(&amp;N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Coffee with Collector</source>
        <translation>उदा. Coffee with Collector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (re&amp;gional)</source>
        <translation>नाव (प्रादेशिक)(&amp;G)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Regional &amp;language</source>
        <translation>प्रादेशिक भाषा(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pu&amp;rpose</source>
        <translation>उद्देश(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who may be
nominated</source>
        <translation>कोणाचे नामनिर्देशन
करता येते</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Categories</source>
        <translation>श्रेणी(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One a line, e.g. Student welfare; empty for none</source>
        <translation>प्रत्येक ओळीत एक, उदा. विद्यार्थी कल्याण; नसल्यास रिकामे ठेवा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sel&amp;ection rules</source>
        <translation>निवडीचे नियम(&amp;E)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reviewers give each criterion a level of the scale; a nomination&apos;s total weighs the levels by the criteria&apos;s weights. Double-click a cell, or start typing, to edit it.</source>
        <translation>मूल्यांकनकर्ते प्रत्येक निकषाला मापनश्रेणीतील एक स्तर देतात; नामनिर्देशनाच्या एकूण गुणांमध्ये हे स्तर निकषांच्या भारानुसार मोजले जातात. संपादनासाठी कक्षावर डबल-क्लिक करा, किंवा टाइप करण्यास सुरुवात करा.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Scale</source>
        <translation>मापनश्रेणी(&amp;S)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ru&amp;bric (%d criteria)</source>
        <translation>गुणांकन तक्ता (%d निकष)(&amp;B)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ru&amp;bric (1 criterion)</source>
        <translation>गुणांकन तक्ता (1 निकष)(&amp;B)</translation>
    </message>
</context>
<context>
    <name>ProgrammesTab</name>
    <message>
        <location filename="../../desktop/ui/pages/recognition_programmes.py" line="+38"/>
        <source>Students</source>
        <translation>विद्यार्थी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teachers</source>
        <translation>शिक्षक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headmasters</source>
        <translation>मुख्याध्यापक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRPs</source>
        <translation>CRP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BRPs</source>
        <translation>BRP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block officers</source>
        <translation>तालुकास्तरीय अधिकारी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officials</source>
        <translation>अधिकारी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schools</source>
        <translation>शाळा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clusters</source>
        <translation>केंद्रे</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No recognition programmes yet. New from template gives Coffee with Collector or Pragatiya Hejje, with their rubrics, to adapt to the district.</source>
        <translation>अद्याप गौरव उपक्रम नाहीत. &apos;साच्यावरून नवीन&apos; द्वारे Coffee with Collector किंवा Pragatiya Hejje हे उपक्रम त्यांच्या गुणांकन तक्त्यांसह मिळतात, ते जिल्ह्यानुसार बदलता येतात.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New programme…</source>
        <translation>नवीन उपक्रम…(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New from &amp;template</source>
        <translation>साच्यावरून नवीन(&amp;T)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit…</source>
        <translation>संपादित करा…(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>हटवा(&amp;D)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Programme</source>
        <translation>उपक्रम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional name</source>
        <translation>प्रादेशिक नाव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who may be nominated</source>
        <translation>कोणाचे नामनिर्देशन करता येते</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale</source>
        <translation>मापनश्रेणी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria</source>
        <translation>निकष</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <location line="+76"/>
        <source>Cycles</source>
        <translation>सत्रे</translation>
    </message>
    <message>
        <location line="-149"/>
        <location line="+22"/>
        <source>Programmes</source>
        <translation>उपक्रम</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New c&amp;ycle…</source>
        <translation>नवीन सत्र…(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ed&amp;it…</source>
        <translation>संपादित करा…(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>हटवा(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close &amp;review now…</source>
        <translation>मूल्यांकन आता बंद करा…(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock the scores before the review window ends, so that the shortlist can be drawn.</source>
        <translation>मूल्यांकनाचा कालावधी संपण्यापूर्वीच गुण निश्चित करा, म्हणजे प्राथमिक यादी तयार करता येईल.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open nominations</source>
        <translation>नामनिर्देशने उघडा(&amp;O)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cycle</source>
        <translation>सत्र</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nominations</source>
        <translation>नामनिर्देशन</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review</source>
        <translation>मूल्यांकन</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>समारंभ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Places</source>
        <translation>जागा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected</source>
        <translation>निवडलेले</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominated</source>
        <translation>नामनिर्देशित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase</source>
        <translation>टप्पा</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Double-click a cycle to open its nominations</source>
        <translation>सत्राची नामनिर्देशने उघडण्यासाठी त्यावर डबल-क्लिक करा</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Cycles of %s</source>
        <translation>%s ची सत्रे</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition_programme_actions.py" line="+49"/>
        <source>Saved %s.</source>
        <translation>%s जतन केले.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New programme</source>
        <translation>नवीन उपक्रम</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%s was made from the template; Edit… adapts its rubric and rules to the district.</source>
        <translation>%s साच्यावरून तयार केला; &apos;संपादित करा…&apos; द्वारे त्याचा गुणांकन तक्ता व नियम जिल्ह्यानुसार बदला.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete programme</source>
        <translation>उपक्रम हटवा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the programme %s and its rubric? This cannot be undone.</source>
        <translation>%s हा उपक्रम व त्याचा गुणांकन तक्ता हटवायचा? ही कृती पूर्ववत करता येणार नाही.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted %s.</source>
        <translation>%s हटवले.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Saved cycle %s.</source>
        <translation>सत्र %s जतन केले.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete cycle</source>
        <translation>सत्र हटवा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the cycle %s and its review panel? This cannot be undone.</source>
        <translation>सत्र %s व त्याचे मूल्यांकन मंडळ हटवायचे? ही कृती पूर्ववत करता येणार नाही.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted cycle %s.</source>
        <translation>सत्र %s हटवले.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+16"/>
        <source>Close the review</source>
        <translation>मूल्यांकन बंद करा</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Close the review of %(cycle)s now, before %(date)s? Reviewers can no longer enter or change scores, and this cannot be undone; the shortlist can then be drawn.</source>
        <translation>%(cycle)s चे मूल्यांकन %(date)s पूर्वीच आता बंद करायचे? त्यानंतर मूल्यांकनकर्त्यांना गुण भरता किंवा बदलता येणार नाहीत, आणि ही कृती पूर्ववत करता येणार नाही; त्यानंतर प्राथमिक यादी तयार करता येईल.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The review of %s is closed; its scores are locked.</source>
        <translation>%s चे मूल्यांकन बंद झाले; त्याचे गुण निश्चित झाले.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../desktop/services/progress.py" line="+20"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>रद्द केले; काहीही बदलले नाही.</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="+73"/>
        <source>&amp;Select All</source>
        <translation>सर्व निवडा(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Step up</source>
        <translation>वाढवा(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step &amp;down</source>
        <translation>कमी करा(&amp;D)</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location line="-40"/>
        <source>&amp;Cancel</source>
        <translation>रद्द करा(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>बंद करा(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;OK</source>
        <translation>ठीक आहे(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>जतन करा(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without Saving</source>
        <translation>जतन न करता बंद करा</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="+17"/>
        <source>&amp;Copy</source>
        <translation>कॉपी करा(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>पेस्ट करा(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>पुन्हा करा(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करा(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>कट करा(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>हटवा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>सर्व निवडा</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-10"/>
        <source>Hide Details...</source>
        <translation>तपशील लपवा...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show Details...</source>
        <translation>तपशील दाखवा...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-37"/>
        <source>&amp;No</source>
        <translation>नाही(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>होय(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>थांबवा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>लागू करा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>रद्द करा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>बंद करा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>टाकून द्या</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>मदत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>दुर्लक्ष करा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>सर्वांना नाही(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>ठीक आहे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>उघडा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>रीसेट करा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>डीफॉल्ट पुनर्संचयित करा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>पुन्हा प्रयत्न करा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>जतन करा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>सर्व जतन करा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>सर्वांना होय(&amp;A)</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location line="+21"/>
        <source>Cancel</source>
        <translation>रद्द करा</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <location line="+23"/>
        <source>Bottom</source>
        <translation>तळाशी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left edge</source>
        <translation>डावी कड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page down</source>
        <translation>पृष्ठ खाली</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page left</source>
        <translation>पृष्ठ डावीकडे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page right</source>
        <translation>पृष्ठ उजवीकडे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page up</source>
        <translation>पृष्ठ वर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right edge</source>
        <translation>उजवी कड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll down</source>
        <translation>खाली स्क्रोल करा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll here</source>
        <translation>येथे स्क्रोल करा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll left</source>
        <translation>डावीकडे स्क्रोल करा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll right</source>
        <translation>उजवीकडे स्क्रोल करा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll up</source>
        <translation>वर स्क्रोल करा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top</source>
        <translation>शीर्षस्थानी</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="-25"/>
        <source>&amp;Copy</source>
        <translation>कॉपी करा(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>पेस्ट करा(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>पुन्हा करा(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करा(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>दुव्याचे स्थान कॉपी करा(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>कट करा(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>हटवा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>सर्व निवडा</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="-30"/>
        <source>&amp;Finish</source>
        <translation>समाप्त(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>मदत(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>पुढे(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>पुढे(&amp;N) &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; मागे(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>रद्द करा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>निश्चित करा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>सुरू ठेवा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>पूर्ण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go Back</source>
        <translation>मागे जा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>मदत</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location filename="../../desktop/ui/pages/recognition_ranking_model.py" line="+104"/>
        <source>The reviewers&apos; totals are %(spread)s points apart (%(totals)s); worth talking over before selecting.</source>
        <translation>मूल्यांकनकर्त्यांच्या एकूण गुणांमध्ये %(spread)s गुणांची तफावत आहे (%(totals)s); निवड करण्यापूर्वी यावर चर्चा करणे योग्य ठरेल.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Selected because: %s</source>
        <translation>निवडीचे कारण: %s</translation>
    </message>
</context>
<context>
    <name>RankingTab</name>
    <message>
        <location line="-84"/>
        <source>Student</source>
        <translation>विद्यार्थी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teacher</source>
        <translation>शिक्षक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headmaster</source>
        <translation>मुख्याध्यापक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRP</source>
        <translation>CRP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BRP</source>
        <translation>BRP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block officer</source>
        <translation>तालुकास्तरीय अधिकारी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official</source>
        <translation>अधिकारी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School</source>
        <translation>शाळा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster</source>
        <translation>केंद्र</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition_ranking.py" line="+71"/>
        <source>All statuses</source>
        <translation>सर्व स्थिती</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show status</source>
        <translation>स्थिती दाखवा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;how:</source>
        <translation>दाखवा:(&amp;H)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ranking</source>
        <translation>क्रमवारी</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Short&amp;list</source>
        <translation>प्राथमिक यादीत घ्या(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Put the chosen nominations on the shortlist</source>
        <translation>तक्त्यात निवडलेली नामनिर्देशने प्राथमिक यादीत घ्या</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back to nominated</source>
        <translation>पुन्हा नामनिर्देशित(&amp;B)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take the chosen nominations off the shortlist</source>
        <translation>तक्त्यात निवडलेली नामनिर्देशने प्राथमिक यादीतून काढा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;elect…</source>
        <translation>निवड करा…(&amp;E)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select the chosen shortlisted nominees; a reason is asked when the ranking is overridden or the places exceeded</source>
        <translation>तक्त्यात निवडलेल्या, प्राथमिक यादीतील नामनिर्देशितांची निवड करा; क्रमवारी डावलल्यास किंवा जागांपेक्षा अधिक निवड झाल्यास कारण विचारले जाते</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deselect</source>
        <translation>निवड रद्द करा(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo the selection of the chosen nominees</source>
        <translation>तक्त्यात निवडलेल्या नामनिर्देशितांची निवड रद्द करा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;attended…</source>
        <translation>उपस्थित म्हणून नोंदवा…(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record that the chosen invited nominees attended the event</source>
        <translation>तक्त्यात निवडलेले निमंत्रित नामनिर्देशित समारंभास उपस्थित होते अशी नोंद करा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw…</source>
        <translation>मागे घ्या…(&amp;W)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Withdraw the chosen nomination, with the reason</source>
        <translation>तक्त्यात निवडलेले नामनिर्देशन कारणासह मागे घ्या</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue &amp;invitations…</source>
        <translation>निमंत्रणे निर्गमित करा…(&amp;I)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One numbered invitation letter to the selected nominees (those chosen, or all of them)</source>
        <translation>निवड झालेल्या नामनिर्देशितांना (तक्त्यात निवडलेल्या, किंवा सर्वांना) एक क्रमांकित निमंत्रण पत्र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue ce&amp;rtificates…</source>
        <translation>प्रमाणपत्रे निर्गमित करा…(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Numbered certificates for the nominees who attended (those chosen, or all of them)</source>
        <translation>उपस्थित राहिलेल्या नामनिर्देशितांसाठी (तक्त्यात निवडलेल्या, किंवा सर्वांसाठी) क्रमांकित प्रमाणपत्रे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view certificate</source>
        <translation>प्रमाणपत्राचे पूर्वावलोकन(&amp;V)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The chosen nominee&apos;s certificate as it would print, marked DRAFT</source>
        <translation>तक्त्यात निवडलेल्या नामनिर्देशिताचे प्रमाणपत्र, मुद्रित होईल तसे, &apos;मसुदा&apos; असे चिन्हांकित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;publicity summary…</source>
        <translation>प्रसिद्धी सारांश जतन करा…(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A press note of who was selected or recognised, and why</source>
        <translation>कोणाची निवड किंवा गौरव झाला आणि का, याचे प्रसिद्धीपत्रक</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Rank</source>
        <translation>क्रमांक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominee</source>
        <translation>नामनिर्देशित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional name</source>
        <translation>प्रादेशिक नाव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total %</source>
        <translation>एकूण %</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Spread</source>
        <translation>तफावत</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reviews</source>
        <translation>मूल्यांकने</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%(complete)s of %(expected)s</source>
        <translation>%(expected)s पैकी %(complete)s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>स्थिती</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a cycle above.</source>
        <translation>वरील सत्र निवडा.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%(places)d places · %(selected)d selected · %(shortlisted)d shortlisted</source>
        <translation>%(places)d जागा · %(selected)d निवडलेले · %(shortlisted)d प्राथमिक यादीत</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>scores locked on %s: the shortlist can be drawn.</source>
        <translation>गुण %s रोजी निश्चित झाले: प्राथमिक यादी तयार करता येईल.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>scores not locked yet: the review closes on %s (or close it early on Programmes and cycles); shortlist after that.</source>
        <translation>गुण अद्याप निश्चित नाहीत: मूल्यांकन %s रोजी बंद होईल (किंवा &apos;उपक्रम व सत्रे&apos; येथे ते आधीच बंद करा); त्यानंतर प्राथमिक यादी तयार करा.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;span style=&apos;color:%s&apos;&gt;More selected than places.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%s&apos;&gt;जागांपेक्षा अधिक निवड झाली आहे.&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Ranking and selection</source>
        <translation>क्रमवारी व निवड</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shortlisted: %s.</source>
        <translation>प्राथमिक यादीत घेतले: %s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taken off the shortlist: %s.</source>
        <translation>प्राथमिक यादीतून काढले: %s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selection undone: %s.</source>
        <translation>निवड रद्द केली: %s.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Selected with a reason: %s.</source>
        <translation>कारणासह निवड केली: %s.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select</source>
        <translation>निवड करा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected: %s.</source>
        <translation>निवड केली: %s.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>Mark attended</source>
        <translation>उपस्थित म्हणून नोंदवा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attended: %s.</source>
        <translation>उपस्थित: %s.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Withdraw the nomination</source>
        <translation>नामनिर्देशन मागे घ्या</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw</source>
        <translation>मागे घ्या</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Reason (kept on record)</source>
        <translation>कारण (नोंदीत ठेवले जाते)(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdrawn: %s. It can be reinstated on the Nominations tab.</source>
        <translation>मागे घेतले: %s. &apos;नामनिर्देशने&apos; टॅबवर ते पुनर्स्थापित करता येते.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition_ranking_printing.py" line="-159"/>
        <source>Issue invitations</source>
        <translation>निमंत्रणे निर्गमित करा</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Issue</source>
        <translation>निर्गमित करा</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Issue certificates</source>
        <translation>प्रमाणपत्रे निर्गमित करा</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Certificate preview</source>
        <translation>प्रमाणपत्राचे पूर्वावलोकन</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparing the certificate</source>
        <translation>प्रमाणपत्र तयार करत आहे</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save the publicity summary</source>
        <translation>प्रसिद्धी सारांश जतन करा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फाइल्स (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preparing the publicity summary</source>
        <translation>प्रसिद्धी सारांश तयार करत आहे</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %s</source>
        <translation>%s जतन केले</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cancelled: nothing was issued.</source>
        <translation>रद्द केले: काहीही निर्गमित केले नाही.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Issued as %s.</source>
        <translation>%s म्हणून निर्गमित केले.</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/meeting_attendance.py" line="+20"/>
        <source>Attendance at %s</source>
        <translation>%s मधील उपस्थिती</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>बैठका</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>उपस्थित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Represented</source>
        <translation>प्रतिनिधीमार्फत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation>अनुपस्थित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recorded</source>
        <translation>नोंद नाही</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attended</source>
        <translation>उपस्थिती</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Meetings held from %(first)s to %(last)s; present or represented counts as attended.</source>
        <translation>%(first)s ते %(last)s या कालावधीत झालेल्या बैठका; प्रत्यक्ष उपस्थिती किंवा प्रतिनिधीमार्फत उपस्थिती दोन्ही उपस्थिती म्हणून मोजल्या जातात.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No meeting of the body was held in these twelve months.</source>
        <translation>या बारा महिन्यांत समितीची एकही बैठक झाली नाही.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/exchange_keys_tab.py" line="-275"/>
        <source>&amp;Reason (kept with the key)</source>
        <translation>कारण (की सोबत जतन केले जाते)(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/export_write_pages.py" line="+234"/>
        <source>Hand-over receipt</source>
        <translation>हस्तांतरण पावती</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the receipt; both sides sign it when the drive changes hands. The partner checks the package&apos;s SHA-256 and the office key&apos;s fingerprint against it.</source>
        <translation>पावती मुद्रित करा; ड्राइव्ह हस्तांतरित होताना दोन्ही पक्ष तिच्यावर स्वाक्षरी करतात. भागीदार संस्था पॅकेजचा SHA-256 व कार्यालयाच्या की चा फिंगरप्रिंट तिच्याशी पडताळते.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print…</source>
        <translation>मुद्रित करा…(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save receipt…</source>
        <translation>पावती जतन करा…(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preparing the receipt…</source>
        <translation>पावती तयार करत आहे…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The receipt could not be made: %s</source>
        <translation>पावती तयार करता आली नाही: %s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sent to the printer.</source>
        <translation>प्रिंटरकडे पाठवले.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the receipt</source>
        <translation>पावती जतन करा</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फाइल्स (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The receipt could not be saved: %s</source>
        <translation>पावती जतन करता आली नाही: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved %s</source>
        <translation>%s जतन केले</translation>
    </message>
</context>
<context>
    <name>Recognition</name>
    <message>
        <location filename="../../desktop/services/recognition/certificates.py" line="+66"/>
        <source>The name of {nominee} is too long for the certificate, even on two lines at the smallest size; record a shorter form of the name (initials for the middle names, say).</source>
        <translation>{nominee} यांचे नाव सर्वात लहान आकारात दोन ओळींतही प्रमाणपत्रावर मावत नाही; नावाचे लहान रूप नोंदवा (उदा. मधल्या नावांची आद्याक्षरे).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The regional name of {nominee} (&apos;{text}&apos;) is too long for the certificate, even on two lines at the smallest size; record a shorter form of the name (initials for the middle names, say).</source>
        <translation>{nominee} यांचे प्रादेशिक भाषेतील नाव (&apos;{text}&apos;) सर्वात लहान आकारात दोन ओळींतही प्रमाणपत्रावर मावत नाही; नावाचे लहान रूप नोंदवा (उदा. मधल्या नावांची आद्याक्षरे).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{nominee}&apos;s certificate: the {what} &apos;{text}&apos; is too long for it, even on two lines.</source>
        <translation>{nominee} यांचे प्रमाणपत्र: {what} &apos;{text}&apos; दोन ओळींतही मावत नाही इतके लांब आहे.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{nominee}&apos;s certificate: {problem}</source>
        <translation>{nominee} यांचे प्रमाणपत्र: {problem}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>… and {count} more.</source>
        <translation>… आणि आणखी {count}.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Nomination #{number} no longer exists; no certificate was issued. Try again.</source>
        <translation>नामनिर्देशन #{number} आता अस्तित्वात नाही; कोणतेही प्रमाणपत्र निर्गमित झाले नाही. पुन्हा प्रयत्न करा.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nomination #{number} is now {status}; no certificate was issued. Try again.</source>
        <translation>नामनिर्देशन #{number} आता {status} आहे; कोणतेही प्रमाणपत्र निर्गमित झाले नाही. पुन्हा प्रयत्न करा.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>for certificates</source>
        <translation>प्रमाणपत्रांसाठी</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>issuing certificates</source>
        <translation>प्रमाणपत्रे निर्गमित</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>their certificate</source>
        <translation>त्यांचे प्रमाणपत्र</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Issued certificates</source>
        <translation>निर्गमित प्रमाणपत्रे</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{number} is a {kind}, not a batch of certificates.</source>
        <translation>{number} हा {kind} आहे, प्रमाणपत्रांचा संच नाही.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Done</source>
        <translation>झाले</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../desktop/services/recognition/evidence.py" line="+122"/>
        <location filename="../../desktop/services/recognition/nomination_listing.py" line="+135"/>
        <location filename="../../desktop/services/recognition/nominations.py" line="+282"/>
        <location line="+44"/>
        <location filename="../../desktop/services/recognition/scoring.py" line="-25"/>
        <location filename="../../desktop/services/recognition/selection.py" line="+143"/>
        <source>Nomination</source>
        <translation>नामनिर्देशन</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The nomination was withdrawn; it gets no certificate.</source>
        <translation>नामनिर्देशन मागे घेतले आहे; त्याला प्रमाणपत्र मिळत नाही.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for a certificate</source>
        <translation>प्रमाणपत्रासाठी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>previewing a certificate</source>
        <translation>प्रमाणपत्राचे पूर्वावलोकन</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/conflicts.py" line="-22"/>
        <source>Reviewer nominated this nominee</source>
        <translation>मूल्यांकनकर्त्याने या नामनिर्देशिताचे नामनिर्देशन केले आहे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This nomination is about the reviewer</source>
        <translation>हे नामनिर्देशन मूल्यांकनकर्त्याविषयीच आहे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer works at the nominated school</source>
        <translation>मूल्यांकनकर्ता नामनिर्देशित शाळेत कार्यरत आहेत</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/cycle_checks.py" line="+33"/>
        <source>The day nominations open</source>
        <translation>नामनिर्देशने सुरू होण्याचा दिनांक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day nominations close</source>
        <translation>नामनिर्देशने बंद होण्याचा दिनांक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day the review opens</source>
        <translation>मूल्यांकन सुरू होण्याचा दिनांक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day the review closes</source>
        <translation>मूल्यांकन बंद होण्याचा दिनांक</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nominations cannot close ({closes}) before they open ({opens}).</source>
        <translation>नामनिर्देशने सुरू होण्याआधी ({opens}) बंद होऊ शकत नाहीत ({closes}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The review cannot close ({closes}) before it opens ({opens}).</source>
        <translation>मूल्यांकन सुरू होण्याआधी ({opens}) बंद होऊ शकत नाही ({closes}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The review cannot open ({opens}) before nominations open ({nominations_open}).</source>
        <translation>नामनिर्देशने सुरू होण्याआधी ({nominations_open}) मूल्यांकन सुरू होऊ शकत नाही ({opens}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The review cannot close ({closes}) before nominations close ({nominations_close}): the last nominations would never be scored.</source>
        <translation>नामनिर्देशने बंद होण्याआधी ({nominations_close}) मूल्यांकन बंद होऊ शकत नाही ({closes}): नाहीतर शेवटच्या नामनिर्देशनांचे गुणांकन कधीच होणार नाही.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The event ({day}) cannot come before the review closes ({closes}).</source>
        <translation>समारंभ ({day}) मूल्यांकन बंद होण्याआधी ({closes}) असू शकत नाही.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the event&apos;s date with its time.</source>
        <translation>समारंभाचा दिनांक वेळेसह द्या.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This programme already has a cycle named {name}.</source>
        <translation>या उपक्रमात {name} नावाचे सत्र आधीच आहे.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cycle name</source>
        <translation>सत्राचे नाव</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the programme this cycle belongs to.</source>
        <translation>हे सत्र ज्या उपक्रमाचे आहे तो उपक्रम निवडा.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Places must be a whole number of at least 1, not {places}.</source>
        <translation>जागा किमान 1 इतकी पूर्ण संख्या असावी, {places} नव्हे.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chosen issuing office no longer exists; choose again.</source>
        <translation>निवडलेले निर्गमित करणारे कार्यालय आता अस्तित्वात नाही; पुन्हा निवडा.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The chosen signatory no longer exists; choose again.</source>
        <translation>निवडलेले स्वाक्षरीकर्ता आता अस्तित्वात नाहीत; पुन्हा निवडा.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Venue</source>
        <translation>ठिकाण</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local venue</source>
        <translation>स्थानिक भाषेतील ठिकाण</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{cycle} has one nomination made under its programme; it cannot move to another programme.</source>
        <translation>{cycle} मध्ये त्याच्या उपक्रमांतर्गत एक नामनिर्देशन झाले आहे; ते दुसऱ्या उपक्रमात हलवता येत नाही.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{cycle} has {count} nominations made under its programme; it cannot move to another programme.</source>
        <translation>{cycle} मध्ये त्याच्या उपक्रमांतर्गत {count} नामनिर्देशने झाली आहेत; ते दुसऱ्या उपक्रमात हलवता येत नाही.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>One nominee of {cycle} is already selected; it cannot have fewer places than that ({places}). Move them back to the shortlist first.</source>
        <translation>{cycle} मधील एका नामनिर्देशिताची आधीच निवड झाली आहे; जागा त्यापेक्षा ({places}) कमी असू शकत नाहीत. आधी त्यांना प्राथमिक यादीत परत आणा.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} nominees of {cycle} are already selected; it cannot have fewer places than that ({places}). Move some back to the shortlist first.</source>
        <translation>{cycle} मधील {count} नामनिर्देशितांची आधीच निवड झाली आहे; जागा त्यापेक्षा ({places}) कमी असू शकत नाहीत. आधी काहींना प्राथमिक यादीत परत आणा.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>One nomination of {cycle} is dated outside the new nomination window ({opens} to {closes}), on {first}; the window must still include it.</source>
        <translation>{cycle} मधील एका नामनिर्देशनाचा दिनांक ({first}) नामनिर्देशनांच्या नवीन कालावधीबाहेर ({opens} ते {closes}) आहे; नवीन कालावधीत तो समाविष्ट असला पाहिजे.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} nominations of {cycle} are dated outside the new nomination window ({opens} to {closes}), between {first} and {last}; the window must still include them.</source>
        <translation>{cycle} मधील {count} नामनिर्देशनांचे दिनांक ({first} ते {last}) नामनिर्देशनांच्या नवीन कालावधीबाहेर ({opens} ते {closes}) आहेत; नवीन कालावधीत ते समाविष्ट असले पाहिजेत.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/cycles.py" line="+32"/>
        <source>Nominations not yet open</source>
        <translation>नामनिर्देशने अद्याप सुरू नाहीत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominations open</source>
        <translation>नामनिर्देशने सुरू</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominations and review open</source>
        <translation>नामनिर्देशने व मूल्यांकन सुरू</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominations closed</source>
        <translation>नामनिर्देशने बंद</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review open</source>
        <translation>मूल्यांकन सुरू</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review closed</source>
        <translation>मूल्यांकन बंद</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event today</source>
        <translation>आज समारंभ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event held</source>
        <translation>समारंभ झाला</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+6"/>
        <source>{start} to {end}</source>
        <translation>{start} ते {end}</translation>
    </message>
    <message>
        <location line="+123"/>
        <location line="+11"/>
        <location line="+34"/>
        <location line="+30"/>
        <location filename="../../desktop/services/recognition/nominations.py" line="-124"/>
        <source>Cycle</source>
        <translation>सत्र</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>{cycle} has one nomination; a cycle with nominations cannot be deleted.</source>
        <translation>{cycle} मध्ये एक नामनिर्देशन आहे; नामनिर्देशने असलेले सत्र हटवता येत नाही.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{cycle} has {count} nominations; a cycle with nominations cannot be deleted.</source>
        <translation>{cycle} मध्ये {count} नामनिर्देशने आहेत; नामनिर्देशने असलेले सत्र हटवता येत नाही.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The review of {cycle} was already closed on {day}.</source>
        <translation>{cycle} चे मूल्यांकन आधीच {day} रोजी बंद झाले आहे.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The review of {cycle} closed on {day}; its scores are already locked.</source>
        <translation>{cycle} चे मूल्यांकन {day} रोजी बंद झाले; त्याचे गुण आधीच निश्चित झाले आहेत.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The review of {cycle} opens on {day}; it cannot be closed before it has opened.</source>
        <translation>{cycle} चे मूल्यांकन {day} रोजी सुरू होते; सुरू होण्याआधी ते बंद करता येत नाही.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/evidence.py" line="-39"/>
        <source>{file} is already attached to {nominee}&apos;s nomination (as &apos;{title}&apos;).</source>
        <translation>{file} आधीच {nominee} यांच्या नामनिर्देशनाला जोडलेली आहे (&apos;{title}&apos; म्हणून).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{nominee}&apos;s nomination already has {count} evidence files, the most kept for one nomination; remove one before adding another.</source>
        <translation>{nominee} यांच्या नामनिर्देशनाला आधीच {count} पुरावा फाइल्स आहेत, एका नामनिर्देशनासाठी ही कमाल संख्या आहे; दुसरी जोडण्यापूर्वी एक काढून टाका.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{nominee}&apos;s nomination already has {total} of evidence; {file} ({size}) would take it past {limit}. Attach a smaller copy or remove a file.</source>
        <translation>{nominee} यांच्या नामनिर्देशनाचे पुरावे आधीच {total} आहेत; {file} ({size}) जोडल्यास ते {limit} पेक्षा अधिक होतील. लहान प्रत जोडा किंवा एखादी फाइल काढून टाका.</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+8"/>
        <source>Evidence</source>
        <translation>पुरावे</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/invitations.py" line="+280"/>
        <source>issuing invitations</source>
        <translation>निमंत्रणे निर्गमित</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for an invitation</source>
        <translation>निमंत्रणासाठी</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>their invitation</source>
        <translation>त्यांचे निमंत्रण</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The invitation is dated {day}, after the event on {event_day}; date it on or before the event.</source>
        <translation>निमंत्रणाचा दिनांक {day} आहे, जो {event_day} रोजीच्या समारंभानंतरचा आहे; समारंभाच्या दिवशीचा किंवा आधीचा दिनांक द्या.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nomination #{number} no longer exists; no invitation was issued. Try again.</source>
        <translation>नामनिर्देशन #{number} आता अस्तित्वात नाही; कोणतेही निमंत्रण निर्गमित झाले नाही. पुन्हा प्रयत्न करा.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nomination #{number} is now {status}; no invitation was issued. Try again.</source>
        <translation>नामनिर्देशन #{number} आता {status} आहे; कोणतेही निमंत्रण निर्गमित झाले नाही. पुन्हा प्रयत्न करा.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/nomination_checks.py" line="+35"/>
        <source>Justification is required: say what the nominee did and what changed.</source>
        <translation>समर्थन आवश्यक आहे: नामनिर्देशिताने काय केले आणि त्यामुळे काय बदलले ते नमूद करा.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The justification is {count} characters long; write at least {least}: what the nominee did and what changed because of it.</source>
        <translation>समर्थन {count} अक्षरांचे आहे; किमान {least} अक्षरे लिहा: नामनिर्देशिताने काय केले आणि त्यामुळे काय बदलले.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The justification is {count} characters long; at most {limit} fit.</source>
        <translation>समर्थन {count} अक्षरांचे आहे; जास्तीत जास्त {limit} अक्षरे चालतात.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{programme} has no categories; leave the category empty.</source>
        <translation>{programme} मध्ये श्रेणी नाहीत; श्रेणी रिकामी ठेवा.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the category: {categories}.</source>
        <translation>श्रेणी निवडा: {categories}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;{category}&apos; is not a category of {programme}; choose one of: {categories}.</source>
        <translation>&apos;{category}&apos; ही {programme} ची श्रेणी नाही; यांपैकी एक निवडा: {categories}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose who nominates: a person, an office or an organisation.</source>
        <translation>नामनिर्देशक निवडा: व्यक्ती, कार्यालय किंवा संस्था.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chosen nominating {kind} no longer exists; choose again.</source>
        <translation>निवडलेले नामनिर्देशक {kind} आता अस्तित्वात नाही; पुन्हा निवडा.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The date of the nomination is required.</source>
        <translation>नामनिर्देशनाचा दिनांक आवश्यक आहे.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nominations for {cycle} are open from {opens} to {closes}; this one is dated {day}.</source>
        <translation>{cycle} साठी नामनिर्देशने {opens} ते {closes} या कालावधीत स्वीकारली जातात; या नामनिर्देशनाचा दिनांक {day} आहे.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{person} ({designation}) is already in the records; choose that person as the nominee instead of adding them again.</source>
        <translation>{person} ({designation}) आधीच नोंदींमध्ये आहेत; त्यांना पुन्हा जोडण्याऐवजी त्याच व्यक्तीला नामनिर्देशित म्हणून निवडा.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the nominee: a person, a school or a cluster.</source>
        <translation>नामनिर्देशित निवडा: व्यक्ती, शाळा किंवा केंद्र.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose an existing nominee or add a new person, not both.</source>
        <translation>विद्यमान नामनिर्देशित निवडा किंवा नवीन व्यक्ती जोडा, दोन्ही नाही.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the {kind} nominated.</source>
        <translation>नामनिर्देशित {kind} निवडा.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chosen {kind} no longer exists; choose again.</source>
        <translation>निवडलेले {kind} आता अस्तित्वात नाही; पुन्हा निवडा.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>person</source>
        <translation>व्यक्ती</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/nominations.py" line="-55"/>
        <source>{nominee} was nominated for {cycle} on {day} by {nominators}; that nomination was withdrawn on {withdrawn_on} and still counts. Reinstate it (back to Nominated), then merge this nomination into it.</source>
        <translation>{nominee} यांचे {cycle} साठी {day} रोजी {nominators} यांनी नामनिर्देशन केले होते; ते नामनिर्देशन {withdrawn_on} रोजी मागे घेतले गेले, तरी ते ग्राह्य धरले जाते. ते पुनर्स्थापित करा (&apos;नामनिर्देशित&apos; स्थितीत परत), नंतर हे नामनिर्देशन त्यात विलीन करा.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{nominee} is already nominated for {cycle} (on {day} by {nominators}; now {status}). Merge this nomination into it to add its nominator and justification.</source>
        <translation>{nominee} यांचे {cycle} साठी आधीच नामनिर्देशन झाले आहे ({day} रोजी {nominators} यांनी; सध्या {status}). त्याचे नामनिर्देशक व समर्थन जोडण्यासाठी हे नामनिर्देशन त्यात विलीन करा.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{nominator} already nominated {nominee} in this cycle (on {day}); the same nominator cannot be added twice.</source>
        <translation>{nominator} यांनी या सत्रात आधीच {nominee} यांचे नामनिर्देशन केले आहे ({day} रोजी); तेच नामनिर्देशक दोनदा जोडता येत नाहीत.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Unknown source of nomination &apos;{source}&apos;.</source>
        <translation>नामनिर्देशनाचा अज्ञात स्रोत &apos;{source}&apos;.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{nominee}&apos;s nomination is {status} (since {day}); it can be corrected only while Nominated or Shortlisted.</source>
        <translation>{nominee} यांचे नामनिर्देशन {status} आहे ({day} पासून); ते केवळ &apos;नामनिर्देशित&apos; किंवा &apos;प्राथमिक यादीत&apos; स्थितीत असतानाच दुरुस्त करता येते.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{nominator} is already another nominator of this nomination.</source>
        <translation>{nominator} आधीच या नामनिर्देशनाचे अन्य नामनिर्देशक आहेत.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{nominee}&apos;s nomination is {status}; only a nomination still at Nominated can be deleted. Withdraw it instead, which keeps it on record.</source>
        <translation>{nominee} यांचे नामनिर्देशन {status} आहे; केवळ &apos;नामनिर्देशित&apos; स्थितीतील नामनिर्देशन हटवता येते. त्याऐवजी ते मागे घ्या, म्हणजे ते नोंदीत राहील.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reviewers have given one score to {nominee}&apos;s nomination; withdraw it instead of deleting it.</source>
        <translation>मूल्यांकनकर्त्यांनी {nominee} यांच्या नामनिर्देशनाला एक गुण दिला आहे; ते हटवण्याऐवजी मागे घ्या.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reviewers have given {count} scores to {nominee}&apos;s nomination; withdraw it instead of deleting it.</source>
        <translation>मूल्यांकनकर्त्यांनी {nominee} यांच्या नामनिर्देशनाला {count} गुण दिले आहेत; ते हटवण्याऐवजी मागे घ्या.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/nominees.py" line="+53"/>
        <source>an {kind}</source>
        <translation>{kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a {kind}</source>
        <translation>{kind}</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>{nominee}&apos;s designation &apos;{designation}&apos; is not one {programme} recognises (it recognises {kinds}); correct the designation if it is wrong.</source>
        <translation>{nominee} यांचे पदनाम &apos;{designation}&apos; हे {programme} मान्य करत असलेल्यांपैकी नाही (मान्य: {kinds}); पदनाम चुकीचे असल्यास दुरुस्त करा.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{nominee} is {kind}; {programme} recognises {kinds} only.</source>
        <translation>{nominee} {kind} आहेत; {programme} केवळ {kinds} यांचा गौरव करतो.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/printed.py" line="-63"/>
        <source>issuing office</source>
        <translation>निर्गमित करणारे कार्यालय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signatory</source>
        <translation>स्वाक्षरीकर्ता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event date</source>
        <translation>समारंभाचा दिनांक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event time</source>
        <translation>समारंभाची वेळ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>venue</source>
        <translation>ठिकाण</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../desktop/services/recognition/ranking.py" line="+200"/>
        <location filename="../../desktop/services/recognition/reviewers.py" line="-41"/>
        <location line="+32"/>
        <location line="+40"/>
        <location filename="../../desktop/services/recognition/scoring.py" line="-111"/>
        <location line="+114"/>
        <location filename="../../desktop/services/recognition/selection.py" line="+39"/>
        <location line="+42"/>
        <location filename="../../desktop/services/recognition/suggestions.py" line="+81"/>
        <source>Recognition cycle</source>
        <translation>गौरव सत्र</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/services/recognition/ranking.py" line="+2"/>
        <location filename="../../desktop/services/recognition/scoring.py" line="-270"/>
        <location line="+162"/>
        <location line="+114"/>
        <source>Recognition programme</source>
        <translation>गौरव उपक्रम</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{cycle} has no {details}; record it in the cycle before {purpose}.</source>
        <translation>{cycle} मध्ये {details} नोंदलेले नाही; {purpose} करण्यापूर्वी ते सत्रात नोंदवा.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{cycle} has no {details}; record them in the cycle before {purpose}.</source>
        <translation>{cycle} मध्ये {details} नोंदलेले नाहीत; {purpose} करण्यापूर्वी ते सत्रात नोंदवा.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signatory</source>
        <translation>स्वाक्षरीकर्ता</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Choose at least one nominee {purpose}.</source>
        <translation>{purpose} किमान एक नामनिर्देशित निवडा.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nomination #{numbers} is not in the cycle {cycle}.</source>
        <translation>नामनिर्देशन #{numbers} हे {cycle} सत्रात नाही.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominations #{numbers} are not in the cycle {cycle}.</source>
        <translation>नामनिर्देशने #{numbers} ही {cycle} सत्रात नाहीत.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{nominee} is {status}</source>
        <translation>{nominee} {status} आहेत</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only {status} nominees can be chosen {purpose}: {nominees}; and {count} more.</source>
        <translation>{purpose} केवळ {status} नामनिर्देशितच निवडता येतात: {nominees}; आणि आणखी {count}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only {status} nominees can be chosen {purpose}: {nominees}.</source>
        <translation>{purpose} केवळ {status} नामनिर्देशितच निवडता येतात: {nominees}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{nominee} reached this step on {day}; {what} cannot be dated {issued_on}, before that.</source>
        <translation>{nominee} {day} रोजी या टप्प्यावर पोहोचले; {what}: त्याआधीचा {issued_on} हा दिनांक देता येत नाही.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/programme_checks.py" line="+37"/>
        <source>A programme named {name} already exists; give this one another name.</source>
        <translation>{name} नावाचा उपक्रम आधीच अस्तित्वात आहे; याला दुसरे नाव द्या.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The scale&apos;s lowest and highest levels must be whole numbers.</source>
        <translation>मापनश्रेणीचे किमान व कमाल स्तर पूर्ण संख्या असावेत.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The scale cannot start below {lowest} (it starts at {start}).</source>
        <translation>मापनश्रेणी {lowest} पेक्षा खाली सुरू होऊ शकत नाही (ती {start} पासून सुरू होते).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The scale&apos;s highest level ({highest}) must be above its lowest ({lowest}).</source>
        <translation>मापनश्रेणीचा कमाल स्तर ({highest}) किमान स्तरापेक्षा ({lowest}) जास्त असावा.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The scale can go up to {highest} at most, not {end}.</source>
        <translation>मापनश्रेणी जास्तीत जास्त {highest} पर्यंत जाऊ शकते, {end} पर्यंत नाही.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown kind of nominee: {kinds}.</source>
        <translation>नामनिर्देशिताचा अज्ञात प्रकार: {kinds}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown kinds of nominee: {kinds}.</source>
        <translation>नामनिर्देशितांचे अज्ञात प्रकार: {kinds}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose who may be nominated: at least one kind of person or unit.</source>
        <translation>कोणाचे नामनिर्देशन करता येईल ते निवडा: व्यक्ती किंवा घटकाचा किमान एक प्रकार.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Category &apos;{category}…&apos; is {count} characters; at most 120 fit.</source>
        <translation>श्रेणी &apos;{category}…&apos; {count} अक्षरांची आहे; जास्तीत जास्त 120 अक्षरे चालतात.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The rubric needs at least one criterion.</source>
        <translation>गुणांकन तक्त्यात किमान एक निकष आवश्यक आहे.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The name of criterion {number}</source>
        <translation>निकष {number} चे नाव</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Criterion &apos;{name}&apos;</source>
        <translation>निकष &apos;{name}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Criterion {number}</source>
        <translation>निकष {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two criteria are named &apos;{name}&apos;; each needs its own name.</source>
        <translation>दोन निकषांचे नाव &apos;{name}&apos; आहे; प्रत्येकाला वेगळे नाव आवश्यक आहे.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{criterion} needs a weight that is a number.</source>
        <translation>{criterion} साठी संख्येत भार आवश्यक आहे.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{criterion} has weight {weight:g}; a weight must be above 0.</source>
        <translation>{criterion} चा भार {weight:g} आहे; भार 0 पेक्षा जास्त असावा.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{criterion} has {count} level descriptor; the scale {lowest} to {highest} needs {levels}, one for each level.</source>
        <translation>{criterion} मध्ये {count} स्तर-वर्णन आहे; {lowest} ते {highest} मापनश्रेणीसाठी प्रत्येक स्तराला एक, अशी {levels} वर्णने आवश्यक आहेत.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{criterion} has {count} level descriptors; the scale {lowest} to {highest} needs {levels}, one for each level.</source>
        <translation>{criterion} मध्ये {count} स्तर-वर्णने आहेत; {lowest} ते {highest} मापनश्रेणीसाठी प्रत्येक स्तराला एक, अशी {levels} वर्णने आवश्यक आहेत.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{criterion} has no descriptor for level {level}.</source>
        <translation>{criterion} मध्ये स्तर {level} चे वर्णन नाही.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{criterion}&apos;s local name</source>
        <translation>{criterion} चे स्थानिक नाव</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Programme name</source>
        <translation>उपक्रमाचे नाव</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The regional language must be one of {values}, not &apos;{language}&apos;.</source>
        <translation>प्रादेशिक भाषा {values} यांपैकी एक असावी, &apos;{language}&apos; नव्हे.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Local name</source>
        <translation>स्थानिक नाव</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purpose</source>
        <translation>उद्देश</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Selection rules</source>
        <translation>निवडीचे नियम</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Criterion #{number} is not part of {programme}&apos;s rubric (it may have been removed meanwhile); reopen the programme and edit it again.</source>
        <translation>निकष #{number} {programme} च्या गुणांकन तक्त्याचा भाग नाही (दरम्यान तो काढला गेला असू शकतो); उपक्रम पुन्हा उघडून पुन्हा संपादित करा.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reviewers have already given one score under {programme}&apos;s rubric; criterion &apos;{criterion}&apos; cannot be removed now, or the totals already given would change meaning. Correct its wording or weight instead.</source>
        <translation>मूल्यांकनकर्त्यांनी {programme} च्या गुणांकन तक्त्यानुसार आधीच एक गुण दिला आहे; निकष &apos;{criterion}&apos; आता काढता येत नाही, नाहीतर आधी दिलेल्या एकूण गुणांचा अर्थ बदलेल. त्याऐवजी त्याची शब्दरचना किंवा भार दुरुस्त करा.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reviewers have already given {count} scores under {programme}&apos;s rubric; criterion &apos;{criterion}&apos; cannot be removed now, or the totals already given would change meaning. Correct its wording or weight instead.</source>
        <translation>मूल्यांकनकर्त्यांनी {programme} च्या गुणांकन तक्त्यानुसार आधीच {count} गुण दिले आहेत; निकष &apos;{criterion}&apos; आता काढता येत नाही, नाहीतर आधी दिलेल्या एकूण गुणांचा अर्थ बदलेल. त्याऐवजी त्याची शब्दरचना किंवा भार दुरुस्त करा.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reviewers have already given one score on {programme}&apos;s scale of {lowest} to {highest}; the scale cannot change now.</source>
        <translation>मूल्यांकनकर्त्यांनी {programme} च्या {lowest} ते {highest} मापनश्रेणीवर आधीच एक गुण दिला आहे; मापनश्रेणी आता बदलता येत नाही.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reviewers have already given {count} scores on {programme}&apos;s scale of {lowest} to {highest}; the scale cannot change now.</source>
        <translation>मूल्यांकनकर्त्यांनी {programme} च्या {lowest} ते {highest} मापनश्रेणीवर आधीच {count} गुण दिले आहेत; मापनश्रेणी आता बदलता येत नाही.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>One nomination under {programme} is of kind {kind}; it must stay eligible while it is on record.</source>
        <translation>{programme} अंतर्गत एक नामनिर्देशन {kind} प्रकारचे आहे; ते नोंदीत असेपर्यंत हा प्रकार पात्र राहिला पाहिजे.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} nominations under {programme} are of kind {kind}; it must stay eligible while they are on record.</source>
        <translation>{programme} अंतर्गत {count} नामनिर्देशने {kind} प्रकारची आहेत; ती नोंदीत असेपर्यंत हा प्रकार पात्र राहिला पाहिजे.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>One nomination under {programme} is in category &apos;{category}&apos;; it cannot be removed while it is on record.</source>
        <translation>{programme} अंतर्गत एक नामनिर्देशन &apos;{category}&apos; श्रेणीत आहे; ते नोंदीत असेपर्यंत ही श्रेणी काढता येत नाही.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} nominations under {programme} are in category &apos;{category}&apos;; it cannot be removed while they are on record.</source>
        <translation>{programme} अंतर्गत {count} नामनिर्देशने &apos;{category}&apos; श्रेणीत आहेत; ती नोंदीत असेपर्यंत ही श्रेणी काढता येत नाही.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/programme_templates.py" line="+199"/>
        <source>Coffee with Collector (students, teachers, headmasters, officers)</source>
        <translation>Coffee with Collector (विद्यार्थी, शिक्षक, मुख्याध्यापक, अधिकारी)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pragatiya Hejje (Cluster Resource Persons, four areas)</source>
        <translation>Pragatiya Hejje (केंद्र साधन व्यक्ती, चार क्षेत्रे)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/programmes.py" line="+206"/>
        <source>There is no programme template &apos;{key}&apos;.</source>
        <translation>&apos;{key}&apos; हा उपक्रम साचा अस्तित्वात नाही.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <location line="+29"/>
        <source>Programme</source>
        <translation>उपक्रम</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>{programme} has one cycle; delete it first, or keep the programme.</source>
        <translation>{programme} मध्ये एक सत्र आहे; आधी ते हटवा, किंवा उपक्रम ठेवा.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{programme} has {count} cycles; delete them first, or keep the programme.</source>
        <translation>{programme} मध्ये {count} सत्रे आहेत; आधी ती हटवा, किंवा उपक्रम ठेवा.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/publicity.py" line="+62"/>
        <source>preparing its publicity summary</source>
        <translation>प्रसिद्धी सारांश तयार</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nobody has been selected in {cycle} yet; the publicity summary names those selected or recognised.</source>
        <translation>{cycle} मध्ये अद्याप कोणाचीही निवड झालेली नाही; प्रसिद्धी सारांशात निवड झालेल्या किंवा गौरवित व्यक्तींची नावे असतात.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/ranking.py" line="-111"/>
        <source>not scored</source>
        <translation>गुणांकन नाही</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rank {rank} (tied), {total}%</source>
        <translation>क्रमांक {rank} (बरोबरी), {total}%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rank {rank}, {total}%</source>
        <translation>क्रमांक {rank}, {total}%</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/register_release.py" line="+33"/>
        <source>{number} cannot be cancelled: attendance or later steps are already recorded against it for {nominees}, so the letter stays issued.</source>
        <translation>{number} रद्द करता येत नाही: {nominees} यांच्यासाठी त्यावर आधारित उपस्थिती किंवा पुढील टप्पे आधीच नोंदले आहेत, त्यामुळे पत्र निर्गमितच राहते.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/reviewers.py" line="-67"/>
        <source>Scores for {cycle} were locked on {day} when the review closed; no reviewer can be added now.</source>
        <translation>मूल्यांकन बंद झाल्यावर {day} रोजी {cycle} चे गुण निश्चित झाले; आता मूल्यांकनकर्ता जोडता येत नाही.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{person} is already a reviewer of {cycle}.</source>
        <translation>{person} आधीच {cycle} चे मूल्यांकनकर्ता आहेत.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{count} score</source>
        <translation>{count} गुण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} scores</source>
        <translation>{count} गुण</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} nomination</source>
        <translation>{count} नामनिर्देशन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} nominations</source>
        <translation>{count} नामनिर्देशने</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{person} has given {scores} to {nominations} in {cycle}; a reviewer with scores stays on the panel, so that the ranking can be traced to them.</source>
        <translation>{person} यांनी {cycle} मध्ये {nominations} ना {scores} दिले आहेत; गुण दिलेले मूल्यांकनकर्ता मूल्यांकन मंडळावर राहतात, जेणेकरून क्रमवारी त्यांच्यापर्यंत शोधता येईल.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/scoring.py" line="-264"/>
        <source>Scores for {cycle} were locked on {day} when the review closed; they can no longer be entered or changed.</source>
        <translation>मूल्यांकन बंद झाल्यावर {day} रोजी {cycle} चे गुण निश्चित झाले; ते आता भरता किंवा बदलता येत नाहीत.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Review opens on {day}; scores for {cycle} can be entered from that day.</source>
        <translation>मूल्यांकन {day} रोजी सुरू होते; {cycle} चे गुण त्या दिवसापासून भरता येतील.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>{person} is not a reviewer of {cycle}; add them to the review panel first.</source>
        <translation>{person} हे {cycle} चे मूल्यांकनकर्ता नाहीत; आधी त्यांना मूल्यांकन मंडळात जोडा.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Criterion #{number} is not part of the rubric of {programme}.</source>
        <translation>निकष #{number} {programme} च्या गुणांकन तक्त्याचा भाग नाही.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{level} for &apos;{criterion}&apos; is outside the rubric&apos;s scale {scale}.</source>
        <translation>&apos;{criterion}&apos; साठी {level} हा गुणांकन तक्त्याच्या {scale} मापनश्रेणीबाहेर आहे.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The nomination of {nominee} was withdrawn on {day}; it is no longer scored.</source>
        <translation>{nominee} यांचे नामनिर्देशन {day} रोजी मागे घेतले; त्याचे आता गुणांकन होत नाही.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{person} cannot score the nomination of {nominee}: {conflict}.</source>
        <translation>{person} {nominee} यांच्या नामनिर्देशनाचे गुणांकन करू शकत नाहीत: {conflict}.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Give at least one level before a note; the note is kept with the scores.</source>
        <translation>टिप्पणीपूर्वी किमान एक स्तर द्या; टिप्पणी गुणांसोबत ठेवली जाते.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/selection.py" line="-182"/>
        <source>Give the reason for this selection; it is kept with it.</source>
        <translation>या निवडीचे कारण द्या; ते निवडीसोबत ठेवले जाते.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The nomination is {status}; it cannot become {target} (a {status} nomination stays {status}).</source>
        <translation>नामनिर्देशन {status} आहे; ते {target} होऊ शकत नाही ({status} नामनिर्देशन {status} च राहते).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{nominee} is {status}; it cannot become {target} (a {status} nomination stays {status}).</source>
        <translation>{nominee} {status} आहेत; ते {target} होऊ शकत नाही ({status} नामनिर्देशन {status} च राहते).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The nomination is {status}; it cannot become {target} (from {status} it can become {next}).</source>
        <translation>नामनिर्देशन {status} आहे; ते {target} होऊ शकत नाही ({status} मधून ते {next} होऊ शकते).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{nominee} is {status}; it cannot become {target} (from {status} it can become {next}).</source>
        <translation>{nominee} {status} आहेत; ते {target} होऊ शकत नाही ({status} मधून ते {next} होऊ शकते).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>None of the {batch} nominations was changed; one cannot take this step:</source>
        <translation>{batch} पैकी एकाही नामनिर्देशनात बदल केला नाही; एक नामनिर्देशन हा टप्पा घेऊ शकत नाही:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of the {batch} nominations was changed; {count} cannot take this step:</source>
        <translation>{batch} पैकी एकाही नामनिर्देशनात बदल केला नाही; {count} नामनिर्देशने हा टप्पा घेऊ शकत नाहीत:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Choose at least one nomination.</source>
        <translation>किमान एक नामनिर्देशन निवडा.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{nominee} was {status} on {previous}; the step to {target} cannot be dated {day}, before that.</source>
        <translation>{nominee} {previous} रोजी {status} झाले; {target} या टप्प्याचा दिनांक त्याआधीचा {day} असू शकत नाही.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{nominee} cannot be shortlisted on {day}: scores for {cycle} are not locked until the review closes on {closes}. Shortlist after that, or close the review early to lock the scores now.</source>
        <translation>{nominee} यांना {day} रोजी प्राथमिक यादीत घेता येत नाही: {closes} रोजी मूल्यांकन बंद होईपर्यंत {cycle} चे गुण निश्चित होत नाहीत. त्यानंतर प्राथमिक यादीत घ्या, किंवा गुण आताच निश्चित करण्यासाठी मूल्यांकन लवकर बंद करा.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Select nominations of one cycle at a time; these belong to different cycles.</source>
        <translation>एका वेळी एकाच सत्राची नामनिर्देशने निवडा; ही वेगवेगळ्या सत्रांची आहेत.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Selecting {nominee} ({place}) passes over {others}, shortlisted and ranked higher but not selected.</source>
        <translation>{nominee} ({place}) यांची निवड केल्यास {others} डावलले जातात, जे प्राथमिक यादीत असून क्रमवारीत वर आहेत पण निवडलेले नाहीत.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{count} would be selected for {places} place in {cycle}.</source>
        <translation>{cycle} मध्ये {places} जागेसाठी {count} जणांची निवड होईल.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} would be selected for {places} places in {cycle}.</source>
        <translation>{cycle} मध्ये {places} जागांसाठी {count} जणांची निवड होईल.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{nominee}: attendance cannot be marked for {day}, a day still to come; mark it on or after the event.</source>
        <translation>{nominee}: अजून न आलेल्या {day} या दिवसासाठी उपस्थिती नोंदवता येत नाही; समारंभाच्या दिवशी किंवा नंतर नोंदवा.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{nominee}: {cycle} has no event date yet; set it before marking attendance.</source>
        <translation>{nominee}: {cycle} चा समारंभ दिनांक अद्याप नोंदलेला नाही; उपस्थिती नोंदवण्यापूर्वी तो नोंदवा.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{nominee}: the event of {cycle} is on {event_day}; attendance cannot be marked on {day}, before it.</source>
        <translation>{nominee}: {cycle} चा समारंभ {event_day} रोजी आहे; त्याआधीच्या {day} रोजी उपस्थिती नोंदवता येत नाही.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Give the reason for withdrawing the nomination; it is kept on record.</source>
        <translation>नामनिर्देशन मागे घेण्याचे कारण द्या; ते नोंदीत ठेवले जाते.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/suggestions.py" line="-154"/>
        <source>Clusters</source>
        <translation>केंद्रे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schools</source>
        <translation>शाळा</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Choose two different rounds: suggestions come from the change between them.</source>
        <translation>दोन वेगवेगळ्या फेऱ्या निवडा: सूचना त्यांच्यामधील बदलावरून येतात.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{round} has no students&apos; results yet; import its results first (Baseline → Imports).</source>
        <translation>{round} मध्ये अद्याप विद्यार्थ्यांचे निकाल नाहीत; आधी तिचे निकाल आयात करा (पायाभूत चाचणी → आयात).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{earlier} ({earlier_day}) was held after {later} ({later_day}); choose the earlier round first.</source>
        <translation>{earlier} ({earlier_day}) ही {later} ({later_day}) नंतर झाली; आधीची फेरी प्रथम निवडा.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Suggestions are of clusters or schools; not of &apos;{level}&apos;.</source>
        <translation>सूचना केंद्रे किंवा शाळांच्या असतात; &apos;{level}&apos; च्या नाहीत.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask for at least one suggestion.</source>
        <translation>किमान एक सूचना मागवा.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/usage.py" line="+42"/>
        <source>{name} is nominated in {count} recognition cycle ({cycles}); it stays on record while they do.</source>
        <translation>{name} {count} गौरव सत्रात नामनिर्देशित आहे ({cycles}); ते असेपर्यंत ही नोंद राहते.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is nominated in {count} recognition cycles ({cycles}); it stays on record while they do.</source>
        <translation>{name} {count} गौरव सत्रांमध्ये नामनिर्देशित आहे ({cycles}); ते असेपर्यंत ही नोंद राहते.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} nominated someone in {count} recognition cycle ({cycles}); it stays on record while they do.</source>
        <translation>{name} यांनी {count} गौरव सत्रात नामनिर्देशन केले आहे ({cycles}); ते असेपर्यंत ही नोंद राहते.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} nominated someone in {count} recognition cycles ({cycles}); it stays on record while they do.</source>
        <translation>{name} यांनी {count} गौरव सत्रांमध्ये नामनिर्देशन केले आहे ({cycles}); ते असेपर्यंत ही नोंद राहते.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} reviews nominations in {count} recognition cycle ({cycles}); it stays on record while they do.</source>
        <translation>{name} {count} गौरव सत्रातील नामनिर्देशनांचे मूल्यांकन करतात ({cycles}); ते असेपर्यंत ही नोंद राहते.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} reviews nominations in {count} recognition cycles ({cycles}); it stays on record while they do.</source>
        <translation>{name} {count} गौरव सत्रांमधील नामनिर्देशनांचे मूल्यांकन करतात ({cycles}); ते असेपर्यंत ही नोंद राहते.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} signs for {count} recognition cycle ({cycles}); it stays on record while they do.</source>
        <translation>{name} {count} गौरव सत्रासाठी स्वाक्षरी करतात ({cycles}); ते असेपर्यंत ही नोंद राहते.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} signs for {count} recognition cycles ({cycles}); it stays on record while they do.</source>
        <translation>{name} {count} गौरव सत्रांसाठी स्वाक्षरी करतात ({cycles}); ते असेपर्यंत ही नोंद राहते.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} issues the letters of {count} recognition cycle ({cycles}); it stays on record while they do.</source>
        <translation>{name} {count} गौरव सत्राची पत्रे निर्गमित करते ({cycles}); ते असेपर्यंत ही नोंद राहते.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} issues the letters of {count} recognition cycles ({cycles}); it stays on record while they do.</source>
        <translation>{name} {count} गौरव सत्रांची पत्रे निर्गमित करते ({cycles}); ते असेपर्यंत ही नोंद राहते.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/vocabulary.py" line="+15"/>
        <source>Student</source>
        <translation>विद्यार्थी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teacher</source>
        <translation>शिक्षक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headmaster</source>
        <translation>मुख्याध्यापक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster Resource Person (CRP / CRC)</source>
        <translation>केंद्र साधन व्यक्ती (CRP / CRC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block Resource Person (BRP / BRC)</source>
        <translation>गट साधन व्यक्ती (BRP / BRC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block officer (BEO)</source>
        <translation>तालुकास्तरीय अधिकारी (BEO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official</source>
        <translation>अधिकारी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School</source>
        <translation>शाळा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster</source>
        <translation>केंद्र</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nominated</source>
        <translation>नामनिर्देशित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortlisted</source>
        <translation>प्राथमिक यादीत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected</source>
        <translation>निवडलेले</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invited</source>
        <translation>निमंत्रित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>उपस्थित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognised</source>
        <translation>गौरवित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>मागे घेतलेले</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Person</source>
        <translation>व्यक्ती</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>कार्यालय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>संस्था</translation>
    </message>
</context>
<context>
    <name>RecognitionPage</name>
    <message>
        <location filename="../../desktop/ui/pages/recognition_page.py" line="+37"/>
        <source>Cycle</source>
        <translation>सत्र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cycle:</source>
        <translation>सत्र:(&amp;C)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Programmes and cycles</source>
        <translation>उपक्रम व सत्रे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominations</source>
        <translation>नामनिर्देशने</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring</source>
        <translation>गुणांकन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranking and selection</source>
        <translation>क्रमवारी व निवड</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recognition</source>
        <translation>गौरव</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No cycles yet: add one on Programmes and cycles</source>
        <translation>अद्याप सत्र नाही: &apos;उपक्रम व सत्रे&apos; येथे सत्र जोडा</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../desktop/ui/pages/geography_page.py" line="-172"/>
        <source>Add…</source>
        <translation>जोडा…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>संपादित करा…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>हटवा</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../../desktop/services/records.py" line="+20"/>
        <source>{label} #{id} no longer exists; it may have been deleted.</source>
        <translation>{label} #{id} आता अस्तित्वात नाही; ते हटवले गेले असावे.</translation>
    </message>
</context>
<context>
    <name>RenewDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_actions.py" line="-65"/>
        <source>Renew MoU %s</source>
        <translation>MoU %s चे नूतनीकरण करा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference of the renewed MoU</source>
        <translation>नूतनीकृत MoU चा संदर्भ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts on</source>
        <translation>प्रारंभ दिनांक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends on</source>
        <translation>समाप्ती दिनांक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renew</source>
        <translation>नूतनीकरण करा</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/action_item_dialogs.py" line="-18"/>
        <source>Reopen the action item</source>
        <translation>कार्यवाहीचा मुद्दा पुन्हा सुरू करा</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reopen</source>
        <translation>पुन्हा सुरू करा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened on</source>
        <translation>पुन्हा सुरू केल्याचा दिनांक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for reopening</source>
        <translation>पुन्हा सुरू करण्याचे कारण</translation>
    </message>
</context>
<context>
    <name>RepairsPanel</name>
    <message>
        <location filename="../../desktop/ui/dialogs/import_check_tables.py" line="-128"/>
        <source>Row</source>
        <translation>ओळ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>स्तंभ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the file</source>
        <translation>फाइलमध्ये</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repaired to</source>
        <translation>दुरुस्तीनंतर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Apply these %s repairs</source>
        <translation>या %s दुरुस्त्या लागू करा</translation>
    </message>
</context>
<context>
    <name>ReplaceMemberDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/membership_dialogs.py" line="+155"/>
        <source>Replace %s</source>
        <translation>%s यांच्या जागी नवीन सदस्य</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New member</source>
        <translation>नवीन सदस्य</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Takes the seat on</source>
        <translation>पदभार घेण्याचा दिनांक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for leaving</source>
        <translation>बाहेर पडण्याचे कारण</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Transferred</source>
        <translation>उदा. बदली</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>सदस्य बदला</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/restore_dialog.py" line="+24"/>
        <source>Daily</source>
        <translation>दैनंदिन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by hand</source>
        <translation>स्वतः घेतलेला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an upgrade</source>
        <translation>अद्ययावतीकरणापूर्वी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>पुनर्संचयनापूर्वी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a bulk change</source>
        <translation>एकत्रित बदलापूर्वी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an import</source>
        <translation>आयातीपूर्वी</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore from a backup</source>
        <translation>बॅकअपमधून पुनर्संचयित करा</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made on</source>
        <translation>घेतल्याचा दिनांक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>फाइल</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database is replaced by the backup you choose. The current database is backed up first, so this can be undone by restoring that backup.</source>
        <translation>आपण निवडलेल्या बॅकअपने डेटाबेस बदलला जाईल. सध्याच्या डेटाबेसचा आधी बॅकअप घेतला जातो, त्यामुळे तो बॅकअप पुनर्संचयित करून ही कृती पूर्ववत करता येते.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other file…</source>
        <translation>इतर फाइल…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>पुनर्संचयित करा</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a backup file</source>
        <translation>बॅकअप फाइल निवडा</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Database files (*.db);;All files (*)</source>
        <translation>डेटाबेस फाइल्स (*.db);;सर्व फाइल्स (*)</translation>
    </message>
</context>
<context>
    <name>ReturnTemplateDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/return_template_dialog.py" line="+72"/>
        <source>Return template for a partner</source>
        <translation>भागीदार संस्थेसाठी परतावा साचा</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A workbook a partner without the app fills in to send data back. It carries the MoU&apos;s school list and, where the MoU&apos;s terms allow pseudonymised results, its students under their pseudonyms with grade and gender. It is recorded in the exchange log as data given to the partner.</source>
        <translation>ॲप नसलेली भागीदार संस्था डेटा परत पाठवण्यासाठी भरते ते वर्कबुक. त्यात MoU मधील शाळांची यादी असते, आणि MoU च्या अटींनुसार छद्मनामित निकालांना परवानगी असल्यास, विद्यार्थी त्यांच्या छद्मनामांसह, इयत्ता व लिंगासह असतात. भागीदार संस्थेला दिलेला डेटा म्हणून त्याची देवाणघेवाण नोंदवहीत नोंद होते.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>MoU</source>
        <translation>MoU</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>e.g. Endline 2027 (type a new round, or choose one)</source>
        <translation>उदा. अंतिम चाचणी 2027 (नवीन फेरी टाइप करा, किंवा निवडा)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round</source>
        <translation>फेरी</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;MoU</source>
        <translation>MoU(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Round</source>
        <translation>फेरी(&amp;R)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save template…</source>
        <translation>साचा जतन करा…(&amp;S)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>There is no MoU in the register yet.</source>
        <translation>नोंदवहीत अद्याप कोणताही MoU नाही.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not offered (a template needs an MoU in force that covers schools):</source>
        <translation>उपलब्ध नाही (साच्यासाठी शाळांचा समावेश असलेला लागू MoU आवश्यक आहे):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No MoU can have a return template today:</source>
        <translation>आज कोणत्याही MoU साठी परतावा साचा तयार करता येत नाही:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… and %s more</source>
        <translation>… आणि आणखी %s</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>For: %s</source>
        <translation>यांच्यासाठी: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s schools (UDISE code, name, block, cluster)</source>
        <translation>%s शाळा (UDISE क्रमांक, नाव, तालुका, केंद्र)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no students: the MoU&apos;s terms do not allow pseudonymised results</source>
        <translation>विद्यार्थी नाहीत: MoU च्या अटींनुसार छद्मनामित निकालांना परवानगी नाही</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no students: the office has no results for these schools yet</source>
        <translation>विद्यार्थी नाहीत: कार्यालयाकडे या शाळांचे अद्याप निकाल नाहीत</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%(students)s students of %(round)s under their pseudonyms for this MoU, with grade and gender</source>
        <translation>%(round)s मधील %(students)s विद्यार्थी, या MoU साठीच्या छद्मनामांसह, इयत्ता व लिंगासह</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pre-filled: %(schools)s; %(students)s.</source>
        <translation>आधीच भरलेले: %(schools)s; %(students)s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The partner keeps it until %s.</source>
        <translation>भागीदार संस्था तो %s पर्यंत ठेवू शकते.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No keep-until date: the MoU&apos;s terms name none of what it carries.</source>
        <translation>ठेवण्याची अंतिम मुदत नाही: MoU च्या अटींमध्ये त्यातील कोणत्याही डेटाचा उल्लेख नाही.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel</source>
        <translation>रद्द करा</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>बंद करा</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give the name of the round the partner returns data for.</source>
        <translation>भागीदार संस्था ज्या फेरीचा डेटा परत पाठवणार आहे त्या फेरीचे नाव द्या.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the return template</source>
        <translation>परतावा साचा जतन करा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel वर्कबुक (*.xlsx)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelled: nothing was written or recorded.</source>
        <translation>रद्द केले: काहीही लिहिले किंवा नोंदवले गेले नाही.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Making the return template…</source>
        <translation>परतावा साचा तयार करत आहे…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The template was not made, on an unexpected error: %s</source>
        <translation>अनपेक्षित त्रुटीमुळे साचा तयार झाला नाही: %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The return template is saved and recorded in the exchange log.</source>
        <translation>परतावा साचा जतन झाला असून देवाणघेवाण नोंदवहीत नोंदवला आहे.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved to: %s</source>
        <translation>येथे जतन केले: %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%(schools)s schools; %(students)s students under their pseudonyms (%(rows)s rows to fill in).</source>
        <translation>%(schools)s शाळा; छद्मनामांसह %(students)s विद्यार्थी (भरायच्या %(rows)s ओळी).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%s schools; no students.</source>
        <translation>%s शाळा; विद्यार्थी नाहीत.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep until: %s</source>
        <translation>या दिनांकापर्यंत ठेवावे: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give it to the partner; it is not locked, so hand it over in person or on a drive.</source>
        <translation>तो भागीदार संस्थेला द्या; तो कुलूपबंद नाही, त्यामुळे प्रत्यक्ष हाती किंवा ड्राइव्हवर द्या.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>रद्द करत आहे…</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/meeting_actions_tab.py" line="+169"/>
        <source>Review note</source>
        <translation>आढावा टीप</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What was reported in this meeting</source>
        <translation>या बैठकीत काय कळवले गेले</translation>
    </message>
</context>
<context>
    <name>ReviewGroupsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/cadence_dialogs.py" line="+18"/>
        <source>Review groups</source>
        <translation>आढावा गट</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Convening office</source>
        <translation>संयोजक कार्यालय</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Level</source>
        <translation>स्तर</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Formed on</source>
        <translation>स्थापना दिनांक</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schools</source>
        <translation>शाळा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form review groups</source>
        <translation>आढावा गट स्थापन करा</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A school committee on the 2-4-6-8 cadence is formed for each school chosen below that has none; it reviews on the 2nd working day of every month.</source>
        <translation>खाली निवडलेल्या ज्या शाळेची 2-4-6-8 पद्धतीनुसार शाळा समिती नाही, तिच्यासाठी ती स्थापन केली जाते; ती दर महिन्याच्या दुसऱ्या कामकाजाच्या दिवशी आढावा घेते.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A district review group is formed if the district has none; it reviews on the 8th working day.</source>
        <translation>जिल्ह्याचा आढावा गट नसल्यास तो स्थापन केला जातो; तो आठव्या कामकाजाच्या दिवशी आढावा घेतो.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A %(level)s review group is formed for every %(level)s of the office&apos;s district that has none; those that have one keep it. They review on the %(day)s working day.</source>
        <translation>कार्यालयाच्या जिल्ह्यातील ज्या प्रत्येक %(level)s स्तरासाठी आढावा गट नाही, तेथे %(level)s आढावा गट स्थापन केला जातो; ज्यांचा आधीच आहे तो तसाच राहतो. आढाव्याचा दिवस: महिन्याचा %(day)s कामकाजाचा दिवस.</translation>
    </message>
</context>
<context>
    <name>ReviewerPanel</name>
    <message>
        <location filename="../../desktop/ui/dialogs/cycle_dialog.py" line="+37"/>
        <source>Reviewer</source>
        <translation>मूल्यांकनकर्ता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Designation</source>
        <translation>पदनाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Works at</source>
        <translation>कार्यरत ठिकाण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scored</source>
        <translation>गुणांकन केलेली</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>हितसंबंध</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reviewers</source>
        <translation>मूल्यांकनकर्ते</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person to add as reviewer</source>
        <translation>मूल्यांकनकर्ता म्हणून जोडायची व्यक्ती</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of a name, designation or office</source>
        <translation>नाव, पदनाम किंवा कार्यालयाचा भाग टाइप करा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add reviewer</source>
        <translation>मूल्यांकनकर्ता जोडा(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move reviewer</source>
        <translation>मूल्यांकनकर्ता काढून टाका(&amp;M)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Additions and removals are saved at once. Scored: nominations a reviewer has scored on every criterion. Conflicts: nominations they made, about themselves or about their school, which they may not score.</source>
        <translation>जोडणे व काढणे त्वरित जतन होते. गुणांकन केलेली: मूल्यांकनकर्त्याने सर्व निकषांवर गुण दिलेली नामनिर्देशने. हितसंबंध: त्यांनी स्वतः केलेली, त्यांच्याविषयीची किंवा त्यांच्या शाळेविषयीची नामनिर्देशने, ज्यांना ते गुण देऊ शकत नाहीत.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Review panel</source>
        <translation>मूल्यांकन मंडळ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“%s” is not in the list of people: choose a person from the list.</source>
        <translation>“%s” व्यक्तींच्या यादीत नाही: यादीतून व्यक्ती निवडा.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the person to add to the panel.</source>
        <translation>मूल्यांकन मंडळात जोडायची व्यक्ती निवडा.</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/round_dialog.py" line="+54"/>
        <source>New assessment round</source>
        <translation>नवीन मूल्यमापन फेरी</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit round</source>
        <translation>फेरी संपादित करा</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>नाव</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Baseline 2026-27</source>
        <translation>उदा. पायाभूत चाचणी 2026-27</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+20"/>
        <source>Starts</source>
        <translation>प्रारंभ</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+20"/>
        <source>Ends</source>
        <translation>समाप्ती</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Assessment tool</source>
        <translation>मूल्यमापन साधन</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. FLN oral assessment</source>
        <translation>उदा. FLN तोंडी मूल्यमापन</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(काहीही नाही)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Under MoU</source>
        <translation>संबंधित MoU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no levels)</source>
        <translation>(स्तर नाहीत)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Level scheme</source>
        <translation>स्तर रचना</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Maximum score</source>
        <translation>कमाल गुण</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>empty if results have no score</source>
        <translation>निकालांत गुण नसल्यास रिकामे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>टिपा</translation>
    </message>
</context>
<context>
    <name>RoundsTab</name>
    <message>
        <location filename="../../desktop/ui/pages/baseline_rounds.py" line="+47"/>
        <source>Search by name, kind, tool, scheme or MoU</source>
        <translation>नाव, प्रकार, साधन, स्तर रचना किंवा MoU यानुसार शोधा</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New round…</source>
        <translation>नवीन फेरी…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>संपादित करा…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>हटवा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level schemes…</source>
        <translation>स्तर रचना…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export results…</source>
        <translation>निकाल निर्यात करा…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>नाव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>दिनांक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool</source>
        <translation>साधन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level scheme</source>
        <translation>स्तर रचना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MoU</source>
        <translation>MoU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>निकाल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schools with indicators</source>
        <translation>निर्देशांक असलेल्या शाळा</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%(shown)s of %(total)s</source>
        <translation>%(total)s पैकी %(shown)s</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Delete round</source>
        <translation>फेरी हटवा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the assessment round %s? This cannot be undone.</source>
        <translation>%s ही मूल्यमापन फेरी हटवायची? ही कृती पूर्ववत करता येणार नाही.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Round %s</source>
        <translation>फेरी %s</translation>
    </message>
</context>
<context>
    <name>RubricEditor</name>
    <message>
        <location filename="../../desktop/ui/dialogs/rubric_editor.py" line="+127"/>
        <source>Rubric criteria</source>
        <translation>गुणांकन तक्त्यातील निकष</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the criterion looks at, for the reviewers</source>
        <translation>मूल्यांकनकर्त्यांसाठी: हा निकष कशाचे मूल्यांकन करतो</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add criterion</source>
        <translation>निकष जोडा(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>काढून टाका(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>वर हलवा(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>खाली हलवा(&amp;W)</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>1 criterion</source>
        <translation>1 निकष</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%d criteria</source>
        <translation>%d निकष</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%(criteria)s, total weight %(weight)s; each share is the criterion&apos;s part of a nomination&apos;s total.</source>
        <translation>%(criteria)s, एकूण भार %(weight)s; प्रत्येक हिस्सा म्हणजे नामनिर्देशनाच्या एकूण गुणांतील त्या निकषाचा भाग.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No criteria yet: add at least one.</source>
        <translation>अद्याप निकष नाहीत: किमान एक जोडा.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What criterion %d
looks a&amp;t:</source>
        <translation>निकष %d मध्ये
काय पाहिले जाते:(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it
looks a&amp;t:</source>
        <translation>यामध्ये काय
पाहिले जाते:(&amp;T)</translation>
    </message>
</context>
<context>
    <name>RubricModel</name>
    <message>
        <location filename="../../desktop/ui/dialogs/rubric_model.py" line="+272"/>
        <source>Criterion</source>
        <translation>निकष</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional name</source>
        <translation>प्रादेशिक नाव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>भार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>हिस्सा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it looks at</source>
        <translation>काय पाहिले जाते</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Level %d</source>
        <translation>स्तर %d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The criterion&apos;s share of a nomination&apos;s weighted total</source>
        <translation>नामनिर्देशनाच्या भारित एकूण गुणांतील या निकषाचा हिस्सा</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/import_run_page.py" line="+31"/>
        <source>Import</source>
        <translation>आयात</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>रद्द करा</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cancelling…</source>
        <translation>रद्द करत आहे…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Importing %s; a backup is taken first.</source>
        <translation>%s आयात करत आहे; आधी बॅकअप घेतला जातो.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing…</source>
        <translation>आयात करत आहे…</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+13"/>
        <source>Nothing was imported.</source>
        <translation>काहीही आयात केले नाही.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The import stopped on an unexpected error and was rolled back: %s</source>
        <translation>अनपेक्षित त्रुटीमुळे आयात थांबली आणि ती पूर्ववत केली गेली: %s</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing needed storing: every valid row is already in the database.</source>
        <translation>काहीही जतन करण्याची गरज नव्हती: प्रत्येक वैध ओळ आधीच डेटाबेसमध्ये आहे.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported as batch %s.</source>
        <translation>संच %s म्हणून आयात केले.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New: %s</source>
        <translation>नवीन: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated: %s</source>
        <translation>अद्ययावत: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged: %s</source>
        <translation>अपरिवर्तित: %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UDISE codes repaired: %s</source>
        <translation>दुरुस्त केलेले UDISE क्रमांक: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows left out with problems: %s</source>
        <translation>त्रुटींमुळे वगळलेल्या ओळी: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check found:</source>
        <translation>तपासणीत आढळले:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database was backed up first to %s</source>
        <translation>डेटाबेसचा आधी %s येथे बॅकअप घेतला</translation>
    </message>
</context>
<context>
    <name>ScaleField</name>
    <message>
        <location filename="../../desktop/ui/dialogs/programme_dialog.py" line="-122"/>
        <source>Lowest level</source>
        <translation>सर्वात खालचा स्तर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest level</source>
        <translation>सर्वात वरचा स्तर</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>levels from</source>
        <translation>स्तर:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>ते</translation>
    </message>
</context>
<context>
    <name>SchoolDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/school_dialog.py" line="+16"/>
        <source>Edit school</source>
        <translation>शाळा संपादित करा</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add school</source>
        <translation>शाळा जोडा</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>UDISE code</source>
        <translation>UDISE क्रमांक</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>11 digits, e.g. 29900101001</source>
        <translation>11 अंक, उदा. 29900101001</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>नाव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (regional language)</source>
        <translation>नाव (प्रादेशिक भाषेत)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Block</source>
        <translation>तालुका</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>— choose —</source>
        <translation>— निवडा —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster</source>
        <translation>केंद्र</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Village</source>
        <translation>गाव</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Management</source>
        <translation>व्यवस्थापन</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rural</source>
        <translation>ग्रामीण</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Urban</source>
        <translation>शहरी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rural / urban</source>
        <translation>ग्रामीण / शहरी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN code</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation>माध्यम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>अक्षांश</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>decimal degrees, e.g. 16.1817</source>
        <translation>दशांश अंश, उदा. 16.1817</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longitude</source>
        <translation>रेखांश</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>decimal degrees, e.g. 75.6958</source>
        <translation>दशांश अंश, उदा. 75.6958</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no cluster)</source>
        <translation>(केंद्र नाही)</translation>
    </message>
</context>
<context>
    <name>SchoolPicker</name>
    <message>
        <location filename="../../desktop/ui/school_picker.py" line="+66"/>
        <source>Filter blocks and clusters</source>
        <translation>तालुके व केंद्रे गाळा</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>all kinds of school</source>
        <translation>सर्व प्रकारच्या शाळा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Narrows the blocks and clusters; single schools always go.</source>
        <translation>केवळ तालुके व केंद्रे मर्यादित करते; स्वतंत्रपणे निवडलेल्या शाळा नेहमी समाविष्ट राहतात.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name or 11-digit UDISE code</source>
        <translation>नाव किंवा 11-अंकी UDISE क्रमांक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single schools</source>
        <translation>स्वतंत्र शाळा</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Blocks and clusters</source>
        <translation>तालुके व केंद्रे</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind of school:</source>
        <translation>शाळेचा प्रकार:</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>No schools chosen yet: tick blocks or clusters, or add single schools.</source>
        <translation>अद्याप शाळा निवडलेल्या नाहीत: तालुके किंवा केंद्रे निवडा, किंवा स्वतंत्र शाळा जोडा.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>block</source>
        <translation>तालुका</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>blocks</source>
        <translation>तालुके</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cluster</source>
        <translation>केंद्र</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>clusters</source>
        <translation>केंद्रे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>single school</source>
        <translation>स्वतंत्र शाळा</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>single schools</source>
        <translation>स्वतंत्र शाळा</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>school</source>
        <translation>शाळा</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>schools</source>
        <translation>शाळा</translation>
    </message>
</context>
<context>
    <name>SchoolSearch</name>
    <message>
        <location filename="../../desktop/ui/dialogs/body_dialog.py" line="-250"/>
        <source>Type part of the school&apos;s name or its UDISE code</source>
        <translation>शाळेच्या नावाचा भाग किंवा तिचा UDISE क्रमांक टाइप करा</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Nothing matches “%s”.</source>
        <translation>“%s” शी जुळणारे काहीही नाही.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>none yet</source>
        <translation>अद्याप नाही</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School: %s</source>
        <translation>शाळा: %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%(cluster)s cluster, %(block)s block</source>
        <translation>%(cluster)s केंद्र, %(block)s तालुका</translation>
    </message>
</context>
<context>
    <name>Schools</name>
    <message>
        <location filename="../../desktop/services/schools.py" line="+29"/>
        <source>Department of Education</source>
        <translation>शिक्षण विभाग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local body</source>
        <translation>स्थानिक स्वराज्य संस्था</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social Welfare Department</source>
        <translation>समाज कल्याण विभाग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tribal Welfare Department</source>
        <translation>आदिवासी कल्याण विभाग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private aided</source>
        <translation>खाजगी अनुदानित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private unaided</source>
        <translation>खाजगी विनाअनुदानित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central government</source>
        <translation>केंद्र शासन</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Other</source>
        <translation>इतर</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Primary (1-5)</source>
        <translation>प्राथमिक (1-5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper primary (1-8)</source>
        <translation>उच्च प्राथमिक (1-8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Higher secondary (1-12)</source>
        <translation>उच्च माध्यमिक (1-12)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper primary only (6-8)</source>
        <translation>केवळ उच्च प्राथमिक (6-8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secondary (1-10)</source>
        <translation>माध्यमिक (1-10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secondary only (9-10)</source>
        <translation>केवळ माध्यमिक (9-10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Higher secondary only (11-12)</source>
        <translation>केवळ उच्च माध्यमिक (11-12)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kannada</source>
        <translation>कन्नड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>इंग्रजी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urdu</source>
        <translation>उर्दू</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marathi</source>
        <translation>मराठी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hindi</source>
        <translation>हिंदी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telugu</source>
        <translation>तेलुगू</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tamil</source>
        <translation>तमिळ</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>UDISE code {code} already belongs to {school}.</source>
        <translation>UDISE क्रमांक {code} आधीच {school} या शाळेचा आहे.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>School name</source>
        <translation>शाळेचे नाव</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the block the school is in.</source>
        <translation>शाळा ज्या तालुक्यात आहे तो तालुका निवडा.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chosen cluster no longer exists.</source>
        <translation>निवडलेले केंद्र आता अस्तित्वात नाही.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster {cluster} is not in block {block}.</source>
        <translation>केंद्र {cluster} हे तालुका {block} मध्ये नाही.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Local name</source>
        <translation>स्थानिक नाव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>गाव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management</source>
        <translation>व्यवस्थापन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rural / urban</source>
        <translation>ग्रामीण / शहरी</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation>माध्यम</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latitude</source>
        <translation>अक्षांश</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longitude</source>
        <translation>रेखांश</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+12"/>
        <location line="+26"/>
        <source>School</source>
        <translation>शाळा</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>{school} ({code}) still has one person recorded at it; move them to another school or remove them first.</source>
        <translation>{school} ({code}) येथे अद्याप एका व्यक्तीची नोंद आहे; प्रथम त्या व्यक्तीला दुसऱ्या शाळेत हलवा किंवा तिची नोंद काढून टाका.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{school} ({code}) still has {count} people recorded at it; move them to another school or remove them first.</source>
        <translation>{school} ({code}) येथे अद्याप {count} व्यक्तींची नोंद आहे; प्रथम त्यांना दुसऱ्या शाळेत हलवा किंवा त्यांची नोंद काढून टाका.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/udise.py" line="+16"/>
        <source>UDISE code is required.</source>
        <translation>UDISE क्रमांक आवश्यक आहे.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UDISE code {code} contains &apos;{character}&apos;; it must have digits only.</source>
        <translation>UDISE क्रमांक {code} मध्ये &apos;{character}&apos; आहे; त्यात केवळ अंक असणे आवश्यक आहे.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UDISE code {code} has {count} digits; expected {expected}.</source>
        <translation>UDISE क्रमांक {code} मध्ये {count} अंक आहेत; {expected} अंक अपेक्षित आहेत.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>district {code}</source>
        <translation>जिल्हा {code}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} district</source>
        <translation>{name} जिल्हा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UDISE code {code} starts with {start}, but school codes of {where} start with {prefix}.</source>
        <translation>UDISE क्रमांक {code} ची सुरुवात {start} ने होते, परंतु {where} येथील शाळांचे क्रमांक {prefix} ने सुरू होतात.</translation>
    </message>
</context>
<context>
    <name>ScoringTab</name>
    <message>
        <location filename="../../desktop/ui/pages/recognition_score_sheet_model.py" line="+16"/>
        <source>Nominated by you</source>
        <translation>आपण नामनिर्देशित केलेले</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About you</source>
        <translation>आपल्याविषयी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your school</source>
        <translation>आपली शाळा</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Conflict of interest</source>
        <translation>हितसंबंधांचा संघर्ष</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>पूर्ण</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%(scored)d of %(criteria)d</source>
        <translation>%(criteria)d पैकी %(scored)d</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not started</source>
        <translation>सुरू नाही</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition_scoring.py" line="+70"/>
        <source>Reviewer</source>
        <translation>मूल्यांकनकर्ता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reviewer:</source>
        <translation>मूल्यांकनकर्ता:(&amp;R)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Scored</source>
        <translation>गुणांकन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominee</source>
        <translation>नामनिर्देशित</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nominations to score</source>
        <translation>गुणांकन करावयाची नामनिर्देशने</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Optional: a note kept with your scores</source>
        <translation>ऐच्छिक: आपल्या गुणांसोबत ठेवली जाणारी टीप</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>टीप</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;ote:</source>
        <translation>टीप:(&amp;O)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keys: a digit gives the current criterion that level and moves on · ↑ ↓ or Tab: criteria · ← →: level · Delete: clear · Ctrl+Enter: save and next · PgUp PgDn: nominations</source>
        <translation>कळा: अंक दाबल्यास चालू निकषाला तो स्तर मिळतो व पुढील निकषावर जाते · ↑ ↓ किंवा Tab: निकष · ← →: स्तर · Delete: पुसा · Ctrl+Enter: जतन करा व पुढे · PgUp PgDn: नामनिर्देशने</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Re&amp;vert</source>
        <translation>पूर्वस्थितीत आणा(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back the levels last saved for this nomination</source>
        <translation>या नामनिर्देशनासाठी शेवटचे जतन केलेले स्तर परत आणा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save and next</source>
        <translation>जतन करा व पुढे(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the levels and open the next nomination not yet scored (Ctrl+Enter)</source>
        <translation>स्तर जतन करा आणि गुणांकन न झालेले पुढील नामनिर्देशन उघडा (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Choose a cycle above.</source>
        <translation>वरील सत्र निवडा.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No reviewers on this cycle&apos;s panel yet: add them with Edit… on Programmes and cycles.</source>
        <translation>या सत्राच्या मूल्यांकन मंडळात अद्याप मूल्यांकनकर्ते नाहीत: &apos;उपक्रम व सत्रे&apos; येथे &apos;संपादित करा…&apos; द्वारे त्यांना जोडा.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read-only. %s</source>
        <translation>केवळ वाचनासाठी. %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review open until %s: scores can be entered and changed until that day.</source>
        <translation>मूल्यांकन %s पर्यंत सुरू: त्या दिवसापर्यंत गुण भरता व बदलता येतात.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%(complete)d of %(scorable)d scored</source>
        <translation>%(scorable)d पैकी %(complete)d चे गुणांकन झाले</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition_scoring_sheet.py" line="+79"/>
        <source>No nominations in this cycle yet.</source>
        <translation>या सत्रात अद्याप नामनिर्देशने नाहीत.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Category: %s</source>
        <translation>श्रेणी: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status: %s</source>
        <translation>स्थिती: %s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nominated by %s</source>
        <translation>नामनिर्देशक: %s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From the data</source>
        <translation>डेटावरून</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%d evidence file(s) attached: open them on the Nominations tab.</source>
        <translation>%d पुराव्याच्या फाइल्स जोडलेल्या आहेत: त्या &apos;नामनिर्देशने&apos; टॅबवर उघडा.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No evidence files attached.</source>
        <translation>पुराव्याची कोणतीही फाइल जोडलेली नाही.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You cannot score this nomination: %s.</source>
        <translation>आपण या नामनिर्देशनाला गुण देऊ शकत नाही: %s.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>(not saved yet)</source>
        <translation>(अद्याप जतन केलेले नाही)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Weighted total: — (no level given yet)</source>
        <translation>भारित एकूण: — (अद्याप स्तर दिलेला नाही)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weighted total: &lt;b&gt;%s%%&lt;/b&gt;</source>
        <translation>भारित एकूण: &lt;b&gt;%s%%&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weighted total so far: &lt;b&gt;%(percent)s%%&lt;/b&gt; on %(scored)d of %(criteria)d criteria</source>
        <translation>आतापर्यंतचे भारित एकूण: %(criteria)d पैकी %(scored)d निकषांवर &lt;b&gt;%(percent)s%%&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Saved the scores for %s.</source>
        <translation>%s यांचे गुण जतन केले.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Every nomination %s can score is scored.</source>
        <translation>%s गुण देऊ शकतील अशा सर्व नामनिर्देशनांचे गुणांकन झाले आहे.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Scores not saved</source>
        <translation>गुण जतन झालेले नाहीत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The levels you gave %s are not saved yet. Save them?</source>
        <translation>आपण %s यांना दिलेले स्तर अद्याप जतन झालेले नाहीत. ते जतन करायचे?</translation>
    </message>
</context>
<context>
    <name>SearchChooser</name>
    <message>
        <location filename="../../desktop/ui/dialogs/nominee_chooser.py" line="-254"/>
        <source>Chosen: &lt;b&gt;%s&lt;/b&gt;</source>
        <translation>निवडलेले: &lt;b&gt;%s&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing chosen yet.</source>
        <translation>अद्याप काहीही निवडलेले नाही.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_picker.py" line="-129"/>
        <source>Remove</source>
        <translation>काढून टाका</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Nothing matches “%s”.</source>
        <translation>“%s” शी जुळणारे काहीही नाही.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first %d matches are shown; type more to narrow them.</source>
        <translation>पहिले %d जुळणारे परिणाम दाखवले आहेत; ते मर्यादित करण्यासाठी आणखी टाइप करा.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type to search.</source>
        <translation>शोधण्यासाठी टाइप करा.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Chosen: %d</source>
        <translation>निवडलेले: %d</translation>
    </message>
</context>
<context>
    <name>SelectionReasonDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/selection_reason_dialog.py" line="-74"/>
        <source>Select with a reason</source>
        <translation>कारणासह निवडा</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reason (kept with the selection)</source>
        <translation>कारण (निवडीसोबत जतन केले जाते)(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select</source>
        <translation>निवडा</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the reason for this selection, or cancel.</source>
        <translation>या निवडीचे कारण द्या, किंवा रद्द करा.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="+59"/>
        <source>Settings</source>
        <translation>सेटिंग्ज</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recorded as the author of every change in the audit log.</source>
        <translation>लेखापरीक्षण नोंदवहीत प्रत्येक बदल करणारी व्यक्ती म्हणून हे नाव नोंदवले जाते.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System default (%s)</source>
        <translation>प्रणालीची डीफॉल्ट (%s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new language takes effect when the app is started again.</source>
        <translation>नवीन भाषा ॲप पुन्हा सुरू केल्यावर लागू होते.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save and restart now</source>
        <translation>जतन करा आणि आता पुन्हा सुरू करा</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your name</source>
        <translation>आपले नाव</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
</context>
<context>
    <name>SignatoriesTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_tables.py" line="-134"/>
        <source>Name</source>
        <translation>नाव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Designation</source>
        <translation>पदनाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs for</source>
        <translation>कोणाच्या वतीने स्वाक्षरी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which partner</source>
        <translation>कोणती भागीदार संस्था</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>आवश्यक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date signed</source>
        <translation>स्वाक्षरीचा दिनांक</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone who signs the MoU. Give the date each one signed once they have; the MoU can be marked signed when every required signatory has a date.</source>
        <translation>MoU वर स्वाक्षरी करणारे सर्व जण. प्रत्येकाने स्वाक्षरी केल्यावर तो दिनांक नोंदवा; सर्व आवश्यक स्वाक्षरीकर्त्यांचे दिनांक नोंदवल्यावर MoU स्वाक्षरी झाली म्हणून नोंदवता येतो.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add signatory</source>
        <translation>स्वाक्षरीकर्ता जोडा</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not signed</source>
        <translation>स्वाक्षरी नाही</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/selection_reason_dialog.py" line="+23"/>
        <source>Nominees</source>
        <translation>नामनिर्देशित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>दिनांक(&amp;D)</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/suggestions_dialog.py" line="+62"/>
        <source>Suggestions from data — %s</source>
        <translation>डेटावरून सूचना — %s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>all grades</source>
        <translation>सर्व इयत्ता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all subjects</source>
        <translation>सर्व विषय</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Earlier round</source>
        <translation>आधीची फेरी(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later round</source>
        <translation>नंतरची फेरी(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le&amp;vel</source>
        <translation>स्तर(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grade</source>
        <translation>इयत्ता(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;bject</source>
        <translation>विषय(&amp;B)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Suggestions need two assessment rounds with students&apos; results: import them on Baseline → Imports.</source>
        <translation>सूचनांसाठी विद्यार्थ्यांच्या निकालांसह मूल्यमापनाच्या दोन फेऱ्या आवश्यक आहेत: त्या &apos;पायाभूत चाचणी → आयात&apos; येथे आयात करा.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The units whose share of students at or above grade level rose most (then their mean score), largest rise first; units with too few students in either round are left out.</source>
        <translation>इयत्तेनुरूप स्तरावर किंवा त्याहून वर असलेल्या विद्यार्थ्यांचे प्रमाण (आणि त्यानंतर सरासरी गुण) सर्वाधिक वाढलेले घटक, सर्वाधिक वाढ असलेले प्रथम; कोणत्याही फेरीत फार कमी विद्यार्थी असलेले घटक वगळले आहेत.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unit</source>
        <translation>घटक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block</source>
        <translation>तालुका</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier %</source>
        <translation>आधीचे %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later %</source>
        <translation>नंतरचे %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change (points)</source>
        <translation>बदल (टक्के गुण)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean score change</source>
        <translation>सरासरी गुणांतील बदल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Students</source>
        <translation>विद्यार्थी</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already nominated</source>
        <translation>आधीच नामनिर्देशित</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>होय</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Suggested nominees</source>
        <translation>सुचवलेले नामनिर्देशित</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Nominate…</source>
        <translation>नामनिर्देशन करा…(&amp;N)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>, %s cluster</source>
        <translation>, %s केंद्र</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Grade %d</source>
        <translation>इयत्ता %d</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No unit improved between these rounds for this choice.</source>
        <translation>या निवडीसाठी या फेऱ्यांदरम्यान कोणत्याही घटकात सुधारणा झाली नाही.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Already nominated in this cycle</source>
        <translation>या सत्रात आधीच नामनिर्देशित</translation>
    </message>
</context>
<context>
    <name>TaskPageMixin</name>
    <message>
        <location filename="../../desktop/ui/dialogs/wizard_task.py" line="+20"/>
        <source>Cancelling…</source>
        <translation>रद्द करत आहे…</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="+22"/>
        <source>Schools</source>
        <translation>शाळा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offices</source>
        <translation>कार्यालये</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>व्यक्ती</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edit template</source>
        <translation>साचा संपादित करा</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New template</source>
        <translation>नवीन साचा</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>नाव</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent to</source>
        <translation>कोणास पाठवला जातो</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>References (one a line)</source>
        <translation>संदर्भ (प्रत्येक ओळीत एक)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>मजकूर</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One line per paragraph; “- ” starts a bullet, “1. ” a numbered point, “|” a table row; *bold*, _italic_. Placeholders such as {school_name} are filled per recipient.</source>
        <translation>प्रत्येक परिच्छेदासाठी एक ओळ; “- ” ने बुलेट, “1. ” ने क्रमांकित मुद्दा, “|” ने तक्त्याची ओळ सुरू होते; *ठळक*, _तिरपे_. {school_name} सारखे रकाने प्रत्येक प्राप्तकर्त्यासाठी भरले जातात.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Own fields (one a line)</source>
        <translation>स्वतःचे रकाने (प्रत्येक ओळीत एक)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. meeting_date — filled in once per circular</source>
        <translation>उदा. meeting_date — प्रत्येक परिपत्रकासाठी एकदाच भरला जातो</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filled in for you</source>
        <translation>आपोआप भरले जाणारे</translation>
    </message>
</context>
<context>
    <name>TemplateManager</name>
    <message>
        <location filename="../../desktop/ui/dialogs/template_manager.py" line="+37"/>
        <source>Circular templates</source>
        <translation>परिपत्रकांचे साचे</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All languages</source>
        <translation>सर्व भाषा</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>नाव</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Sent to</source>
        <translation>कोणास पाठवला जातो</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Built-in</source>
        <translation>अंगभूत</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Own copy</source>
        <translation>स्वतःची प्रत</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Make a copy to edit…</source>
        <translation>संपादनासाठी प्रत तयार करा…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>संपादित करा…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New…</source>
        <translation>नवीन…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>हटवा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>बंद करा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Built-in templates come with the app and are kept up to date by it, so they cannot be changed: make a copy and edit the copy.</source>
        <translation>अंगभूत साचे ॲपसोबत येतात आणि ॲपच ते अद्ययावत ठेवते, त्यामुळे ते बदलता येत नाहीत: त्यांची प्रत तयार करा आणि ती प्रत संपादित करा.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%s templates</source>
        <translation>%s साचे</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A built-in template cannot be changed: make a copy to edit.</source>
        <translation>अंगभूत साचा बदलता येत नाही: संपादनासाठी त्याची प्रत तयार करा.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built-in templates cannot be deleted.</source>
        <translation>अंगभूत साचे हटवता येत नाहीत.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Make a copy</source>
        <translation>प्रत तयार करा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the copy</source>
        <translation>प्रतीचे नाव</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s (our copy)</source>
        <translation>%s (आपली प्रत)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Cannot copy</source>
        <translation>प्रत तयार करता येत नाही</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot edit</source>
        <translation>संपादित करता येत नाही</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Delete template</source>
        <translation>साचा हटवा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the template %s? Circulars already issued from it keep their text.</source>
        <translation>%s हा साचा हटवायचा? त्यावरून आधी निर्गमित झालेल्या परिपत्रकांचा मजकूर तसाच राहील.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot delete</source>
        <translation>हटवता येत नाही</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../desktop/services/templates.py" line="+88"/>
        <source>Template name</source>
        <translation>साच्याचे नाव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language must be one of {values}.</source>
        <translation>भाषा {values} यांपैकी एक असावी.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recipients must be {values}.</source>
        <translation>प्राप्तकर्ते {values} असावेत.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Field &apos;{field}&apos; must be lower-case letters, digits and _ (e.g. meeting_date).</source>
        <translation>रकाना &apos;{field}&apos; मध्ये लहान इंग्रजी अक्षरे, अंक आणि _ असावेत (उदा. meeting_date).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The body is empty.</source>
        <translation>मजकूर रिकामा आहे.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A {language} template named {name} already exists.</source>
        <translation>{name} नावाचा {language} साचा आधीच अस्तित्वात आहे.</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+12"/>
        <source>Template</source>
        <translation>साचा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{template} is a built-in template; make a copy of it and change the copy.</source>
        <translation>{template} हा अंगभूत साचा आहे; त्याची प्रत करा आणि प्रत बदला.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>List name</source>
        <translation>यादीचे नाव</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A copy-to list needs at least one entry.</source>
        <translation>प्रत यादीत किमान एक नोंद आवश्यक आहे.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Copy-to list</source>
        <translation>प्रत यादी</translation>
    </message>
</context>
<context>
    <name>TerminateDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_actions.py" line="-22"/>
        <source>Terminate MoU %s</source>
        <translation>MoU %s संपुष्टात आणा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminated on</source>
        <translation>संपुष्टात आणल्याचा दिनांक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason (kept in the register)</source>
        <translation>कारण (नोंदवहीत जतन केले जाते)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminate</source>
        <translation>संपुष्टात आणा</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_records.py" line="+33"/>
        <source>When</source>
        <translation>केव्हा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>कोणी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>काय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>तपशील</translation>
    </message>
</context>
<context>
    <name>UnitChooser</name>
    <message>
        <location filename="../../desktop/ui/dialogs/body_dialog.py" line="+30"/>
        <source>Type part of the name</source>
        <translation>नावाचा भाग टाइप करा</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../desktop/services/recognition/cycle_checks.py" line="-181"/>
        <location filename="../../desktop/services/validation.py" line="+36"/>
        <source>{label} is required.</source>
        <translation>{label} आवश्यक आहे.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/validation.py" line="+14"/>
        <source>{label} &apos;{value}&apos; is not one of: {allowed}.</source>
        <translation>{label} &apos;{value}&apos; हे यांपैकी नाही: {allowed}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PIN code &apos;{value}&apos; must be 6 digits, not starting with 0.</source>
        <translation>पिन कोड &apos;{value}&apos; हा 0 ने सुरू न होणारा 6 अंकी असणे आवश्यक आहे.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Phone number &apos;{value}&apos; may contain only digits, spaces, dashes and a leading +.</source>
        <translation>दूरध्वनी क्रमांक &apos;{value}&apos; मध्ये केवळ अंक, रिकाम्या जागा, डॅश आणि सुरुवातीला + असू शकतात.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Phone number &apos;{value}&apos; has {count} digits after the prefix; expected 10.</source>
        <translation>दूरध्वनी क्रमांक &apos;{value}&apos; मध्ये उपसर्गानंतर {count} अंक आहेत; 10 अपेक्षित आहेत.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;{value}&apos; is not an e-mail address (expected name@example.org).</source>
        <translation>&apos;{value}&apos; हा ई-मेल पत्ता नाही (name@example.org असा अपेक्षित).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>NGO-Darpan ID &apos;{value}&apos; should look like KA/2017/0123456 (state/year/7 digits).</source>
        <translation>NGO-Darpan ID &apos;{value}&apos; हा KA/2017/0123456 (राज्य/वर्ष/7 अंक) असा असावा.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{label} &apos;{value}&apos; is not a number (expected decimal degrees such as 15.85).</source>
        <translation>{label} &apos;{value}&apos; ही संख्या नाही (15.85 सारखे दशांश अंश अपेक्षित).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{label} {value} is outside India ({low} to {high}).</source>
        <translation>{label} {value} भारताबाहेर आहे ({low} ते {high}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/programme_checks.py" line="-164"/>
        <location filename="../../desktop/services/validation.py" line="+6"/>
        <source>{label} is {length} characters long; at most {max_length} fit.</source>
        <translation>{label} {length} अक्षरांचे आहे; जास्तीत जास्त {max_length} अक्षरे चालतात.</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="+126"/>
        <source>The file could not be written for viewing: %s</source>
        <translation>पाहण्यासाठी फाइल लिहिता आली नाही: %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No program on this computer opens %s.</source>
        <translation>%s उघडणारा कोणताही प्रोग्राम या संगणकावर नाही.</translation>
    </message>
</context>
<context>
    <name>WritePage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/export_write_pages.py" line="-302"/>
        <source>Nothing was written to the drive and nothing was recorded.</source>
        <translation>ड्राइव्हवर काहीही लिहिले गेले नाही आणि कशाचीही नोंद झाली नाही.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Write the package</source>
        <translation>पॅकेज लिहा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The package is written, read back and checked, then recorded in the exchange log.</source>
        <translation>पॅकेज लिहिले जाते, पुन्हा वाचून तपासले जाते, आणि नंतर देवाणघेवाण नोंदवहीत नोंदवले जाते.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The package</source>
        <translation>पॅकेज</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Write package</source>
        <translation>पॅकेज लिहा(&amp;W)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ca&amp;ncel writing</source>
        <translation>लेखन रद्द करा(&amp;N)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>File:</source>
        <translation>फाइल:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>आकार:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by the office key:</source>
        <translation>कार्यालयाच्या की ने स्वाक्षरित:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The partner keeps it until:</source>
        <translation>भागीदार संस्था या दिनांकापर्यंत ठेवू शकते:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>MoU %(reference)s: %(title)s</source>
        <translation>MoU %(reference)s: %(title)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For: %s</source>
        <translation>यांच्यासाठी: %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>• %(category)s: %(count)s records</source>
        <translation>• %(category)s: %(count)s नोंदी</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rounds: %s</source>
        <translation>फेऱ्या: %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Into: %s</source>
        <translation>येथे: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep until: %s</source>
        <translation>या दिनांकापर्यंत ठेवावे: %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This first package creates the office&apos;s signing key.</source>
        <translation>या पहिल्या पॅकेजसोबत कार्यालयाची स्वाक्षरी की तयार होते.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed with the office key %s</source>
        <translation>कार्यालयाच्या की %s ने स्वाक्षरित</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Writing the package…</source>
        <translation>पॅकेज लिहित आहे…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelled. </source>
        <translation>रद्द केले. </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Go Back to the passphrase page to type it.</source>
        <translation>तो टाइप करण्यासाठी पासफ्रेज पृष्ठावर मागे जा.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The package could not be written to %(folder)s: %(error)s</source>
        <translation>पॅकेज %(folder)s मध्ये लिहिता आले नाही: %(error)s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing stopped on an unexpected error: %s</source>
        <translation>अनपेक्षित त्रुटीमुळे लेखन थांबले: %s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The package is written, checked and recorded in the exchange log.</source>
        <translation>पॅकेज लिहिले, तपासले आणि देवाणघेवाण नोंदवहीत नोंदवले आहे.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%(size)s (%(bytes)s bytes)</source>
        <translation>%(size)s (%(bytes)s बाइट्स)</translation>
    </message>
</context>
<context>
    <name>_MemberForm</name>
    <message>
        <location filename="../../desktop/ui/dialogs/membership_dialogs.py" line="-135"/>
        <source>Type part of the name, designation or office</source>
        <translation>नाव, पदनाम किंवा कार्यालयाचा भाग टाइप करा</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— none —</source>
        <translation>— नाही —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Representing</source>
        <translation>प्रतिनिधित्व</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office or organisation the member speaks for on the body</source>
        <translation>सदस्य समितीमध्ये ज्या कार्यालयाचे किंवा संस्थेचे प्रतिनिधित्व करतो ते</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nobody in the directory is called “%s”; choose a person from the list.</source>
        <translation>निर्देशिकेत “%s” नावाची कोणतीही व्यक्ती नाही; यादीतून व्यक्ती निवडा.</translation>
    </message>
</context>
</TS>
