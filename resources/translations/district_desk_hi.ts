<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi" sourcelanguage="en">
<context>
    <name>AchievingChart</name>
    <message>
        <location filename="../../desktop/ui/pages/baseline_chart.py" line="+102"/>
        <source>Grey bars: fewer than 5 students, suppressed in shared reports</source>
        <translation>धूसर पट्टियाँ: 5 से कम विद्यार्थी, साझा रिपोर्टों में नहीं दिखाए जाते</translation>
    </message>
</context>
<context>
    <name>ActionItemDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/meeting_actions_tab.py" line="+264"/>
        <source>Change the action item</source>
        <translation>कार्रवाई बिंदु बदलें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New action item</source>
        <translation>नया कार्रवाई बिंदु</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Action</source>
        <translation>कार्रवाई</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>उत्तरदायी</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due on</source>
        <translation>नियत तिथि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(कोई नहीं)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Under agenda item</source>
        <translation>कार्यसूची बिंदु के अंतर्गत</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
</context>
<context>
    <name>ActionItemDialogs</name>
    <message>
        <location filename="../../desktop/ui/dialogs/action_item_dialogs.py" line="+45"/>
        <source>%(status)s on %(day)s</source>
        <translation>%(day)s को %(status)s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%(description)s”
%(owner)s, %(designation)s · due %(due)s · %(status)s · followed up by %(body)s (%(level)s level)</source>
        <translation>“%(description)s”
%(owner)s, %(designation)s · नियत तिथि %(due)s · %(status)s · अनुवर्ती कार्रवाई: %(body)s (%(level)s स्तर)</translation>
    </message>
</context>
<context>
    <name>ActionItems</name>
    <message>
        <location filename="../../desktop/services/meetings/action_checks.py" line="+38"/>
        <source>Action item “{text}”</source>
        <translation>कार्रवाई बिंदु “{text}”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{meeting} was cancelled; record {what} in the next meeting.</source>
        <translation>{meeting} रद्द कर दी गई थी; {what} अगली बैठक में दर्ज करें।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{item} is {status} since {day}; reopen it to change it.</source>
        <translation>{item} {day} से {status} है; इसे बदलने के लिए पहले पुनः खोलें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{item} is {status} since {day}; reopen it to close it again.</source>
        <translation>{item} {day} से {status} है; इसे फिर से बंद करने के लिए पहले पुनः खोलें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{item} is {status} since {day}; reopen it to record progress on it.</source>
        <translation>{item} {day} से {status} है; इसकी प्रगति दर्ज करने के लिए पहले पुनः खोलें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{item} is {status} since {day}; reopen it to escalate it.</source>
        <translation>{item} {day} से {status} है; इसे उच्च स्तर पर भेजने के लिए पहले पुनः खोलें।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the owner: the person who answers for this action item.</source>
        <translation>उत्तरदायी चुनें: वह व्यक्ति जो इस कार्रवाई बिंदु के लिए उत्तरदायी है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Person #{owner_person_id} is not in the records (deleted?); choose the owner from the people list.</source>
        <translation>व्यक्ति #{owner_person_id} अभिलेखों में नहीं है (हटा दिया गया?); व्यक्तियों की सूची से उत्तरदायी चुनें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the date the action item is due.</source>
        <translation>कार्रवाई बिंदु की नियत तिथि दें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The due date {due_date} is before {meeting}, which raised the item; give a date on or after the meeting.</source>
        <translation>नियत तिथि {due_date}, {meeting} से पहले की है, जिसमें यह बिंदु उठाया गया था; बैठक की तिथि या उसके बाद की तिथि दें।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Agenda item #{agenda_item_id} no longer exists.</source>
        <translation>कार्यसूची बिंदु #{agenda_item_id} अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agenda item “{agenda}” belongs to another meeting, not to {meeting}; choose one of this meeting&apos;s items.</source>
        <translation>कार्यसूची बिंदु “{agenda}” किसी अन्य बैठक का है, {meeting} का नहीं; इस बैठक के बिंदुओं में से कोई चुनें।</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no body (it was raised in an ad-hoc meeting)</source>
        <translation>कोई निकाय नहीं (यह तदर्थ बैठक में उठाया गया था)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item} is not followed up in {meeting}; it was raised at {raised} and is followed up by {body}.</source>
        <translation>{item} की अनुवर्ती कार्रवाई {meeting} में नहीं होती; यह {raised} में उठाया गया था और इसकी अनुवर्ती कार्रवाई {body} करता है।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{item} is already followed up at district level; there is no level above it.</source>
        <translation>{item} की अनुवर्ती कार्रवाई पहले से जिला स्तर पर हो रही है; इससे ऊपर कोई स्तर नहीं है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{meeting} was cancelled; choose another meeting.</source>
        <translation>{meeting} रद्द कर दी गई थी; कोई अन्य बैठक चुनें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The minutes of {meeting} are already approved; choose a meeting still to be held.</source>
        <translation>{meeting} का कार्यवृत्त पहले ही अनुमोदित हो चुका है; ऐसी बैठक चुनें जो अभी आयोजित होनी है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{meeting} is before the escalation on {day}; choose a meeting on or after that day.</source>
        <translation>{meeting}, {day} को उच्च स्तर पर भेजे जाने से पहले की है; उस दिन या उसके बाद की बैठक चुनें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{meeting} is an ad-hoc meeting; an escalated item needs a body to follow it up.</source>
        <translation>{meeting} एक तदर्थ बैठक है; उच्च स्तर पर भेजे गए बिंदु की अनुवर्ती कार्रवाई के लिए एक निकाय आवश्यक है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{meeting} is a {level} meeting; an item followed up at {current} level is escalated to a {above} meeting.</source>
        <translation>{meeting} एक {level} बैठक है; {current} स्तर पर अनुवर्ती बिंदु को {above} बैठक में उच्च स्तर पर भेजा जाता है।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{meeting} is a meeting of {unit}, which does not include {current}; escalate to a meeting of the {above} above it.</source>
        <translation>{meeting} {unit} की बैठक है, जिसमें {current} शामिल नहीं है; उसके ऊपर के {above} की बैठक में भेजें।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings/action_listing.py" line="+30"/>
        <source>Raised</source>
        <translation>उठाया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed</source>
        <translation>समीक्षा की गई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>बदला गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>उच्च स्तर पर भेजा गया</translation>
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
        <translation>निरस्त</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened</source>
        <translation>पुनः खोला गया</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Raised at {meeting} on {day}</source>
        <translation>{day} को {meeting} में उठाया गया</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{origin}, escalated to {meeting} on {day}</source>
        <translation>{origin}, {day} को {meeting} में उच्च स्तर पर भेजा गया</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{origin}, escalated on {day}</source>
        <translation>{origin}, {day} को उच्च स्तर पर भेजा गया</translation>
    </message>
    <message>
        <location line="+121"/>
        <location filename="../../desktop/services/meetings/action_loading.py" line="+135"/>
        <location filename="../../desktop/services/meetings/action_report.py" line="+138"/>
        <location filename="../../desktop/services/meetings/actions.py" line="+103"/>
        <location line="+113"/>
        <source>Action item</source>
        <translation>कार्रवाई बिंदु</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings/action_report.py" line="-10"/>
        <source>Save the action-item report as a .pdf or an .xlsx file.</source>
        <translation>कार्रवाई बिंदु रिपोर्ट को .pdf या .xlsx फ़ाइल के रूप में सहेजें।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings/actions.py" line="-147"/>
        <source>the action item</source>
        <translation>कार्रवाई बिंदु</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{meeting} has not been held yet (today is {today}); action items are recorded from the meeting&apos;s decisions.</source>
        <translation>{meeting} अभी आयोजित नहीं हुई है (आज {today} है); कार्रवाई बिंदु बैठक के निर्णयों से दर्ज किए जाते हैं।</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>a correction to the item&apos;s wording</source>
        <translation>बिंदु के शब्दों में सुधार</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>An action item is closed as done or dropped, not &apos;{status}&apos;.</source>
        <translation>कार्रवाई बिंदु पूर्ण या निरस्त के रूप में बंद किया जाता है, ‘{status}’ के रूप में नहीं।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the reason for dropping the action item; the register keeps it.</source>
        <translation>कार्रवाई बिंदु निरस्त करने का कारण दें; रजिस्टर में यह दर्ज रहता है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the date the action item was closed.</source>
        <translation>कार्रवाई बिंदु बंद किए जाने की तिथि दें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{day} is before {meeting}, which raised the item; it cannot be closed before it was raised.</source>
        <translation>{day}, {meeting} से पहले है, जिसमें यह बिंदु उठाया गया था; उठाए जाने से पहले इसे बंद नहीं किया जा सकता।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The item was reopened on {reopened}; close it on or after that day.</source>
        <translation>बिंदु {reopened} को पुनः खोला गया था; इसे उस दिन या उसके बाद बंद करें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the closing</source>
        <translation>बिंदु का बंद होना</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{day} is after {meeting}; a meeting records what was done by its own date.</source>
        <translation>{day}, {meeting} के बाद है; बैठक में वही दर्ज होता है जो उसकी अपनी तिथि तक किया गया।</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{item} is still open; there is nothing to reopen.</source>
        <translation>{item} अभी खुला है; पुनः खोलने के लिए कुछ नहीं है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the reason for reopening the action item.</source>
        <translation>कार्रवाई बिंदु पुनः खोलने का कारण दें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the date the action item was reopened.</source>
        <translation>कार्रवाई बिंदु पुनः खोले जाने की तिथि दें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{day} is before the item was closed ({closed_on}); reopen it on or after that day.</source>
        <translation>{day}, बिंदु के बंद होने ({closed_on}) से पहले है; इसे उस दिन या उसके बाद पुनः खोलें।</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Write what was reported on the action item in this meeting.</source>
        <translation>इस बैठक में कार्रवाई बिंदु पर जो बताया गया, वह लिखें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the review</source>
        <translation>समीक्षा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item} was raised at {meeting}; its progress is reviewed in the meetings after it.</source>
        <translation>{item} {meeting} में उठाया गया था; इसकी प्रगति की समीक्षा उसके बाद की बैठकों में होती है।</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{item} is due on {due_date}, so it is not overdue on {day}; only overdue items are escalated.</source>
        <translation>{item} की नियत तिथि {due_date} है, इसलिए {day} को यह विलंबित नहीं है; केवल विलंबित बिंदु उच्च स्तर पर भेजे जाते हैं।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The item was last escalated on {last}; escalate it again on or after that day.</source>
        <translation>बिंदु को पिछली बार {last} को उच्च स्तर पर भेजा गया था; इसे उस दिन या उसके बाद फिर से भेजें।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings/vocabulary.py" line="-2"/>
        <source>Open</source>
        <translation>खुला</translation>
    </message>
</context>
<context>
    <name>ActionItemsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/action_items_page.py" line="+75"/>
        <source>Search by action, owner, meeting, unit or body</source>
        <translation>कार्रवाई, उत्तरदायी, बैठक, इकाई या निकाय से खोजें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any owner</source>
        <translation>सभी उत्तरदायी</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any status</source>
        <translation>सभी स्थितियाँ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>any level</source>
        <translation>सभी स्तर</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>any body</source>
        <translation>सभी निकाय</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue only</source>
        <translation>केवल विलंबित</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mark done…</source>
        <translation>पूर्ण चिह्नित करें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop…</source>
        <translation>निरस्त करें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen…</source>
        <translation>पुनः खोलें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change…</source>
        <translation>बदलें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalate…</source>
        <translation>उच्च स्तर पर भेजें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History…</source>
        <translation>इतिहास…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status report…</source>
        <translation>स्थिति रिपोर्ट…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Action</source>
        <translation>कार्रवाई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>उत्तरदायी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>निकाय</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>(कोई नहीं)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>स्तर</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Raised on</source>
        <translation>उठाने की तिथि</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due</source>
        <translation>नियत तिथि</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Days overdue</source>
        <translation>विलंब (दिन)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Escalated from</source>
        <translation>जहाँ से भेजा गया</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Action items</source>
        <translation>कार्रवाई बिंदु</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%(shown)s of %(total)s</source>
        <translation>%(total)s में से %(shown)s</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Action item</source>
        <translation>कार्रवाई बिंदु</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Save the action-item report</source>
        <translation>कार्रवाई बिंदु रिपोर्ट सहेजें</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preparing the action-item report</source>
        <translation>कार्रवाई बिंदु रिपोर्ट तैयार की जा रही है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved %s</source>
        <translation>%s सहेजा गया</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/meeting_actions_tab.py" line="-216"/>
        <location line="+11"/>
        <source>Action</source>
        <translation>कार्रवाई</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Owner</source>
        <translation>उत्तरदायी</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Due</source>
        <translation>नियत तिथि</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Overdue then</source>
        <translation>उस समय विलंब</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%d days</source>
        <translation>%d दिन</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status now</source>
        <translation>वर्तमान स्थिति</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where it came from</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add action item…</source>
        <translation>कार्रवाई बिंदु जोड़ें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change…</source>
        <translation>बदलें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark done…</source>
        <translation>पूर्ण चिह्नित करें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review note…</source>
        <translation>समीक्षा टिप्पणी…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop…</source>
        <translation>निरस्त करें…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Raised in this meeting</source>
        <translation>इस बैठक में उठाए गए</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Carried forward from earlier meetings</source>
        <translation>पिछली बैठकों से आगे लाए गए</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Carried forward from earlier meetings (%(count)d), as they stood on %(date)s</source>
        <translation>पिछली बैठकों से आगे लाए गए (%(count)d), %(date)s की स्थिति के अनुसार</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action items are recorded from the meeting&apos;s decisions, from its day on.</source>
        <translation>कार्रवाई बिंदु बैठक के निर्णयों से, बैठक के दिन से दर्ज किए जाते हैं।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items raised here are followed up in the body&apos;s later meetings until done or dropped. Overdue items are in red.</source>
        <translation>यहाँ उठाए गए बिंदुओं पर निकाय की आगामी बैठकों में तब तक अनुवर्ती कार्रवाई होती है जब तक वे पूर्ण या निरस्त न हो जाएँ। विलंबित बिंदु लाल रंग में दिखाए गए हैं।</translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/membership_dialogs.py" line="+126"/>
        <source>Add a member to %s</source>
        <translation>%s में सदस्य जोड़ें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person</source>
        <translation>व्यक्ति</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Member from</source>
        <translation>सदस्यता आरंभ तिथि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no end date</source>
        <translation>कोई समाप्ति तिथि नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member until</source>
        <translation>सदस्यता समाप्ति तिथि</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/meeting_tabs.py" line="+82"/>
        <source>Item</source>
        <translation>बिंदु</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Presented by</source>
        <translation>प्रस्तुतकर्ता</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>मिनट</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starts at</source>
        <translation>आरंभ समय</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add item</source>
        <translation>बिंदु जोड़ें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>ऊपर ले जाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>नीचे ले जाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save agenda</source>
        <translation>कार्यसूची सहेजें</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The items in the order they are taken up. The first item of a body&apos;s meeting, the confirmation of the previous minutes, is added by itself and stays first; give minutes per item to see when each starts.</source>
        <translation>बिंदु उसी क्रम में हैं जिसमें उन पर विचार किया जाता है। निकाय की बैठक का पहला बिंदु, पिछले कार्यवृत्त की पुष्टि, स्वतः जुड़ता है और पहले स्थान पर ही रहता है; प्रत्येक बिंदु के मिनट भरें ताकि पता चले कि कौन-सा बिंदु कब आरंभ होगा।</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Added by itself: %s</source>
        <translation>स्वतः जोड़ा गया: %s</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_actions.py" line="+63"/>
        <source>Amend MoU %s</source>
        <translation>MoU %s में संशोधन</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Takes effect on</source>
        <translation>प्रभावी तिथि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it changes</source>
        <translation>क्या परिवर्तन होता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text of the amendment</source>
        <translation>संशोधन का पाठ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed on</source>
        <translation>हस्ताक्षर तिथि</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes the end date to</source>
        <translation>नई समाप्ति तिथि</translation>
    </message>
</context>
<context>
    <name>AnalysisTab</name>
    <message>
        <location filename="../../desktop/ui/pages/baseline_analysis_view.py" line="+76"/>
        <source>no comparison</source>
        <translation>कोई तुलना नहीं</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>all grades</source>
        <translation>सभी कक्षाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all subjects</source>
        <translation>सभी विषय</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a unit</source>
        <translation>इकाई खोजें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Round</source>
        <translation>चरण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with</source>
        <translation>तुलना करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>स्तर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>कक्षा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>◀ Back</source>
        <translation>◀ पीछे</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working out the figures…</source>
        <translation>आँकड़ों की गणना की जा रही है…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The office whose letterhead the report and workbook carry</source>
        <translation>वह कार्यालय जिसका लेटरहेड रिपोर्ट और वर्कबुक पर होगा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save report as PDF…</source>
        <translation>रिपोर्ट PDF के रूप में सहेजें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save workbook…</source>
        <translation>वर्कबुक सहेजें…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Letterhead</source>
        <translation>लेटरहेड</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Impact indicator (whole district)</source>
        <translation>प्रभाव संकेतक (पूरा जिला)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier</source>
        <translation>पहले</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>बाद में</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>परिवर्तन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>No assessment rounds yet: add one on the Rounds tab, then import its results.</source>
        <translation>अभी तक कोई आकलन चरण नहीं है: चरण टैब पर एक चरण जोड़ें, फिर उसके परिणाम आयात करें।</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Grade %s</source>
        <translation>कक्षा %s</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%s has no results or indicators yet for these choices.</source>
        <translation>%s के लिए इन विकल्पों पर अभी कोई परिणाम या संकेतक नहीं हैं।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> points</source>
        <translation> अंक</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%(unit)s as a whole: %(students)s students, %(achieving)s%% achieving, mean score %(mean)s; %(schools)s schools with indicators.</source>
        <translation>%(unit)s समग्र रूप से: %(students)s विद्यार्थी, %(achieving)s%% लक्ष्य प्राप्त, औसत अंक %(mean)s; संकेतकों वाले %(schools)s विद्यालय।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change in %% achieving since %(round)s: %(change)s points.</source>
        <translation>%(round)s के बाद से लक्ष्य प्राप्त %% में परिवर्तन: %(change)s अंक।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%(shown)s of %(total)s</source>
        <translation>%(total)s में से %(shown)s</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Within the %(level)s %(unit)s</source>
        <translation>%(level)s %(unit)s के अंतर्गत</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/baseline_exports.py" line="+38"/>
        <source>Add the office whose letterhead the report goes on first.</source>
        <translation>पहले वह कार्यालय जोड़ें जिसके लेटरहेड पर रिपोर्ट तैयार होगी।</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved %s</source>
        <translation>%s सहेजा गया</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Report saved</source>
        <translation>रिपोर्ट सहेजी गई</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Saved %s.

Open it now?</source>
        <translation>%s सहेजा गया।

क्या इसे अभी खोलें?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No program on this computer opens %s.</source>
        <translation>इस कंप्यूटर पर %s को खोलने वाला कोई प्रोग्राम नहीं है।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving the assessment report</source>
        <translation>आकलन रिपोर्ट सहेजी जा रही है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving the assessment workbook</source>
        <translation>आकलन वर्कबुक सहेजी जा रही है</translation>
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
        <translation>%s का कार्यवृत्त अनुमोदित करें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Once approved, the minutes are locked: a mistake found later is put right by a correction recorded in a later meeting.</source>
        <translation>अनुमोदन के बाद कार्यवृत्त लॉक हो जाता है: बाद में पाई गई किसी त्रुटि को आगामी बैठक में दर्ज सुधार द्वारा ठीक किया जाता है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approved on</source>
        <translation>अनुमोदन तिथि</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by</source>
        <translation>अनुमोदनकर्ता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>अनुमोदित करें</translation>
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
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>जोड़ा गया</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Title (the file&apos;s name if left empty)</source>
        <translation>शीर्षक (खाली छोड़ने पर फ़ाइल का नाम)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach…</source>
        <translation>संलग्न करें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach as</source>
        <translation>इस रूप में संलग्न करें</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Scanned signed copies and annexures, as PDF, PNG or JPEG. A file is kept as soon as it is attached, without pressing Save.</source>
        <translation>स्कैन की गई हस्ताक्षरित प्रतियाँ और अनुलग्नक, PDF, PNG या JPEG के रूप में। फ़ाइल संलग्न करते ही सुरक्षित हो जाती है, सहेजें दबाने की आवश्यकता नहीं है।</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Attach a scanned copy or annexure</source>
        <translation>स्कैन की गई प्रति या अनुलग्नक संलग्न करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF or image (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>PDF या चित्र (*.pdf *.png *.jpg *.jpeg);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Remove attachment</source>
        <translation>संलग्नक हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “%(title)s” (%(file_name)s) from this MoU? The history keeps a record of it.</source>
        <translation>इस MoU से “%(title)s” (%(file_name)s) हटाएँ? इतिहास में इसका अभिलेख बना रहेगा।</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/meeting_attendance.py" line="+77"/>
        <source>Name</source>
        <translation>नाम</translation>
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
        <translation>उपस्थिति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Represented by</source>
        <translation>प्रतिनिधि</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All present</source>
        <translation>सभी उपस्थित</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Add guest…</source>
        <translation>अतिथि जोड़ें…</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Remove guest</source>
        <translation>अतिथि हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance rates…</source>
        <translation>उपस्थिति दर…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save attendance</source>
        <translation>उपस्थिति सहेजें</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The members of %(body)s on %(date)s. Leave a row blank if it is not known.</source>
        <translation>%(date)s को %(body)s के सदस्य। जानकारी न होने पर पंक्ति खाली छोड़ दें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An ad-hoc meeting has no members: add everyone who was invited.</source>
        <translation>तदर्थ बैठक के कोई सदस्य नहीं होते: आमंत्रित सभी व्यक्तियों को जोड़ें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attendance can be recorded from the day of the meeting.</source>
        <translation>उपस्थिति बैठक के दिन से दर्ज की जा सकती है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add person…</source>
        <translation>व्यक्ति जोड़ें…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Name and designation of the representative</source>
        <translation>प्रतिनिधि का नाम और पदनाम</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Attendance saved: %d member(s) recorded.</source>
        <translation>उपस्थिति सहेजी गई: %d सदस्य दर्ज किए गए।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorded as guest (not a member of %(body)s on %(date)s): %(guests)s</source>
        <translation>अतिथि के रूप में दर्ज (%(date)s को %(body)s के सदस्य नहीं): %(guests)s</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../desktop/ui/tasks.py" line="+98"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../desktop/services/backups.py" line="+65"/>
        <source>Copying</source>
        <translation>प्रतिलिपि बनाई जा रही है</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Could not back up {database}: {reason}</source>
        <translation>{database} का बैकअप नहीं लिया जा सका: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The backup copy failed its integrity check ({detail}); the database itself may be damaged.</source>
        <translation>बैकअप प्रति अखंडता जाँच में विफल रही ({detail}); डेटाबेस स्वयं क्षतिग्रस्त हो सकता है।</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>{backup} cannot be restored: it is damaged ({detail}).</source>
        <translation>{backup} को पुनर्स्थापित नहीं किया जा सकता: यह क्षतिग्रस्त है ({detail})।</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not restore from {backup}: {reason}</source>
        <translation>{backup} से पुनर्स्थापित नहीं किया जा सका: {reason}</translation>
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
        <translation>आकलन चरण</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Figures can be grouped by {levels}; not by &apos;{by}&apos;.</source>
        <translation>आँकड़े {levels} के अनुसार समूहित किए जा सकते हैं; ‘{by}’ के अनुसार नहीं।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Figures can be narrowed to one block or one cluster; not to a {level}.</source>
        <translation>आँकड़े एक ब्लॉक या एक क्लस्टर तक सीमित किए जा सकते हैं; {level} तक नहीं।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/baseline/comparison.py" line="+30"/>
        <source>Increase in enrolment</source>
        <translation>नामांकन में वृद्धि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Increase in average attendance</source>
        <translation>औसत उपस्थिति में वृद्धि</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Students achieving reading competency (%)</source>
        <translation>पठन दक्षता प्राप्त विद्यार्थी (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Students achieving numeracy competency (%)</source>
        <translation>संख्या-ज्ञान दक्षता प्राप्त विद्यार्थी (%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schools&apos; enrolment, all grades.</source>
        <translation>विद्यालयों का नामांकन, सभी कक्षाएँ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average daily attendance, weighted by enrolment.</source>
        <translation>औसत दैनिक उपस्थिति, नामांकन के अनुसार भारित।</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>no such subject</source>
        <translation>ऐसा कोई विषय नहीं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subjects: {earlier} (earlier); {later} (later).</source>
        <translation>विषय: {earlier} (पहले); {later} (बाद में)।</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Choose two different rounds to compare.</source>
        <translation>तुलना के लिए दो अलग-अलग चरण चुनें।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/baseline/reports.py" line="+69"/>
        <source>Save the assessment report as a .pdf or an .xlsx file.</source>
        <translation>आकलन रिपोर्ट को .pdf या .xlsx फ़ाइल के रूप में सहेजें।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/rounds.py" line="-337"/>
        <source>Baseline</source>
        <translation>बेसलाइन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Midline</source>
        <translation>मिडलाइन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endline</source>
        <translation>एंडलाइन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <location line="+88"/>
        <location line="+110"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>A scheme needs at least two levels, lowest first.</source>
        <translation>एक योजना में कम से कम दो स्तर होने चाहिए, सबसे निचला पहले।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A scheme has at most {limit} levels; this one has {count}.</source>
        <translation>एक योजना में अधिकतम {limit} स्तर होते हैं; इसमें {count} हैं।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Each level once; {level} is listed twice.</source>
        <translation>हर स्तर एक बार; {level} दो बार सूचीबद्ध है।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the lowest level that meets the state&apos;s goal.</source>
        <translation>वह सबसे निचला स्तर चुनें जिस पर राज्य का लक्ष्य प्राप्त होता है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is already a level scheme named {name}.</source>
        <translation>{name} नाम की स्तर योजना पहले से है।</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+21"/>
        <source>Level scheme</source>
        <translation>स्तर योजना</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Stored results use level {number} ({level}) of {scheme}; keep at least {number} levels, or undo those imports first.</source>
        <translation>संग्रहीत परिणाम {scheme} के स्तर {number} ({level}) का उपयोग करते हैं; कम से कम {number} स्तर रखें, या पहले उन आयातों को पूर्ववत करें।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{scheme} is used by {count} assessment round; choose another scheme for it first.</source>
        <translation>{scheme} का उपयोग {count} आकलन चरण करता है; पहले उसके लिए दूसरी योजना चुनें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{scheme} is used by {count} assessment rounds; choose another scheme for them first.</source>
        <translation>{scheme} का उपयोग {count} आकलन चरण करते हैं; पहले उनके लिए दूसरी योजना चुनें।</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose whether this is the baseline, a midline, the endline or another round.</source>
        <translation>चुनें कि यह बेसलाइन, मिडलाइन, एंडलाइन या कोई अन्य चरण है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The round ends before it starts.</source>
        <translation>चरण अपने आरंभ से पहले समाप्त हो रहा है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The maximum score must be above zero, or left empty.</source>
        <translation>अधिकतम अंक शून्य से अधिक होने चाहिए, या खाली छोड़ें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a round named {name}.</source>
        <translation>{name} नाम का चरण पहले से है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That MoU no longer exists.</source>
        <translation>वह MoU अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That level scheme no longer exists.</source>
        <translation>वह स्तर योजना अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>{round} has results stored with levels of {scheme}; a scheme with fewer levels, or none, would leave them meaningless. Undo those imports first.</source>
        <translation>{round} के परिणाम {scheme} के स्तरों के साथ संग्रहीत हैं; कम स्तरों वाली योजना, या कोई योजना न होने पर, वे अर्थहीन हो जाएँगे। पहले उन आयातों को पूर्ववत करें।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{round} has a stored score of {score:g}, above the maximum of {maximum:g}; set a higher maximum or undo that import first.</source>
        <translation>{round} में {score:g} अंक संग्रहीत हैं, जो अधिकतम {maximum:g} से अधिक हैं; अधिकतम अंक बढ़ाएँ या पहले उस आयात को पूर्ववत करें।</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{round} has {count} import in place; undo it first (Baseline → Imports).</source>
        <translation>{round} का {count} आयात मौजूद है; पहले उसे पूर्ववत करें (बेसलाइन → आयात)।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{round} has {count} imports in place; undo them first (Baseline → Imports).</source>
        <translation>{round} के {count} आयात मौजूद हैं; पहले उन्हें पूर्ववत करें (बेसलाइन → आयात)।</translation>
    </message>
</context>
<context>
    <name>BaselineAnalysis</name>
    <message>
        <location filename="../../desktop/ui/pages/baseline_analysis_table.py" line="+88"/>
        <source>District</source>
        <translation>जिला</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Block</source>
        <translation>ब्लॉक</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+10"/>
        <source>Cluster</source>
        <translation>क्लस्टर</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>School</source>
        <translation>विद्यालय</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>UDISE code</source>
        <translation>UDISE कोड</translation>
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
        <translation>% लक्ष्य प्राप्त</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+44"/>
        <source>Mean score</source>
        <translation>औसत अंक</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+47"/>
        <source>Enrolment</source>
        <translation>नामांकन</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+45"/>
        <source>Attendance %</source>
        <translation>उपस्थिति %</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>PTR</source>
        <translation>PTR</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Students (earlier)</source>
        <translation>विद्यार्थी (पहले)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Students (later)</source>
        <translation>विद्यार्थी (बाद में)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>change (points)</source>
        <translation>परिवर्तन (अंक)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>change</source>
        <translation>परिवर्तन</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>change %</source>
        <translation>परिवर्तन %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>earlier</source>
        <translation>पहले</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>later</source>
        <translation>बाद में</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Fewer than %s students: suppressed in shared reports</source>
        <translation>%s से कम विद्यार्थी: साझा रिपोर्टों में नहीं दिखाए जाते</translation>
    </message>
</context>
<context>
    <name>BaselineDataExports</name>
    <message>
        <location filename="../../desktop/ui/pages/baseline_data_exports.py" line="+16"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel वर्कबुक (*.xlsx);;CSV फ़ाइल (*.csv)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved %(count)s %(what)s to %(file)s.</source>
        <translation>%(count)s %(what)s %(file)s में सहेजे गए।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export the school directory</source>
        <translation>विद्यालय निर्देशिका निर्यात करें</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>schools</source>
        <translation>विद्यालय</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the results of %s</source>
        <translation>%s के परिणाम निर्यात करें</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>results</source>
        <translation>परिणाम</translation>
    </message>
</context>
<context>
    <name>BaselinePage</name>
    <message>
        <location filename="../../desktop/ui/pages/baseline_page.py" line="+31"/>
        <source>Rounds</source>
        <translation>चरण</translation>
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
        <translation>बेसलाइन और आकलन</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/geography_dialogs.py" line="+52"/>
        <source>Edit block</source>
        <translation>ब्लॉक संपादित करें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add block</source>
        <translation>ब्लॉक जोड़ें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Block</source>
        <translation>ब्लॉक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block (regional language)</source>
        <translation>ब्लॉक (क्षेत्रीय भाषा में)</translation>
    </message>
</context>
<context>
    <name>BodyDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/body_dialog.py" line="+225"/>
        <source>Edit %s</source>
        <translation>%s संपादित करें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New body</source>
        <translation>नया निकाय</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. District Task Force on FLN</source>
        <translation>उदा. FLN पर जिला कार्यबल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (regional language)</source>
        <translation>नाम (क्षेत्रीय भाषा में)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind, described</source>
        <translation>प्रकार का विवरण</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>स्तर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belongs to</source>
        <translation>संबंधित इकाई</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The level and unit are fixed: %(body)s has %(count)d meeting(s) on record.</source>
        <translation>स्तर और इकाई नहीं बदले जा सकते: %(body)s की %(count)d बैठक(ें) अभिलेख में हैं।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Convening office</source>
        <translation>संयोजक कार्यालय</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Formed on</source>
        <translation>गठन तिथि</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meets</source>
        <translation>बैठक की आवृत्ति</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purpose</source>
        <translation>उद्देश्य</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Constituting order No.</source>
        <translation>गठन आदेश सं.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set when the order is issued from the Constitution order button</source>
        <translation>गठन आदेश बटन से आदेश जारी होने पर भरा जाता है</translation>
    </message>
</context>
<context>
    <name>CadenceDialogs</name>
    <message>
        <location filename="../../desktop/ui/dialogs/cadence_dialogs.py" line="+64"/>
        <source>%(level)s on the %(day)s</source>
        <translation>%(level)s – %(day)s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each review group meets on its working day of the month (%s), counted in the calendar of the office that convenes it.</source>
        <translation>प्रत्येक समीक्षा समूह की बैठक माह के अपने कार्य दिवस (%s) पर होती है, जिसकी गणना बैठक बुलाने वाले कार्यालय के कैलेंडर के अनुसार की जाती है।</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../desktop/services/calendar/cadence.py" line="+99"/>
        <source>{month}/{year} is not a month (expected 1–12 and a 4-digit year).</source>
        <translation>{month}/{year} कोई माह नहीं है (1–12 और 4 अंकों का वर्ष अपेक्षित है)।</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Already has a meeting on {day} ({status}).</source>
        <translation>{day} को पहले से एक बैठक है ({status})।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This month&apos;s review ({day}) was cancelled; add a meeting by hand if it is to be held after all.</source>
        <translation>इस माह की समीक्षा ({day}) रद्द कर दी गई थी; यदि वह फिर भी आयोजित होनी है तो बैठक स्वयं जोड़ें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{month} has only {count} working days in the calendar of {office}; the {level} review needs the {nth}.</source>
        <translation>{office} के कैलेंडर में {month} में केवल {count} कार्य दिवस हैं; {level} समीक्षा के लिए {nth} कार्य दिवस चाहिए।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dissolved on {dissolved_on}, before the {nth} working day ({day}); no review this month.</source>
        <translation>{nth} कार्य दिवस ({day}) से पहले {dissolved_on} को भंग; इस माह कोई समीक्षा नहीं।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Formed on {formed_on}, after the {nth} working day ({day}); its first review is next month.</source>
        <translation>{nth} कार्य दिवस ({day}) के बाद {formed_on} को गठित; इसकी पहली समीक्षा अगले माह होगी।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{nth} working day of {month}.</source>
        <translation>{month} का {nth} कार्य दिवस।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calendar/holidays.py" line="+63"/>
        <source>Holiday name</source>
        <translation>अवकाश का नाम</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date is required.</source>
        <translation>तिथि अनिवार्य है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{day} is already a holiday of {office}: {holiday}. Edit that holiday, or choose another date.</source>
        <translation>{day} पहले से {office} का अवकाश है: {holiday}। उस अवकाश को संपादित करें, या कोई अन्य तिथि चुनें।</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+12"/>
        <source>Holiday</source>
        <translation>अवकाश</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose at least one other office to copy to.</source>
        <translation>जिसमें प्रतिलिपि बनानी है, ऐसा कम से कम एक अन्य कार्यालय चुनें।</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{office} already has {day} as {theirs}; {holiday} was not copied there.</source>
        <translation>{office} में {day} पहले से {theirs} के रूप में है; {holiday} वहाँ कॉपी नहीं किया गया।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calendar/review_groups.py" line="+41"/>
        <source>Choose at least one {level}.</source>
        <translation>कम से कम एक {level} चुनें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the schools whose committees are to review monthly.</source>
        <translation>वे विद्यालय चुनें जिनकी समितियाँ मासिक समीक्षा करेंगी।</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>These {levels} are not in {district} district or no longer exist: {numbers}.</source>
        <translation>ये {levels} {district} जिले में नहीं हैं या अब मौजूद नहीं हैं: {numbers}।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>schools</source>
        <translation>विद्यालय</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clusters</source>
        <translation>क्लस्टर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blocks</source>
        <translation>ब्लॉक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>districts</source>
        <translation>जिले</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose the level: district, block, cluster or school.</source>
        <translation>स्तर चुनें: जिला, ब्लॉक, क्लस्टर या विद्यालय।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date of formation is required.</source>
        <translation>गठन की तिथि अनिवार्य है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{office} has no district set, so it is not known whose {levels} it reviews; set its district on the Offices page first.</source>
        <translation>{office} का कोई जिला निर्धारित नहीं है, इसलिए पता नहीं कि यह किनके {levels} की समीक्षा करता है; पहले कार्यालय पृष्ठ पर इसका जिला निर्धारित करें।</translation>
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
        <translation>कोई साप्ताहिक अवकाश नहीं</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Weekly offs must be weekdays numbered 0 (Monday) to 6 (Sunday), not {values}.</source>
        <translation>साप्ताहिक अवकाश 0 (सोमवार) से 6 (रविवार) तक क्रमांकित सप्ताह के दिन होने चाहिए, {values} नहीं।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saturdays off are counted 1st to 5th in the month, not {values}.</source>
        <translation>शनिवार के अवकाश माह में 1ले से 5वें तक गिने जाते हैं, {values} नहीं।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>With these days off some weeks would have no working day at all; keep at least one weekday working every week.</source>
        <translation>इन अवकाशों के साथ कुछ सप्ताहों में एक भी कार्य दिवस नहीं रहेगा; हर सप्ताह कम से कम एक दिन कार्य दिवस रखें।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calendar/working_days.py" line="+23"/>
        <source>Monday</source>
        <translation>सोमवार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>मंगलवार</translation>
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
        <translation>1ला शनिवार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2nd Saturday</source>
        <translation>2रा शनिवार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3rd Saturday</source>
        <translation>3रा शनिवार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4th Saturday</source>
        <translation>4था शनिवार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5th Saturday</source>
        <translation>5वाँ शनिवार</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>January</source>
        <translation>जनवरी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>February</source>
        <translation>फ़रवरी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>March</source>
        <translation>मार्च</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>April</source>
        <translation>अप्रैल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>मई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>June</source>
        <translation>जून</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>July</source>
        <translation>जुलाई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>August</source>
        <translation>अगस्त</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>सितंबर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>October</source>
        <translation>अक्टूबर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation>नवंबर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>December</source>
        <translation>दिसंबर</translation>
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
        <translation>%s रद्द करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason (kept with the meeting)</source>
        <translation>कारण (बैठक के साथ दर्ज रहेगा)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the meeting</source>
        <translation>बैठक रद्द करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>रद्द न करें</translation>
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
        <translation>आयोजित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes recorded</source>
        <translation>कार्यवृत्त दर्ज</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>अनुमोदित</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not held, day passed</source>
        <translation>आयोजित नहीं, तिथि बीत गई</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated upward</source>
        <translation>उच्च स्तर पर भेजे गए</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Review cascade, all offices</source>
        <translation>समीक्षा क्रम, सभी कार्यालय</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>no reviews planned yet.</source>
        <translation>अभी कोई समीक्षा नियोजित नहीं है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not held although their day has passed: %s.</source>
        <translation>तिथि बीत जाने पर भी आयोजित नहीं: %s।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%(shown)s of %(total)s reviews held.</source>
        <translation>%(total)s में से %(shown)s समीक्षाएँ आयोजित।</translation>
    </message>
</context>
<context>
    <name>CertificatePreviewDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/recognition_ranking_printing.py" line="+238"/>
        <source>&amp;Save PDF…</source>
        <translation>PDF सहेजें…(&amp;S)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ChangeDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/action_item_dialogs.py" line="+145"/>
        <source>Change the action item</source>
        <translation>कार्रवाई बिंदु बदलें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>कार्रवाई</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>उत्तरदायी</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due on</source>
        <translation>नियत तिथि</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/import_check_page.py" line="+34"/>
        <location filename="../../desktop/ui/dialogs/package_import_check.py" line="+69"/>
        <source>Check</source>
        <translation>जाँच</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every row is checked against the database; nothing is saved yet.</source>
        <translation>प्रत्येक पंक्ति की डेटाबेस से जाँच की जाती है; अभी कुछ भी सहेजा नहीं गया है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>आयात करें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check again</source>
        <translation>फिर से जाँचें</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Preview</source>
        <translation>पूर्वावलोकन</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import only if every row is valid</source>
        <translation>केवल तभी आयात करें जब प्रत्येक पंक्ति मान्य हो</translation>
    </message>
    <message>
        <location line="+65"/>
        <location filename="../../desktop/ui/dialogs/package_import_check.py" line="+110"/>
        <source>Checking %s…</source>
        <translation>%s की जाँच हो रही है…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The check stopped on an unexpected error: %s</source>
        <translation>अप्रत्याशित त्रुटि के कारण जाँच रुक गई: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be checked.</source>
        <translation>फ़ाइल की जाँच नहीं हो सकी।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checked %s.</source>
        <translation>%s की जाँच पूरी हुई।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%s new schools</source>
        <translation>%s नए विद्यालय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s new schools&apos; indicators</source>
        <translation>विद्यालयों के %s नए संकेतक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s new results</source>
        <translation>%s नए परिणाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s new</source>
        <translation>%s नए</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%s updated</source>
        <translation>%s अद्यतन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s unchanged</source>
        <translation>%s अपरिवर्तित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s with problems</source>
        <translation>%s में समस्याएँ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%s with a repaired UDISE code</source>
        <translation>%s में UDISE कोड सुधारा गया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s codes read without spaces or as text</source>
        <translation>%s कोड बिना रिक्त स्थान के या पाठ के रूप में पढ़े गए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 row</source>
        <translation>1 पंक्ति</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%s rows</source>
        <translation>%s पंक्तियाँ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Problems (%s)</source>
        <translation>समस्याएँ (%s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proposed repairs (%s)</source>
        <translation>प्रस्तावित सुधार (%s)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import the %(valid)s valid rows and leave out the %(errors)s with problems</source>
        <translation>%(valid)s मान्य पंक्तियाँ आयात करें और समस्या वाली %(errors)s पंक्तियाँ छोड़ दें</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/package_import_check.py" line="-140"/>
        <source>Cancelled; nothing was read into the database.</source>
        <translation>रद्द किया गया; डेटाबेस में कुछ भी नहीं पढ़ा गया।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong passphrase</source>
        <translation>गलत पासफ़्रेज़</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package was changed after it was signed</source>
        <translation>हस्ताक्षर के बाद पैकेज में परिवर्तन किया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package is damaged or incomplete</source>
        <translation>पैकेज क्षतिग्रस्त या अधूरा है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature does not match the package</source>
        <translation>हस्ताक्षर पैकेज से मेल नहीं खाता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by a key this office has not registered</source>
        <translation>ऐसी कुंजी से हस्ताक्षरित जिसे इस कार्यालय ने पंजीकृत नहीं किया है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an exchange package</source>
        <translation>यह आदान-प्रदान पैकेज नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A package format this version cannot read</source>
        <translation>ऐसा पैकेज प्रारूप जिसे यह संस्करण नहीं पढ़ सकता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package&apos;s lock is costlier than allowed</source>
        <translation>पैकेज का लॉक अनुमत सीमा से अधिक भारी है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go Back and type the passphrase again, exactly as the partner gave it.</source>
        <translation>पीछे जाएँ और पासफ़्रेज़ फिर से ठीक वैसे ही टाइप करें जैसे साझेदार ने दिया था।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go Back to the first page and register the partner&apos;s key from their receipt.</source>
        <translation>पहले पृष्ठ पर वापस जाएँ और साझेदार की पावती से उसकी कुंजी पंजीकृत करें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go Back and choose the round these data belong to.</source>
        <translation>पीछे जाएँ और वह चरण चुनें जिससे यह डेटा संबंधित है।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Verified and checked row by row, as a dry run: nothing is stored yet.</source>
        <translation>सत्यापित और पंक्ति-दर-पंक्ति जाँचा गया, परीक्षण के रूप में: अभी कुछ भी संग्रहीत नहीं किया गया है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cance&amp;l check</source>
        <translation>जाँच रद्द करें(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check &amp;again</source>
        <translation>फिर से जाँचें(&amp;A)</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+133"/>
        <source>Verified</source>
        <translation>सत्यापित</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Signed by:</source>
        <translation>हस्ताक्षरकर्ता:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MoU:</source>
        <translation>MoU:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round:</source>
        <translation>चरण:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created:</source>
        <translation>बनाया गया:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>फ़ाइल:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key fingerprint:</source>
        <translation>कुंजी फ़िंगरप्रिंट:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Table</source>
        <translation>तालिका</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows</source>
        <translation>पंक्तियाँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To add</source>
        <translation>जोड़ी जाएँगी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To update</source>
        <translation>अद्यतन होंगी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>अपरिवर्तित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With problems</source>
        <translation>समस्या वाली</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the import would do, table by table</source>
        <translation>आयात से क्या होगा, तालिका-वार</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Not checked: nothing was read into the database.</source>
        <translation>जाँच नहीं हुई: डेटाबेस में कुछ भी नहीं पढ़ा गया।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This file cannot be imported</source>
        <translation>यह फ़ाइल आयात नहीं की जा सकती</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which round?</source>
        <translation>कौन-सा चरण?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This package cannot be imported</source>
        <translation>यह पैकेज आयात नहीं किया जा सकता</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check stopped on an unexpected error</source>
        <translation>अप्रत्याशित त्रुटि के कारण जाँच रुक गई</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checked.</source>
        <translation>जाँच पूरी हुई।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Read (not signed)</source>
        <translation>पढ़ा गया (हस्ताक्षरित नहीं)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not signed — the return template filled in for %s</source>
        <translation>हस्ताक्षरित नहीं — %s के लिए भरा गया वापसी टेम्पलेट</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not said</source>
        <translation>उल्लेख नहीं</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is nothing more to do: close the wizard.</source>
        <translation>अब कुछ और करना शेष नहीं है: विज़ार्ड बंद करें।</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Problems found: %(problems)s, in %(rows)s of the package&apos;s rows. This package cannot be imported, and nothing was stored: the partner must correct them and send it again (save the list below for them).</source>
        <translation>समस्याएँ मिलीं: %(problems)s, पैकेज की %(rows)s पंक्तियों में। यह पैकेज आयात नहीं किया जा सकता और कुछ भी संग्रहीत नहीं किया गया: साझेदार को इन्हें सुधार कर पैकेज फिर से भेजना होगा (उनके लिए नीचे दी गई सूची सहेज लें)।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ready to import. Rows to store: %s.</source>
        <translation>आयात के लिए तैयार। संग्रहीत की जाने वाली पंक्तियाँ: %s।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows that would overwrite the office&apos;s newer data: %s; choose on the next page which to take.</source>
        <translation>कार्यालय के नए डेटा को अधिलेखित करने वाली पंक्तियाँ: %s; अगले पृष्ठ पर चुनें कि कौन-सी लेनी हैं।</translation>
    </message>
</context>
<context>
    <name>CircularEditor</name>
    <message>
        <location filename="../../desktop/ui/dialogs/circular_editor.py" line="+60"/>
        <source>New circular, superseding %s</source>
        <translation>नया परिपत्र, %s को अधिक्रमित करते हुए</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New circular</source>
        <translation>नया परिपत्र</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Issued by</source>
        <translation>जारीकर्ता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>अनुभाग</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. ACAD, ADM (in the number)</source>
        <translation>उदा. ACAD, ADM (क्रमांक में)</translation>
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
        <translation>आरंभ करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>References (one a line)</source>
        <translation>संदर्भ (प्रति पंक्ति एक)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>मुख्य पाठ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Template fields</source>
        <translation>टेम्पलेट फ़ील्ड</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>schools</source>
        <translation>विद्यालय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offices</source>
        <translation>कार्यालय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people</source>
        <translation>व्यक्ति</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send to</source>
        <translation>किसे भेजें</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose…</source>
        <translation>चुनें…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+24"/>
        <source>Recipients</source>
        <translation>प्राप्तकर्ता</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Signed by</source>
        <translation>हस्ताक्षरकर्ता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Designation</source>
        <translation>पदनाम</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy-to list</source>
        <translation>प्रतिलिपि सूची</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy to (one a line)</source>
        <translation>प्रतिलिपि (प्रति पंक्ति एक)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as a list…</source>
        <translation>सूची के रूप में सहेजें…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issue</source>
        <translation>जारी करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The preview appears here.</source>
        <translation>पूर्वावलोकन यहाँ दिखेगा।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh preview</source>
        <translation>पूर्वावलोकन ताज़ा करें</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview</source>
        <translation>पूर्वावलोकन</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>(blank)</source>
        <translation>(रिक्त)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Save copy-to list</source>
        <translation>प्रतिलिपि सूची सहेजें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the list</source>
        <translation>सूची का नाम</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nobody chosen yet: tick them under Recipients, beside.</source>
        <translation>अभी किसी को नहीं चुना गया: बगल में प्राप्तकर्ता के अंतर्गत उन पर सही का निशान लगाएँ।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%d offices</source>
        <translation>%d कार्यालय</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 office</source>
        <translation>1 कार्यालय</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%d people</source>
        <translation>%d व्यक्ति</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 person</source>
        <translation>1 व्यक्ति</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/circular_output.py" line="+49"/>
        <source>Add the issuing office under Offices first.</source>
        <translation>पहले कार्यालय के अंतर्गत जारीकर्ता कार्यालय जोड़ें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name and designation of the officer who signs are both needed.</source>
        <translation>हस्ताक्षर करने वाले अधिकारी का नाम और पदनाम दोनों आवश्यक हैं।</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Issuing the circular</source>
        <translation>परिपत्र जारी किया जा रहा है</translation>
    </message>
</context>
<context>
    <name>Circulars</name>
    <message>
        <location filename="../../desktop/services/circulars.py" line="+71"/>
        <source>One circular goes to schools, offices or people, not a mix.</source>
        <translation>एक परिपत्र विद्यालयों, कार्यालयों या व्यक्तियों को जाता है, इनके मिश्रण को नहीं।</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../desktop/services/dispatch.py" line="+165"/>
        <source>Choose at least one recipient.</source>
        <translation>कम से कम एक प्राप्तकर्ता चुनें।</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{count} recipient cannot be printed:</source>
        <translation>{count} प्राप्तकर्ता मुद्रित नहीं किया जा सकता:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} recipients cannot be printed:</source>
        <translation>{count} प्राप्तकर्ता मुद्रित नहीं किए जा सकते:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>… and {count} more.</source>
        <translation>… और {count} अन्य।</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+119"/>
        <location line="+13"/>
        <location line="+42"/>
        <location filename="../../desktop/services/committees/printing.py" line="+266"/>
        <location filename="../../desktop/services/meetings/printing.py" line="+338"/>
        <source>Issued circular</source>
        <translation>जारी परिपत्र</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+173"/>
        <source>a new circular cannot supersede it</source>
        <translation>नया परिपत्र इसे अधिक्रमित नहीं कर सकता</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>{number} is a {kind} entry, not a circular; {refused}.</source>
        <translation>{number} एक {kind} प्रविष्टि है, परिपत्र नहीं; {refused}।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it cannot be printed as a circular</source>
        <translation>इसे परिपत्र के रूप में मुद्रित नहीं किया जा सकता</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Done</source>
        <translation>पूर्ण</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Dispatch series</source>
        <translation>प्रेषण शृंखला</translation>
    </message>
    <message>
        <location filename="../../desktop/services/dispatch.py" line="-90"/>
        <source>The number format has a stray brace: {reason}.</source>
        <translation>क्रमांक प्रारूप में एक अतिरिक्त कोष्ठक है: {reason}।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The number format uses {{{unknown}}}; it may use {known}.</source>
        <translation>क्रमांक प्रारूप में {{{unknown}}} है; इसमें {known} का उपयोग हो सकता है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The number format must contain {serial}, or numbers repeat.</source>
        <translation>क्रमांक प्रारूप में {serial} होना चाहिए, अन्यथा क्रमांक दोहराए जाएँगे।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The number format cannot be used: {reason}.</source>
        <translation>क्रमांक प्रारूप का उपयोग नहीं किया जा सकता: {reason}।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Section &apos;{section}&apos; may have only letters, digits and dashes (at most 30).</source>
        <translation>अनुभाग ‘{section}’ में केवल अक्षर, अंक और डैश हो सकते हैं (अधिकतम 30)।</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The subject is empty; every circular needs one.</source>
        <translation>विषय खाली है; हर परिपत्र में विषय आवश्यक है।</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+47"/>
        <location line="+47"/>
        <location filename="../../desktop/services/reprints.py" line="+21"/>
        <source>Issued document</source>
        <translation>जारी दस्तावेज़</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>{number} is {status}; only an issued document can be superseded.</source>
        <translation>{number} {status} है; केवल जारी दस्तावेज़ को अधिक्रमित किया जा सकता है।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{count} document was already numbered this year in this series; its format can change from the next financial year.</source>
        <translation>इस शृंखला में इस वर्ष {count} दस्तावेज़ को पहले ही क्रमांक दिया जा चुका है; इसका प्रारूप अगले वित्तीय वर्ष से बदला जा सकता है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} documents were already numbered this year in this series; its format can change from the next financial year.</source>
        <translation>इस शृंखला में इस वर्ष {count} दस्तावेज़ों को पहले ही क्रमांक दिए जा चुके हैं; इसका प्रारूप अगले वित्तीय वर्ष से बदला जा सकता है।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Say why the document is cancelled; the register keeps the reason.</source>
        <translation>बताएँ कि दस्तावेज़ क्यों रद्द किया गया; रजिस्टर में कारण दर्ज रहता है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{number} is already {status}.</source>
        <translation>{number} पहले से {status} है।</translation>
    </message>
</context>
<context>
    <name>CircularsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/circulars_page.py" line="+39"/>
        <source>Issued</source>
        <translation>जारी</translation>
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
        <translation>क्रमांक या विषय से खोजें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New circular…</source>
        <translation>नया परिपत्र…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates…</source>
        <translation>टेम्पलेट…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print duplicate…</source>
        <translation>दूसरी प्रति मुद्रित करें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save copies…</source>
        <translation>प्रतियाँ सहेजें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel circular…</source>
        <translation>परिपत्र रद्द करें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supersede…</source>
        <translation>अधिक्रमित करें…</translation>
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
        <translation>प्राप्तकर्ता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%s in the register</source>
        <translation>रजिस्टर में %s</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A certificate batch is replaced by cancelling it and issuing the certificates again from the Recognition page.</source>
        <translation>प्रमाण-पत्रों के बैच को बदलने के लिए उसे रद्द करें और सम्मान पृष्ठ से प्रमाण-पत्र फिर से जारी करें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a new circular that replaces the selected one.</source>
        <translation>चयनित परिपत्र के स्थान पर नया परिपत्र लिखें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Superseded by %s</source>
        <translation>%s द्वारा अधिक्रमित</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: %s</source>
        <translation>रद्द: %s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot supersede</source>
        <translation>अधिक्रमित नहीं किया जा सकता</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Preparing the duplicate</source>
        <translation>दूसरी प्रति तैयार की जा रही है</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Folder for one PDF per recipient</source>
        <translation>प्रत्येक प्राप्तकर्ता की अलग PDF के लिए फ़ोल्डर</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saving one PDF per recipient</source>
        <translation>प्रत्येक प्राप्तकर्ता की अलग PDF सहेजी जा रही है</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved</source>
        <translation>सहेजा गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(count)s files saved in %(folder)s</source>
        <translation>%(folder)s में %(count)s फ़ाइलें सहेजी गईं</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why is %s cancelled? The register keeps the reason.</source>
        <translation>%s क्यों रद्द किया जा रहा है? रजिस्टर में कारण दर्ज रहेगा।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its invitees go back to selected, to be invited again.</source>
        <translation>इसके आमंत्रित व्यक्ति पुनः ‘चयनित’ स्थिति में आ जाएँगे, ताकि उन्हें फिर से आमंत्रित किया जा सके।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its nominees go back to attended; issue their certificates again from the Recognition page.</source>
        <translation>इसके नामित व्यक्ति पुनः ‘उपस्थित’ स्थिति में आ जाएँगे; उनके प्रमाण-पत्र सम्मान पृष्ठ से फिर से जारी करें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel circular</source>
        <translation>परिपत्र रद्द करें</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot cancel</source>
        <translation>रद्द नहीं किया जा सकता</translation>
    </message>
    <message>
        <location line="-152"/>
        <location line="+158"/>
        <source>Circulars</source>
        <translation>परिपत्र</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/action_item_dialogs.py" line="-108"/>
        <source>Drop the action item</source>
        <translation>कार्रवाई बिंदु निरस्त करें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark the action item done</source>
        <translation>कार्रवाई बिंदु को पूर्ण चिह्नित करें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop</source>
        <translation>निरस्त करें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark done</source>
        <translation>पूर्ण चिह्नित करें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dropped on</source>
        <translation>निरस्त करने की तिथि</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done on</source>
        <translation>पूर्ण होने की तिथि</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason for dropping (kept in the register)</source>
        <translation>निरस्त करने का कारण (रजिस्टर में दर्ज रहेगा)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remark (optional)</source>
        <translation>टिप्पणी (वैकल्पिक)</translation>
    </message>
</context>
<context>
    <name>ClusterDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/geography_dialogs.py" line="+13"/>
        <source>Edit cluster</source>
        <translation>क्लस्टर संपादित करें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add cluster</source>
        <translation>क्लस्टर जोड़ें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cluster</source>
        <translation>क्लस्टर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster (regional language)</source>
        <translation>क्लस्टर (क्षेत्रीय भाषा में)</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/import_columns_page.py" line="+52"/>
        <source>— not in the file —</source>
        <translation>— फ़ाइल में नहीं —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a value…</source>
        <translation>मान टाइप करें…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the value for every row</source>
        <translation>प्रत्येक पंक्ति के लिए मान</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Match the columns</source>
        <translation>कॉलमों का मिलान करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the column of the file that holds each field. Fields in bold (*) are required.</source>
        <translation>प्रत्येक फ़ील्ड के लिए फ़ाइल का वह कॉलम चुनें जिसमें वह है। बोल्ड (*) फ़ील्ड अनिवार्य हैं।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keep student names</source>
        <translation>विद्यार्थियों के नाम रखें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names are personal data: keep them only if the office needs them and may hold them. Without names, students are matched by their id.</source>
        <translation>नाम व्यक्तिगत डेटा हैं: इन्हें तभी रखें जब कार्यालय को इनकी आवश्यकता हो और वह इन्हें रख सकता हो। नाम के बिना विद्यार्थियों का मिलान उनकी आईडी से होता है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whose school ids?</source>
        <translation>विद्यालय आईडी किसकी हैं?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. KLP</source>
        <translation>उदा. KLP</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save this mapping as…</source>
        <translation>इस मिलान को इस नाम से सहेजें…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Using your saved mapping ‘%s’.</source>
        <translation>आपका सहेजा गया मिलान ‘%s’ उपयोग हो रहा है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns suggested from the file&apos;s headers: check each one before going on.</source>
        <translation>फ़ाइल के शीर्षकों से सुझाए गए कॉलम: आगे बढ़ने से पहले प्रत्येक की जाँच करें।</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Save this mapping</source>
        <translation>यह मिलान सहेजें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, to find it again for files with these columns:</source>
        <translation>नाम, ताकि इन कॉलमों वाली फ़ाइलों के लिए इसे फिर से पाया जा सके:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved as ‘%s’; offered again for files with these columns.</source>
        <translation>‘%s’ के रूप में सहेजा गया; इन कॉलमों वाली फ़ाइलों के लिए फिर से प्रस्तुत किया जाएगा।</translation>
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
        <translation>निकाय</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>{body} was already dissolved on {dissolved_on}.</source>
        <translation>{body} पहले ही {dissolved_on} को भंग हो चुका है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{body} was formed on {formed_on}; it cannot be dissolved before that ({day}).</source>
        <translation>{body} का गठन {formed_on} को हुआ था; इसे उससे पहले ({day}) भंग नहीं किया जा सकता।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{person}&apos;s membership of {body} starts on {start_date}, after {day}; correct or delete that membership before dissolving on that date.</source>
        <translation>{body} में {person} की सदस्यता {start_date} से, {day} के बाद शुरू होती है; उस तिथि को भंग करने से पहले वह सदस्यता सुधारें या हटाएँ।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{body} has a meeting on {meeting_day} ({meeting}), after {day}; cancel it or dissolve the body after it.</source>
        <translation>{body} की {meeting_day} को एक बैठक ({meeting}) है, {day} के बाद; उसे रद्द करें या निकाय को उसके बाद भंग करें।</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{body} has one meeting on record; dissolve it instead of deleting it.</source>
        <translation>{body} की एक बैठक अभिलेख में है; इसे हटाने के बजाय भंग करें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{body} has {count} meetings on record; dissolve it instead of deleting it.</source>
        <translation>{body} की {count} बैठकें अभिलेख में हैं; इसे हटाने के बजाय भंग करें।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One action item is followed up by {body}; dissolve it instead of deleting it.</source>
        <translation>एक कार्रवाई बिंदु की अनुवर्ती कार्रवाई {body} करता है; इसे हटाने के बजाय भंग करें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} action items are followed up by {body}; dissolve it instead of deleting it.</source>
        <translation>{count} कार्रवाई बिंदुओं की अनुवर्ती कार्रवाई {body} करता है; इसे हटाने के बजाय भंग करें।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/committees/body_checks.py" line="+30"/>
        <source>Choose the level of the body: district, block, cluster or school.</source>
        <translation>निकाय का स्तर चुनें: जिला, ब्लॉक, क्लस्टर या विद्यालय।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the {what} the body belongs to.</source>
        <translation>वह {what} चुनें जिससे निकाय संबंधित है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The chosen {what} no longer exists; choose again.</source>
        <translation>चुना गया {what} अब मौजूद नहीं है; फिर से चुनें।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{unit} already has a body named {body} (dissolved on {day}); give this one a name that tells them apart, e.g. with the year.</source>
        <translation>{unit} में {body} नाम का एक निकाय पहले से है ({day} को भंग); इसे ऐसा नाम दें जिससे दोनों में अंतर हो, उदा. वर्ष के साथ।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{unit} already has a body named {body}; give this one a name that tells them apart, e.g. with the year.</source>
        <translation>{unit} में {body} नाम का एक निकाय पहले से है; इसे ऐसा नाम दें जिससे दोनों में अंतर हो, उदा. वर्ष के साथ।</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{person}&apos;s membership starts on {day}; the body cannot be formed after its first member joined.</source>
        <translation>{person} की सदस्यता {day} से शुरू होती है; पहले सदस्य के जुड़ने के बाद निकाय का गठन नहीं हो सकता।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The body met on {day}; it cannot be formed after its first meeting.</source>
        <translation>निकाय की बैठक {day} को हुई थी; पहली बैठक के बाद इसका गठन नहीं हो सकता।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The body was dissolved on {day}; it must have been formed by then.</source>
        <translation>निकाय {day} को भंग किया गया था; तब तक इसका गठन हो चुका होना चाहिए।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{body} has one meeting recorded at its present level and unit; they cannot change now. Dissolve it and form a new body instead.</source>
        <translation>{body} की एक बैठक इसके वर्तमान स्तर और इकाई पर दर्ज है; अब इन्हें बदला नहीं जा सकता। इसे भंग करके नया निकाय गठित करें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{body} has {count} meetings recorded at its present level and unit; they cannot change now. Dissolve it and form a new body instead.</source>
        <translation>{body} की {count} बैठकें इसके वर्तमान स्तर और इकाई पर दर्ज हैं; अब इन्हें बदला नहीं जा सकता। इसे भंग करके नया निकाय गठित करें।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local name</source>
        <translation>स्थानीय नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of body</source>
        <translation>निकाय का प्रकार</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the kind of body.</source>
        <translation>निकाय का प्रकार चुनें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe the kind of body (the kind is &apos;Other&apos;).</source>
        <translation>निकाय के प्रकार का वर्णन करें (प्रकार ‘अन्य’ है)।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the convening office.</source>
        <translation>संयोजक कार्यालय चुनें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/services/committees/membership_checks.py" line="+93"/>
        <source>The chosen office no longer exists; choose again.</source>
        <translation>चुना गया कार्यालय अब मौजूद नहीं है; फिर से चुनें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of formation is required.</source>
        <translation>गठन की तिथि अनिवार्य है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting frequency must be one of: {values}.</source>
        <translation>बैठक की आवृत्ति इनमें से एक होनी चाहिए: {values}।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purpose</source>
        <translation>उद्देश्य</translation>
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
        <translation>सदस्यता</translation>
    </message>
    <message>
        <location filename="../../desktop/services/committees/membership_checks.py" line="-67"/>
        <source>from {start}</source>
        <translation>{start} से</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from {start} to {end}</source>
        <translation>{start} से {end} तक</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the member.</source>
        <translation>सदस्य चुनें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chosen person no longer exists; choose again.</source>
        <translation>चुना गया व्यक्ति अब मौजूद नहीं है; फिर से चुनें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the role: {values}.</source>
        <translation>भूमिका चुनें: {values}।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start date is required.</source>
        <translation>आरंभ तिथि अनिवार्य है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{body} was formed on {formed_on}; a membership cannot start before that ({start}).</source>
        <translation>{body} का गठन {formed_on} को हुआ था; सदस्यता उससे पहले ({start}) शुरू नहीं हो सकती।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{body} was dissolved on {dissolved_on}; no one can join it after that.</source>
        <translation>{body} {dissolved_on} को भंग किया गया था; उसके बाद कोई इसमें शामिल नहीं हो सकता।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The membership ends ({end}) before it starts ({start}).</source>
        <translation>सदस्यता शुरू होने ({start}) से पहले समाप्त ({end}) हो रही है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{body} was dissolved on {dissolved_on}; the membership must end by then.</source>
        <translation>{body} {dissolved_on} को भंग किया गया था; सदस्यता तब तक समाप्त होनी चाहिए।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A member represents one office or one organisation, not both.</source>
        <translation>एक सदस्य एक कार्यालय या एक संस्था का प्रतिनिधित्व करता है, दोनों का नहीं।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chosen organisation no longer exists; choose again.</source>
        <translation>चुनी गई संस्था अब मौजूद नहीं है; फिर से चुनें।</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{person} is already on {body} as {role} {period}; a person holds one seat on a body at a time. End or correct that membership first.</source>
        <translation>{person} पहले से {body} में {role} के रूप में है ({period}); एक व्यक्ति एक समय में निकाय में एक ही पद रखता है। पहले वह सदस्यता समाप्त करें या सुधारें।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{person} is already the {role} of {body} {period}; end that membership first, or replace that member.</source>
        <translation>{person} पहले से {body} के {role} हैं ({period}); पहले वह सदस्यता समाप्त करें, या उस सदस्य को बदलें।</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Attendance at the meeting of {day} was recorded on this membership; its term must include that date.</source>
        <translation>{day} की बैठक में उपस्थिति इस सदस्यता पर दर्ज की गई थी; इसकी अवधि में वह तिथि शामिल होनी चाहिए।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/committees/memberships.py" line="-104"/>
        <source>Attendance has been recorded on this membership, so its member cannot be changed; end it and add the other person instead.</source>
        <translation>इस सदस्यता पर उपस्थिति दर्ज हो चुकी है, इसलिए इसका सदस्य बदला नहीं जा सकता; इसे समाप्त करें और दूसरे व्यक्ति को जोड़ें।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{person}&apos;s membership already ended on {end_date}; correct its dates with Edit if that is wrong.</source>
        <translation>{person} की सदस्यता पहले ही {end_date} को समाप्त हो चुकी है; यदि यह गलत है तो संपादित करें से तिथियाँ सुधारें।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{person}&apos;s membership started on {start_date}; it cannot end before that ({end_date}).</source>
        <translation>{person} की सदस्यता {start_date} को शुरू हुई थी; यह उससे पहले ({end_date}) समाप्त नहीं हो सकती।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Give the reason the membership ends (e.g. transferred).</source>
        <translation>सदस्यता समाप्त होने का कारण दें (उदा. स्थानांतरण)।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reason is {count} characters long; at most 300 fit.</source>
        <translation>कारण {count} अक्षरों का है; अधिकतम 300 अक्षर आ सकते हैं।</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Give the date the new member takes the seat.</source>
        <translation>नए सदस्य द्वारा पद ग्रहण करने की तिथि दें।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{person} took the seat on {start_date}; the replacement must start after that.</source>
        <translation>{person} ने {start_date} को पद ग्रहण किया था; प्रतिस्थापन उसके बाद शुरू होना चाहिए।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{person}&apos;s membership already ended on {end_date}; add the new member instead of replacing.</source>
        <translation>{person} की सदस्यता पहले ही {end_date} को समाप्त हो चुकी है; बदलने के बजाय नया सदस्य जोड़ें।</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Attendance at one meeting was recorded on {person}&apos;s membership; end the membership instead of deleting it.</source>
        <translation>{person} की सदस्यता पर एक बैठक की उपस्थिति दर्ज की गई थी; सदस्यता हटाने के बजाय समाप्त करें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attendance at {count} meetings was recorded on {person}&apos;s membership; end the membership instead of deleting it.</source>
        <translation>{person} की सदस्यता पर {count} बैठकों की उपस्थिति दर्ज की गई थी; सदस्यता हटाने के बजाय समाप्त करें।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/committees/printing.py" line="-221"/>
        <source>{body} was formed on {formed_on}; there is no order for {day}, before that.</source>
        <translation>{body} का गठन {formed_on} को हुआ था; उससे पहले {day} के लिए कोई आदेश नहीं है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{body} was formed on {formed_on}; there is no contact sheet for {day}, before that.</source>
        <translation>{body} का गठन {formed_on} को हुआ था; उससे पहले {day} के लिए कोई संपर्क पत्रक नहीं है।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{body} was dissolved on {dissolved_on}; there is no order for {day}, after that.</source>
        <translation>{body} {dissolved_on} को भंग किया गया था; उसके बाद {day} के लिए कोई आदेश नहीं है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{body} was dissolved on {dissolved_on}; there is no contact sheet for {day}, after that.</source>
        <translation>{body} {dissolved_on} को भंग किया गया था; उसके बाद {day} के लिए कोई संपर्क पत्रक नहीं है।</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>The order constituting a body is written in English only.</source>
        <translation>निकाय के गठन का आदेश केवल अंग्रेज़ी में लिखा जाता है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{body} was dissolved on {dissolved_on}; no order constituting it can be issued now.</source>
        <translation>{body} {dissolved_on} को भंग किया गया था; अब इसका गठन आदेश जारी नहीं किया जा सकता।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{body} has no members on {day}; add its members before preparing the order.</source>
        <translation>{day} को {body} में कोई सदस्य नहीं है; आदेश तैयार करने से पहले इसके सदस्य जोड़ें।</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Order No. {number} was cancelled; it cannot be recorded as constituting {body}.</source>
        <translation>आदेश सं. {number} रद्द कर दिया गया था; इसे {body} के गठन आदेश के रूप में दर्ज नहीं किया जा सकता।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/committees/usage.py" line="+66"/>
        <source>{names} and {count} more</source>
        <translation>{names} और {count} अन्य</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} {uses}; it stays on record while they do.</source>
        <translation>{name} {uses}; जब तक ऐसा है, यह अभिलेख में बना रहेगा।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is a member of {count} body ({names})</source>
        <translation>{count} निकाय ({names}) का सदस्य है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a member of {count} bodies ({names})</source>
        <translation>{count} निकायों ({names}) का सदस्य है</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is the chair of {count} meeting ({names})</source>
        <translation>{count} बैठक ({names}) का अध्यक्ष है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is the chair of {count} meetings ({names})</source>
        <translation>{count} बैठकों ({names}) का अध्यक्ष है</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is in the attendance of {count} meeting ({names})</source>
        <translation>{count} बैठक ({names}) की उपस्थिति में है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is in the attendance of {count} meetings ({names})</source>
        <translation>{count} बैठकों ({names}) की उपस्थिति में है</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>presents agenda items at {count} meeting ({names})</source>
        <translation>{count} बैठक ({names}) में कार्यसूची बिंदु प्रस्तुत करता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>presents agenda items at {count} meetings ({names})</source>
        <translation>{count} बैठकों ({names}) में कार्यसूची बिंदु प्रस्तुत करता है</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>owns {count} action item ({names})</source>
        <translation>{count} कार्रवाई बिंदु ({names}) का उत्तरदायी है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owns {count} action items ({names})</source>
        <translation>{count} कार्रवाई बिंदुओं ({names}) का उत्तरदायी है</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>convenes {count} body ({names})</source>
        <translation>{count} निकाय ({names}) का संयोजक है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>convenes {count} bodies ({names})</source>
        <translation>{count} निकायों ({names}) का संयोजक है</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+22"/>
        <source>is represented on {count} body ({names})</source>
        <translation>{count} निकाय ({names}) में प्रतिनिधित्व करता है</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+22"/>
        <source>is represented on {count} bodies ({names})</source>
        <translation>{count} निकायों ({names}) में प्रतिनिधित्व करता है</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>convenes {count} meeting ({names})</source>
        <translation>{count} बैठक ({names}) का संयोजक है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>convenes {count} meetings ({names})</source>
        <translation>{count} बैठकों ({names}) का संयोजक है</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>has {count} body ({names})</source>
        <translation>के {count} निकाय हैं ({names})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has {count} bodies ({names})</source>
        <translation>के {count} निकाय हैं ({names})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>has {count} meeting ({names})</source>
        <translation>की {count} बैठक है ({names})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has {count} meetings ({names})</source>
        <translation>की {count} बैठकें हैं ({names})</translation>
    </message>
    <message>
        <location filename="../../desktop/services/committees/vocabulary.py" line="+11"/>
        <source>District Task Force</source>
        <translation>जिला कार्यबल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District Steering Committee</source>
        <translation>जिला संचालन समिति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District Resource Group</source>
        <translation>जिला संसाधन समूह</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District Project Management Unit</source>
        <translation>जिला परियोजना प्रबंधन इकाई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Core committee (department and NGOs)</source>
        <translation>कोर समिति (विभाग और NGO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block review group</source>
        <translation>ब्लॉक समीक्षा समूह</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster review group</source>
        <translation>क्लस्टर समीक्षा समूह</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School committee (SDMC)</source>
        <translation>विद्यालय समिति (SDMC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other (described)</source>
        <translation>अन्य (वर्णित)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/baseline/analysis.py" line="-111"/>
        <location filename="../../desktop/services/committees/vocabulary.py" line="+4"/>
        <source>District</source>
        <translation>जिला</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/services/committees/vocabulary.py" line="+1"/>
        <source>Block</source>
        <translation>ब्लॉक</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/services/committees/vocabulary.py" line="+1"/>
        <source>Cluster</source>
        <translation>क्लस्टर</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/services/committees/vocabulary.py" line="+1"/>
        <source>School</source>
        <translation>विद्यालय</translation>
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
        <translation>विशेष आमंत्रित</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Monthly review (2-4-6-8 cadence)</source>
        <translation>मासिक समीक्षा (2-4-6-8 क्रम)</translation>
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
        <translation>अर्धवार्षिक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As needed</source>
        <translation>आवश्यकतानुसार</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings/attendance.py" line="-290"/>
        <source>Guest</source>
        <translation>अतिथि</translation>
    </message>
    <message>
        <location filename="../../desktop/services/committees/units.py" line="+64"/>
        <source>{name} district</source>
        <translation>{name} जिला</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} block</source>
        <translation>{name} ब्लॉक</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} cluster ({block} block)</source>
        <translation>{name} क्लस्टर ({block} ब्लॉक)</translation>
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
        <translation>संपर्क सूची सहेजें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact sheet</source>
        <translation>संपर्क सूची</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preparing the contact sheet</source>
        <translation>संपर्क सूची तैयार की जा रही है</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %s</source>
        <translation>%s सहेजा गया</translation>
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
        <translation>नाम, प्रकार, इकाई या कार्यालय से खोजें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any level</source>
        <translation>सभी स्तर</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>any kind</source>
        <translation>सभी प्रकार</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show dissolved</source>
        <translation>भंग निकाय भी दिखाएँ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New body…</source>
        <translation>नया निकाय…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>संपादित करें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dissolve…</source>
        <translation>भंग करें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>हटाएँ</translation>
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
        <translation>नाम</translation>
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
        <translation>इकाई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convening office</source>
        <translation>संयोजक कार्यालय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair today</source>
        <translation>वर्तमान अध्यक्ष</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members today</source>
        <translation>वर्तमान सदस्य</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meets</source>
        <translation>बैठक की आवृत्ति</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Formed</source>
        <translation>गठन तिथि</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dissolved</source>
        <translation>भंग तिथि</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Committees and task forces</source>
        <translation>समितियाँ और कार्यबल</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%(shown)s of %(total)s</source>
        <translation>%(total)s में से %(shown)s</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+12"/>
        <source>Delete body</source>
        <translation>निकाय हटाएँ</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Delete %s and its memberships? Only a body entered by mistake is deleted; one that has met is dissolved instead. This cannot be undone.</source>
        <translation>%s और उसकी सदस्यताएँ हटाएँ? केवल गलती से दर्ज निकाय ही हटाया जाता है; जिस निकाय की बैठक हो चुकी है उसे भंग किया जाता है। इसे पूर्ववत नहीं किया जा सकता।</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../../desktop/ui/dialogs/package_import_conflicts.py" line="+49"/>
        <source>Take</source>
        <translation>लें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record</source>
        <translation>अभिलेख</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The office has</source>
        <translation>कार्यालय में मान</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed in the office</source>
        <translation>कार्यालय में परिवर्तन</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%(date)s by %(who)s</source>
        <translation>%(date)s, %(who)s द्वारा</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The package has</source>
        <translation>पैकेज में मान</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ticked: the package&apos;s value replaces the office&apos;s. Unticked: the office&apos;s value stays.</source>
        <translation>सही का निशान: पैकेज का मान कार्यालय के मान का स्थान लेगा। निशान नहीं: कार्यालय का मान बना रहेगा।</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ticked: the package&apos;s value replaces the office&apos;s. Unticked: the office&apos;s stays.</source>
        <translation>सही का निशान: पैकेज का मान कार्यालय के मान का स्थान लेगा। निशान नहीं: कार्यालय का मान रहेगा।</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location line="+40"/>
        <source>Conflicts with the office&apos;s newer data</source>
        <translation>कार्यालय के नए डेटा से टकराव</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The office changed these records after the package was made. Unticked rows keep the office&apos;s value; tick a row to take the package&apos;s value instead.</source>
        <translation>पैकेज बनने के बाद कार्यालय ने इन अभिलेखों में परिवर्तन किया। जिन पंक्तियों पर निशान नहीं है उनमें कार्यालय का मान रहेगा; पैकेज का मान लेने के लिए पंक्ति पर सही का निशान लगाएँ।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Conflicting rows</source>
        <translation>टकराव वाली पंक्तियाँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by student, school, subject or value</source>
        <translation>विद्यार्थी, विद्यालय, विषय या मान से खोजें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search:</source>
        <translation>खोजें(&amp;S):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep all office values</source>
        <translation>कार्यालय के सभी मान रखें(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take all from package</source>
        <translation>पैकेज से सभी मान लें(&amp;T)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%(shown)s of %(total)s</source>
        <translation>%(total)s में से %(shown)s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a row to read it in full.</source>
        <translation>पूरा पढ़ने के लिए कोई पंक्ति चुनें।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The office&apos;s value kept: %(kept)s. The package&apos;s value taken: %(taken)s.</source>
        <translation>कार्यालय का मान रखा गया: %(kept)s। पैकेज का मान लिया गया: %(taken)s।</translation>
    </message>
</context>
<context>
    <name>ContentsPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/export_contents_page.py" line="+36"/>
        <source>What will be included</source>
        <translation>क्या शामिल होगा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untick what the partner does not need. Nothing outside the MoU&apos;s terms can be added.</source>
        <translation>साझेदार को जिसकी आवश्यकता नहीं है उससे निशान हटा दें। MoU की शर्तों से बाहर का कुछ भी नहीं जोड़ा जा सकता।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category and its fields</source>
        <translation>श्रेणी और उसके फ़ील्ड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>कॉलम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation>अभिलेख</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep until</source>
        <translation>कब तक रखें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>उद्देश्य</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Categories and fields</source>
        <translation>श्रेणियाँ और फ़ील्ड</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Assessment rounds</source>
        <translation>आकलन चरण</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The package</source>
        <translation>पैकेज</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>left out</source>
        <translation>शामिल नहीं</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No assessment round has data about the schools this MoU covers.</source>
        <translation>इस MoU के अंतर्गत आने वाले विद्यालयों के बारे में किसी भी आकलन चरण में डेटा नहीं है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only indicators and results are about rounds.</source>
        <translation>केवल संकेतक और परिणाम ही चरणों से संबंधित हैं।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicators and results of the ticked rounds.</source>
        <translation>चिह्नित चरणों के संकेतक और परिणाम।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>For: %s</source>
        <translation>किसके लिए: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About %s schools the MoU covers today.</source>
        <translation>MoU के अंतर्गत आज आने वाले %s विद्यालयों के बारे में।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep until %s: the earliest date of the chosen categories; the partner deletes the whole package then.</source>
        <translation>%s तक रखें: चुनी गई श्रेणियों की सबसे पहली तिथि; उसके बाद साझेदार पूरा पैकेज हटा देगा।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Never included: children&apos;s names and the office&apos;s own student ids (student results carry a pseudonym used only under this MoU).</source>
        <translation>कभी शामिल नहीं: बच्चों के नाम और कार्यालय की अपनी विद्यार्थी आईडी (विद्यार्थियों के परिणामों में एक छद्मनाम होता है जो केवल इसी MoU के अंतर्गत उपयोग होता है)।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Officials&apos; names, phone numbers and email addresses: the MoU&apos;s terms do not allow them.</source>
        <translation>अधिकारियों के नाम, फ़ोन नंबर और ई-मेल पते: MoU की शर्तें इसकी अनुमति नहीं देतीं।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Officials&apos; names, phone numbers and email addresses: left out.</source>
        <translation>अधिकारियों के नाम, फ़ोन नंबर और ई-मेल पते: शामिल नहीं।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the aggregated results, groups of fewer than %d students are suppressed.</source>
        <translation>समेकित परिणामों में %d से कम विद्यार्थियों वाले समूह नहीं दिखाए जाते।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not allowed by the terms: %s.</source>
        <translation>शर्तों के अनुसार अनुमति नहीं: %s।</translation>
    </message>
</context>
<context>
    <name>CopyHolidaysDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/holiday_dialogs.py" line="+83"/>
        <source>Copy the holidays of %s</source>
        <translation>%s के अवकाश कॉपी करें</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tick all</source>
        <translation>सभी पर निशान लगाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untick all</source>
        <translation>सभी से निशान हटाएँ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>को</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates an office already has keep that office&apos;s own holiday.</source>
        <translation>जिन तिथियों पर किसी कार्यालय का पहले से अवकाश है, वहाँ उसी कार्यालय का अवकाश रहेगा।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
</context>
<context>
    <name>CorrectMembershipDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/membership_dialogs.py" line="+24"/>
        <source>Correct the membership of %s</source>
        <translation>%s की सदस्यता सुधारें</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use this to correct a mistake. A member who leaves is ended or replaced instead, to keep the history.</source>
        <translation>इसका उपयोग किसी गलती को सुधारने के लिए करें। इतिहास बनाए रखने के लिए, किसी सदस्य के हटने पर उसकी सदस्यता समाप्त की जाती है या उसका स्थान किसी अन्य को दिया जाता है।</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/meeting_minutes_tab.py" line="+258"/>
        <source>Record a correction to earlier approved minutes</source>
        <translation>पूर्व में अनुमोदित कार्यवृत्त में सुधार दर्ज करें</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Minutes of</source>
        <translation>किस बैठक का कार्यवृत्त</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No earlier meeting of the body has approved minutes.</source>
        <translation>निकाय की किसी पिछली बैठक का कार्यवृत्त अनुमोदित नहीं है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the confirmation of the previous minutes)</source>
        <translation>(पिछले कार्यवृत्त की पुष्टि)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recorded under</source>
        <translation>किस बिंदु के अंतर्गत दर्ज</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction</source>
        <translation>सुधार</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>दर्ज करें</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the meeting whose minutes are corrected.</source>
        <translation>वह बैठक चुनें जिसके कार्यवृत्त में सुधार किया जा रहा है।</translation>
    </message>
</context>
<context>
    <name>CoverageTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_tabs.py" line="+27"/>
        <source>Whole district: every block, cluster and school</source>
        <translation>पूरा जिला: प्रत्येक ब्लॉक, क्लस्टर और विद्यालय</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Otherwise tick whole blocks or some of their clusters, and add single schools by name or UDISE code.</source>
        <translation>अन्यथा पूरे ब्लॉक या उनके कुछ क्लस्टर चुनें, और अलग-अलग विद्यालयों को नाम या UDISE कोड से जोड़ें।</translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/exchange_keys_tab.py" line="+51"/>
        <source>Create the office&apos;s signing key</source>
        <translation>कार्यालय की हस्ताक्षर कुंजी बनाएँ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Packages sent to partners are signed with this key, so that partners can tell they come from this office. Its fingerprint is printed on every hand-over receipt.</source>
        <translation>साझेदारों को भेजे जाने वाले पैकेज इस कुंजी से हस्ताक्षरित होते हैं, ताकि साझेदार जान सकें कि वे इसी कार्यालय से आए हैं। इसका फ़िंगरप्रिंट प्रत्येक हस्तांतरण पावती पर मुद्रित होता है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Label</source>
        <translation>लेबल(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. DIET office PC</source>
        <translation>उदा. DIET कार्यालय PC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase</source>
        <translation>पासफ़्रेज़(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least %s characters; asked at every export</source>
        <translation>कम से कम %s अक्षर; प्रत्येक निर्यात पर पूछा जाएगा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Again</source>
        <translation>दोबारा(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create key</source>
        <translation>कुंजी बनाएँ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>दोनों पासफ़्रेज़ भिन्न हैं; एक ही पासफ़्रेज़ दो बार टाइप करें।</translation>
    </message>
</context>
<context>
    <name>CriterionRow</name>
    <message>
        <location filename="../../desktop/ui/pages/recognition_rubric_row.py" line="+50"/>
        <source>weight %(weight)s, %(share)s%% of the total</source>
        <translation>भार %(weight)s, कुल का %(share)s%%</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Not scored yet</source>
        <translation>अभी अंक नहीं दिए गए</translation>
    </message>
</context>
<context>
    <name>CycleDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/cycle_dialog.py" line="+228"/>
        <source>New cycle of %s</source>
        <translation>%s का नया चक्र</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit cycle %s</source>
        <translation>चक्र %s संपादित करें</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Name</source>
        <translation>नाम(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. %d-%02d</source>
        <translation>उदा. %d-%02d</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nominations &amp;open</source>
        <translation>नामांकन आरंभ(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominations &amp;close</source>
        <translation>नामांकन समाप्त(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review o&amp;pens</source>
        <translation>समीक्षा आरंभ(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review closes</source>
        <translation>समीक्षा समाप्त(&amp;R)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Event on</source>
        <translation>कार्यक्रम तिथि(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Venue</source>
        <translation>स्थान(&amp;V)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Zilla Panchayat Hall</source>
        <translation>उदा. जिला पंचायत सभागार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue (re&amp;gional)</source>
        <translation>स्थान (क्षेत्रीय भाषा में)(&amp;G)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;laces</source>
        <translation>स्थान संख्या(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Issuing office</source>
        <translation>जारीकर्ता कार्यालय(&amp;I)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed &amp;by</source>
        <translation>हस्ताक्षरकर्ता(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>टिप्पणियाँ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reviewers</source>
        <translation>समीक्षक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen once the cycle is saved: select it and click Edit… again.</source>
        <translation>चक्र सहेजने के बाद चुने जाते हैं: उसे चुनें और फिर से संपादित करें… पर क्लिक करें।</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“%s” is not in the list of people: choose the signatory from the list, or leave it empty.</source>
        <translation>“%s” व्यक्तियों की सूची में नहीं है: हस्ताक्षरकर्ता को सूची से चुनें, या इसे खाली छोड़ दें।</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/ui/pages/dashboard_page.py" line="+29"/>
        <location line="+24"/>
        <source>Schools</source>
        <translation>विद्यालय</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Blocks</source>
        <translation>ब्लॉक</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Clusters</source>
        <translation>क्लस्टर</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Offices</source>
        <translation>कार्यालय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner organisations</source>
        <translation>साझेदार संस्थाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>व्यक्ति</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Block</source>
        <translation>ब्लॉक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block (regional)</source>
        <translation>ब्लॉक (क्षेत्रीय भाषा में)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Government</source>
        <translation>सरकारी</translation>
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
        <translation>यह डेटाबेस खाली है। &lt;b&gt;ब्लॉक और क्लस्टर&lt;/b&gt; से आरंभ करें: अपना जिला, उसके ब्लॉक और उनके क्लस्टर जोड़ें। फिर विद्यालय, कार्यालय, साझेदार संस्थाएँ और व्यक्ति जोड़ें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dashboard</source>
        <translation>डैशबोर्ड</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MoUs needing attention</source>
        <translation>ध्यान देने योग्य MoU</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reviews this month (2-4-6-8)</source>
        <translation>इस माह की समीक्षाएँ (2-4-6-8)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Schools per block</source>
        <translation>प्रति ब्लॉक विद्यालय</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open action items: %(open)s, of which overdue: %(overdue)s (see the Action items page).</source>
        <translation>खुले कार्रवाई बिंदु: %(open)s, जिनमें से विलंबित: %(overdue)s (कार्रवाई बिंदु पृष्ठ देखें)।</translation>
    </message>
</context>
<context>
    <name>DataSharingTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_tabs.py" line="+51"/>
        <source>The partner may receive</source>
        <translation>साझेदार को क्या मिल सकता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For what purpose</source>
        <translation>किस उद्देश्य के लिए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it for</source>
        <translation>कब तक रखें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why the partner needs it</source>
        <translation>साझेदार को इसकी आवश्यकता क्यों है</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> months</source>
        <translation> माह</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only the data ticked here can be given to the partner; anything else stays in the office. After the months given, the partner must delete it.</source>
        <translation>साझेदार को केवल वही डेटा दिया जा सकता है जिस पर यहाँ निशान लगा है; शेष सब कार्यालय में ही रहता है। दिए गए माह पूरे होने के बाद साझेदार को इसे हटाना होगा।</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../desktop/services/database.py" line="+21"/>
        <source>Another District Collective Desk window is already using this database, so it is open here read-only. Close the other window and reopen to make changes.</source>
        <translation>District Collective Desk की एक अन्य विंडो पहले से इस डेटाबेस का उपयोग कर रही है, इसलिए यहाँ यह केवल पढ़ने के लिए खुला है। परिवर्तन करने के लिए दूसरी विंडो बंद करें और फिर से खोलें।</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This database is open read-only.</source>
        <translation>यह डेटाबेस केवल पढ़ने के लिए खुला है।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/opening.py" line="+72"/>
        <source>Cannot create the folder {folder}: {reason}</source>
        <translation>फ़ोल्डर {folder} नहीं बनाया जा सकता: {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot use {path}: {reason}</source>
        <translation>{path} का उपयोग नहीं किया जा सकता: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{path} does not exist yet and another window holds it for writing.</source>
        <translation>{path} अभी मौजूद नहीं है और एक अन्य विंडो ने इसे लिखने के लिए रोक रखा है।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This database is being upgraded or used by another window; try again once it is closed.</source>
        <translation>यह डेटाबेस अपग्रेड हो रहा है या किसी अन्य विंडो द्वारा उपयोग में है; उसके बंद होने पर फिर से प्रयास करें।</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>There is no backup file at {backup}.</source>
        <translation>{backup} पर कोई बैकअप फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close every District Collective Desk window that has this database open, then restore again.</source>
        <translation>District Collective Desk की वे सभी विंडो बंद करें जिनमें यह डेटाबेस खुला है, फिर से पुनर्स्थापित करें।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/database_errors.py" line="+25"/>
        <source>This database was made by a newer version of District Collective Desk (schema {revision}). Install that version or a later one to open it; this version will not change it.</source>
        <translation>यह डेटाबेस District Collective Desk के नए संस्करण से बनाया गया है (स्कीमा {revision})। इसे खोलने के लिए वह संस्करण या उसके बाद का कोई संस्करण इंस्टॉल करें; यह संस्करण इसमें कोई परिवर्तन नहीं करेगा।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is an SQLite database, but not one made by District Collective Desk.</source>
        <translation>{path} एक SQLite डेटाबेस है, पर District Collective Desk द्वारा बनाया गया नहीं है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The upgrade would leave one broken reference ({rows}), so it was not made and the database is as it was. Keep the file and report this message.</source>
        <translation>अपग्रेड के बाद एक टूटा हुआ संदर्भ ({rows}) रह जाता, इसलिए अपग्रेड नहीं किया गया और डेटाबेस पहले जैसा ही है। फ़ाइल सुरक्षित रखें और इस संदेश की सूचना दें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The upgrade would leave {count} broken references ({rows}), so it was not made and the database is as it was. Keep the file and report this message.</source>
        <translation>अपग्रेड के बाद {count} टूटे हुए संदर्भ ({rows}) रह जाते, इसलिए अपग्रेड नहीं किया गया और डेटाबेस पहले जैसा ही है। फ़ाइल सुरक्षित रखें और इस संदेश की सूचना दें।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database {path} is damaged: {detail}</source>
        <translation>डेटाबेस {path} क्षतिग्रस्त है: {detail}</translation>
    </message>
</context>
<context>
    <name>DayOffDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/meeting_tabs.py" line="-22"/>
        <source>Meeting on a day off</source>
        <translation>अवकाश के दिन बैठक</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save with this reason</source>
        <translation>इस कारण के साथ सहेजें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the reason to meet on this day.</source>
        <translation>इस दिन बैठक करने का कारण बताएँ।</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../desktop/services/demo.py" line="+133"/>
        <source>The demo district goes only into an empty database; this one has schools.</source>
        <translation>डेमो जिला केवल खाली डेटाबेस में जोड़ा जाता है; इस डेटाबेस में विद्यालय हैं।</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Blocks, clusters and schools</source>
        <translation>ब्लॉक, क्लस्टर और विद्यालय</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Offices and organisations</source>
        <translation>कार्यालय और संस्थाएँ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People</source>
        <translation>व्यक्ति</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Done</source>
        <translation>पूर्ण</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/package_import_details.py" line="+33"/>
        <source>Passphrase and round</source>
        <translation>पासफ़्रेज़ और चरण</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Passphrase</source>
        <translation>पासफ़्रेज़</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sho&amp;w the passphrase</source>
        <translation>पासफ़्रेज़ दिखाएँ(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>पासफ़्रेज़(&amp;P):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The passphrase the partner gave you separately — by phone or on paper, never on the same drive. It is used only to open the package and is not kept.</source>
        <translation>वह पासफ़्रेज़ जो साझेदार ने आपको अलग से दिया है — फ़ोन पर या काग़ज़ पर, कभी भी उसी ड्राइव पर नहीं। इसका उपयोग केवल पैकेज खोलने के लिए होता है और इसे रखा नहीं जाता।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assessment round</source>
        <translation>आकलन चरण</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Round:</source>
        <translation>चरण(&amp;R):</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The round the workbook&apos;s results belong to.</source>
        <translation>वह चरण जिससे वर्कबुक के परिणाम संबंधित हैं।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The package is unlocked with its passphrase and checked in the next step.</source>
        <translation>पैकेज उसके पासफ़्रेज़ से खोला जाता है और अगले चरण में उसकी जाँच होती है।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The round the workbook names</source>
        <translation>वर्कबुक में दिया गया चरण</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workbook names its round; choose another only if the office calls it differently.</source>
        <translation>वर्कबुक में उसका चरण दिया गया है; दूसरा चरण तभी चुनें जब कार्यालय उसे किसी अन्य नाम से जानता हो।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the round…</source>
        <translation>चरण चुनें…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The package does not name a round: choose the round these data belong to.</source>
        <translation>पैकेज में किसी चरण का उल्लेख नहीं है: वह चरण चुनें जिससे यह डेटा संबंधित है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The package names the round “%s”.</source>
        <translation>पैकेज में चरण “%s” दिया गया है।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The package names the round “%s”, which this office does not have: choose the round these data belong to.</source>
        <translation>पैकेज में चरण “%s” दिया गया है, जो इस कार्यालय में नहीं है: वह चरण चुनें जिससे यह डेटा संबंधित है।</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/meeting_details.py" line="+103"/>
        <source>Mark held</source>
        <translation>आयोजित चिह्नित करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo held</source>
        <translation>आयोजित चिह्न हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel meeting…</source>
        <translation>बैठक रद्द करें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve minutes…</source>
        <translation>कार्यवृत्त अनुमोदित करें…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Body</source>
        <translation>निकाय</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Level</source>
        <translation>स्तर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For</source>
        <translation>इकाई</translation>
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
        <translation>तय नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts at</source>
        <translation>आरंभ समय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends at</source>
        <translation>समाप्ति समय</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Venue</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chair</source>
        <translation>अध्यक्ष</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left empty, the body&apos;s chair on the day of the meeting chairs.</source>
        <translation>खाली छोड़ने पर, बैठक के दिन निकाय के अध्यक्ष ही अध्यक्षता करेंगे।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schedule meeting</source>
        <translation>बैठक निर्धारित करें</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+4"/>
        <source>Ad-hoc meeting (no standing body)</source>
        <translation>तदर्थ बैठक (कोई स्थायी निकाय नहीं)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save details</source>
        <translation>विवरण सहेजें</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A new meeting: fill in the details and schedule it.</source>
        <translation>नई बैठक: विवरण भरें और बैठक निर्धारित करें।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. Review of mid-day meal complaints</source>
        <translation>उदा. मध्याह्न भोजन संबंधी शिकायतों की समीक्षा</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%s meeting</source>
        <translation>%s की बैठक</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%s” is not in the list of people: choose from the list, or leave it empty.</source>
        <translation>“%s” व्यक्तियों की सूची में नहीं है: सूची से चुनें, या इसे खाली छोड़ दें।</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;b&gt;Status:&lt;/b&gt; %s</source>
        <translation>&lt;b&gt;स्थिति:&lt;/b&gt; %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meets on a day off: %s</source>
        <translation>अवकाश के दिन बैठक: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: %s</source>
        <translation>रद्द: %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes approved on %(date)s by %(who)s</source>
        <translation>कार्यवृत्त %(date)s को %(who)s द्वारा अनुमोदित</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notice issued: No. %s</source>
        <translation>सूचना जारी: सं. %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The meeting can be marked held from its day.</source>
        <translation>बैठक को उसके दिन से आयोजित चिह्नित किया जा सकता है।</translation>
    </message>
</context>
<context>
    <name>DirectoryPages</name>
    <message>
        <location filename="../../desktop/ui/pages/directory_pages.py" line="+27"/>
        <source>UDISE code</source>
        <translation>UDISE कोड</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <location line="+38"/>
        <location line="+44"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="-125"/>
        <location line="+44"/>
        <location line="+38"/>
        <location line="+44"/>
        <source>Name (regional)</source>
        <translation>नाम (क्षेत्रीय भाषा में)</translation>
    </message>
    <message>
        <location line="-125"/>
        <location line="+50"/>
        <source>Block</source>
        <translation>ब्लॉक</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Cluster</source>
        <translation>क्लस्टर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>गाँव</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Management</source>
        <translation>प्रबंधन</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Schools</source>
        <translation>विद्यालय</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>school</source>
        <translation>विद्यालय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schools</source>
        <translation>विद्यालय</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by name, UDISE code, village, block or cluster</source>
        <translation>नाम, UDISE कोड, गाँव, ब्लॉक या क्लस्टर से खोजें</translation>
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
        <translation>कार्यालय कोड</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+45"/>
        <location line="+38"/>
        <source>Phone</source>
        <translation>फ़ोन</translation>
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
        <translation>कार्यालय</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>office</source>
        <translation>कार्यालय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offices</source>
        <translation>कार्यालय</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by name, office code, kind or block</source>
        <translation>नाम, कार्यालय कोड, प्रकार या ब्लॉक से खोजें</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>NGO-Darpan ID</source>
        <translation>NGO-Darpan ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Focus areas</source>
        <translation>कार्य क्षेत्र</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact person</source>
        <translation>संपर्क व्यक्ति</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organisations</source>
        <translation>संस्थाएँ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>organisation</source>
        <translation>संस्था</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisations</source>
        <translation>संस्थाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by name, NGO-Darpan ID, contact or focus area</source>
        <translation>नाम, NGO-Darpan ID, संपर्क या कार्य क्षेत्र से खोजें</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Designation</source>
        <translation>पदनाम</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Works at</source>
        <translation>कार्यस्थल</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People</source>
        <translation>व्यक्ति</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>person</source>
        <translation>व्यक्ति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people</source>
        <translation>व्यक्ति</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by name, designation, office, organisation or school</source>
        <translation>नाम, पदनाम, कार्यालय, संस्था या विद्यालय से खोजें</translation>
    </message>
</context>
<context>
    <name>DissolveDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/body_dialog.py" line="+50"/>
        <source>Dissolve %s</source>
        <translation>%s भंग करें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every membership still running on that date ends with it. The body and its history stay on record.</source>
        <translation>उस तिथि तक चल रही प्रत्येक सदस्यता उसी के साथ समाप्त हो जाती है। निकाय और उसका इतिहास अभिलेख में बने रहते हैं।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dissolved on (last day)</source>
        <translation>भंग करने की तिथि (अंतिम दिन)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason (optional)</source>
        <translation>कारण (वैकल्पिक)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dissolve</source>
        <translation>भंग करें</translation>
    </message>
</context>
<context>
    <name>DistrictDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/geography_dialogs.py" line="-51"/>
        <source>Edit district</source>
        <translation>जिला संपादित करें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add district</source>
        <translation>जिला जोड़ें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>District</source>
        <translation>जिला</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Bagalkot</source>
        <translation>उदा. बागलकोट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District (regional language)</source>
        <translation>जिला (क्षेत्रीय भाषा में)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Karnataka</source>
        <translation>उदा. उत्तर प्रदेश</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UDISE district code</source>
        <translation>UDISE जिला कोड</translation>
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
        <translation>कार्रवाई बिंदु ‘{item}’ की स्थिति ‘{status}’ है; यह {statuses} में से एक होनी चाहिए।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The action item &apos;{item}&apos; is at the level &apos;{level}&apos;; it must be one of {levels}.</source>
        <translation>कार्रवाई बिंदु ‘{item}’ का स्तर ‘{level}’ है; यह {levels} में से एक होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/certificate_layout.py" line="+95"/>
        <source>The certificate&apos;s text does not fit on the page; shorten its longest lines.</source>
        <translation>प्रमाण-पत्र का पाठ पृष्ठ पर नहीं समाता; इसकी सबसे लंबी पंक्तियाँ छोटी करें।</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Certificates are printed in English and {languages}; not in &apos;{code}&apos;.</source>
        <translation>प्रमाण-पत्र अंग्रेज़ी और {languages} में मुद्रित होते हैं; ‘{code}’ में नहीं।</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/certificate.py" line="+113"/>
        <source>There is no certificate to print.</source>
        <translation>मुद्रित करने के लिए कोई प्रमाण-पत्र नहीं है।</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../desktop/documents/circular.py" line="+379"/>
        <location filename="../../desktop/documents/merge.py" line="+136"/>
        <source>Done</source>
        <translation>पूर्ण</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/circular.py" line="-127"/>
        <source>Laying out</source>
        <translation>पृष्ठ तैयार किए जा रहे हैं</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Circulars can be printed in {languages}; not in &apos;{code}&apos;.</source>
        <translation>परिपत्र {languages} में मुद्रित किए जा सकते हैं; ‘{code}’ में नहीं।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The subject is empty; every circular needs one.</source>
        <translation>विषय खाली है; हर परिपत्र में विषय आवश्यक है।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no recipient to print for.</source>
        <translation>मुद्रित करने के लिए कोई प्राप्तकर्ता नहीं है।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All copies of a circular are printed on the same letterhead.</source>
        <translation>परिपत्र की सभी प्रतियाँ एक ही लेटरहेड पर मुद्रित होती हैं।</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/exchange_receipt.py" line="+90"/>
        <source>The hand-over receipt does not fit on one page even with the field lists shortened; shorten the names, the MoU title or the purpose.</source>
        <translation>फ़ील्ड की सूचियाँ छोटी करने पर भी हस्तांतरण पावती एक पृष्ठ पर नहीं समाती; नाम, MoU का शीर्षक या उद्देश्य छोटा करें।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hand-over receipts are printed in {languages}; not in &apos;{code}&apos;.</source>
        <translation>हस्तांतरण पावतियाँ {languages} में मुद्रित होती हैं; ‘{code}’ में नहीं।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The receipt needs the name of every recipient; one is empty or none is given.</source>
        <translation>पावती में प्रत्येक प्राप्तकर्ता का नाम आवश्यक है; कोई नाम खाली है या कोई भी नाम नहीं दिया गया।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Package {package} holds no data category; there is nothing to hand over.</source>
        <translation>पैकेज {package} में कोई डेटा श्रेणी नहीं है; सौंपने के लिए कुछ नहीं है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The package&apos;s SHA-256 must be 64 hex digits; &apos;{sha256}&apos; is not.</source>
        <translation>पैकेज का SHA-256 64 हेक्साडेसिमल अंकों (0-9, a-f) का होना चाहिए; ‘{sha256}’ ऐसा नहीं है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The public key on the receipt is not valid: {problem}</source>
        <translation>पावती पर दी गई सार्वजनिक कुंजी मान्य नहीं है: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The fingerprint &apos;{fingerprint}&apos; is not that of the public key printed beside it (its fingerprint is {expected}); the receipt would mislead the recipient.</source>
        <translation>फ़िंगरप्रिंट ‘{fingerprint}’ उसके बगल में मुद्रित सार्वजनिक कुंजी का नहीं है (उस कुंजी का फ़िंगरप्रिंट {expected} है); ऐसी पावती प्राप्तकर्ता को भ्रमित करेगी।</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The hand-over receipt could not be laid out on one page.</source>
        <translation>हस्तांतरण पावती एक पृष्ठ पर व्यवस्थित नहीं की जा सकी।</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/fitted_lines.py" line="+17"/>
        <source>line</source>
        <translation>पंक्ति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>office name</source>
        <translation>कार्यालय का नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>programme</source>
        <translation>कार्यक्रम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regional name</source>
        <translation>क्षेत्रीय नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>तिथि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number</source>
        <translation>क्रमांक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signatory&apos;s name</source>
        <translation>हस्ताक्षरकर्ता का नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signatory&apos;s designation</source>
        <translation>हस्ताक्षरकर्ता का पदनाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signatory&apos;s office</source>
        <translation>हस्ताक्षरकर्ता का कार्यालय</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The {what} &apos;{text}&apos; is too long for the certificate, even in two lines at the smallest size.</source>
        <translation>प्रमाण-पत्र पर {what} ‘{text}’ के लिए पर्याप्त स्थान नहीं है, सबसे छोटे आकार में दो पंक्तियों में भी नहीं।</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/fonts.py" line="+45"/>
        <source>The font file {file} is missing from {folder}, so documents cannot be printed. Reinstall District Collective Desk to restore it.</source>
        <translation>फ़ॉन्ट फ़ाइल {file} {folder} में नहीं है, इसलिए दस्तावेज़ मुद्रित नहीं किए जा सकते। इसे वापस लाने के लिए District Collective Desk दोबारा इंस्टॉल करें।</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/letterhead.py" line="+41"/>
        <source>The office logo is {size} MB; at most {most} MB can be printed.</source>
        <translation>कार्यालय का लोगो {size} MB का है; अधिकतम {most} MB तक का लोगो मुद्रित किया जा सकता है।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The office logo is not a PNG or JPEG image; choose another file.</source>
        <translation>कार्यालय का लोगो PNG या JPEG चित्र नहीं है; कोई अन्य फ़ाइल चुनें।</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&apos;{text}&apos; is too long for the letterhead; shorten it in the office&apos;s record.</source>
        <translation>‘{text}’ लेटरहेड के लिए बहुत लंबा है; कार्यालय के अभिलेख में इसे छोटा करें।</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/markup.py" line="+43"/>
        <source>Line {line}, column {column}: {problem}</source>
        <translation>पंक्ति {line}, कॉलम {column}: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line {line}: {problem}</source>
        <translation>पंक्ति {line}: {problem}</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the invisible control character {code} cannot be printed.</source>
        <translation>अदृश्य नियंत्रण वर्ण {code} मुद्रित नहीं किया जा सकता।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the line has {count} characters; at most {most} fit.</source>
        <translation>पंक्ति में {count} वर्ण हैं; अधिकतम {most} आ सकते हैं।</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the table row has {count} columns; at most {most} fit on A4.</source>
        <translation>तालिका की पंक्ति में {count} कॉलम हैं; A4 पर अधिकतम {most} आ सकते हैं।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this table row has {cells} but the table&apos;s first row (line {first_line}) has {first_cells}; every row needs the same number of | separators.</source>
        <translation>तालिका की यह पंक्ति {cells} की है, पर तालिका की पहली पंक्ति (पंक्ति {first_line}) {first_cells} की है; हर पंक्ति में | विभाजकों की संख्या समान होनी चाहिए।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a table may have at most {most} rows; split it in two.</source>
        <translation>तालिका में अधिकतम {most} पंक्तियाँ हो सकती हैं; इसे दो तालिकाओं में बाँटें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} cell</source>
        <translation>{count} सेल</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} cells</source>
        <translation>{count} सेलों</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the body has {count} characters; at most {most} fit in a circular. Attach long material as an annexure.</source>
        <translation>मुख्य पाठ में {count} वर्ण हैं; परिपत्र में अधिकतम {most} आ सकते हैं। लंबी सामग्री अनुलग्नक के रूप में संलग्न करें।</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/merge.py" line="-6"/>
        <source>Printing</source>
        <translation>मुद्रित किया जा रहा है</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/minutes_document.py" line="-13"/>
        <source>The meeting has no title; give it one before printing its minutes.</source>
        <translation>बैठक का कोई शीर्षक नहीं है; कार्यवृत्त मुद्रित करने से पहले बैठक को शीर्षक दें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{person}&apos;s attendance is &apos;{status}&apos;; it must be one of {statuses}.</source>
        <translation>{person} की उपस्थिति ‘{status}’ दर्ज है; यह {statuses} में से एक होनी चाहिए।</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/mou_document.py" line="+138"/>
        <source>The MoU&apos;s text, line {line}, column {column}: {problem}</source>
        <translation>MoU का पाठ, पंक्ति {line}, कॉलम {column}: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The MoU&apos;s text, line {line}: {problem}</source>
        <translation>MoU का पाठ, पंक्ति {line}: {problem}</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>MoUs can be printed in {languages}; not in &apos;{code}&apos;.</source>
        <translation>MoU {languages} में मुद्रित किए जा सकते हैं; ‘{code}’ में नहीं।</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/placeholders.py" line="+23"/>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>मुख्य पाठ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MoU text</source>
        <translation>MoU का पाठ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{part}, line {line}, column {column}: {problem}</source>
        <translation>{part}, पंक्ति {line}, कॉलम {column}: {problem}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{recipient} has no value for {placeholder}; fill it in the records or remove it from the text.</source>
        <translation>{recipient} के लिए {placeholder} का कोई मान नहीं है; इसे अभिलेखों में भरें या पाठ से हटाएँ।</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a lone &apos;{brace}&apos;; write {doubled} to print a brace, or close the placeholder.</source>
        <translation>अकेला ‘{brace}’; कोष्ठक मुद्रित करने के लिए {doubled} लिखें, या प्लेसहोल्डर बंद करें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{token}&apos; is not a placeholder name (use lower-case letters, digits and _).</source>
        <translation>‘{token}’ प्लेसहोल्डर का नाम नहीं है (छोटे अक्षर, अंक और _ का उपयोग करें)।</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>unknown placeholder {placeholder}; did you mean {guess}?</source>
        <translation>अज्ञात प्लेसहोल्डर {placeholder}; क्या आपका आशय {guess} था?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown placeholder {placeholder}; the known ones are {known}.</source>
        <translation>अज्ञात प्लेसहोल्डर {placeholder}; ज्ञात प्लेसहोल्डर ये हैं: {known}।</translation>
    </message>
</context>
<context>
    <name>DrivePage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/export_target_pages.py" line="+43"/>
        <source>Where to write the package</source>
        <translation>पैकेज कहाँ लिखा जाए</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plug in the drive that goes to the partner and choose it, or choose a folder. The package is one file; it is written under a temporary name and checked before it is named.</source>
        <translation>साझेदार को दी जाने वाली ड्राइव लगाएँ और उसे चुनें, या कोई फ़ोल्डर चुनें। पैकेज एक ही फ़ाइल है; इसे एक अस्थायी नाम से लिखा जाता है और नाम देने से पहले इसकी जाँच की जाती है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drive</source>
        <translation>ड्राइव</translation>
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
        <translation>हटाने योग्य</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fixed</source>
        <translation>स्थायी</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free</source>
        <translation>खाली स्थान</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Drives</source>
        <translation>ड्राइव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh the list</source>
        <translation>सूची ताज़ा करें(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drives on this computer</source>
        <translation>इस कंप्यूटर की ड्राइव</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plugged a drive in just now? Refresh the list.</source>
        <translation>अभी-अभी ड्राइव लगाई है? सूची ताज़ा करें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a drive above, or a folder</source>
        <translation>ऊपर से कोई ड्राइव चुनें, या कोई फ़ोल्डर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose folder…</source>
        <translation>फ़ोल्डर चुनें…(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder:</source>
        <translation>फ़ोल्डर(&amp;F):</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Folder for the package</source>
        <translation>पैकेज के लिए फ़ोल्डर</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no folder %s.</source>
        <translation>%s नाम का कोई फ़ोल्डर नहीं है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer&apos;s user may not write in %s.</source>
        <translation>इस कंप्यूटर का उपयोगकर्ता %s में नहीं लिख सकता।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Free on this drive: %s. The space the package needs is checked before writing.</source>
        <translation>इस ड्राइव पर खाली स्थान: %s। पैकेज के लिए आवश्यक स्थान की जाँच लिखने से पहले की जाती है।</translation>
    </message>
</context>
<context>
    <name>EndMembershipDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/membership_dialogs.py" line="+43"/>
        <source>End the membership of %s</source>
        <translation>%s की सदस्यता समाप्त करें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last day in the seat</source>
        <translation>पद पर अंतिम दिन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Retired, transferred, resigned</source>
        <translation>उदा. सेवानिवृत्त, स्थानांतरित, त्यागपत्र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End membership</source>
        <translation>सदस्यता समाप्त करें</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <location filename="../../desktop/ui/pages/entity_page.py" line="+71"/>
        <source>Add…</source>
        <translation>जोड़ें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>संपादित करें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Cannot edit</source>
        <translation>संपादित नहीं किया जा सकता</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Delete %s? This cannot be undone.</source>
        <translation>%s हटाएँ? इसे पूर्ववत नहीं किया जा सकता।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot delete</source>
        <translation>हटाया नहीं जा सकता</translation>
    </message>
</context>
<context>
    <name>EntryDetailsDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/exchange_log_actions.py" line="+165"/>
        <source>Return template %s</source>
        <translation>वापसी टेम्पलेट %s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Package %s</source>
        <translation>पैकेज %s</translation>
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
        <translation>साझेदार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>उद्देश्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep until</source>
        <translation>कब तक रखें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schools</source>
        <translation>विद्यालय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation>अभिलेख</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package file</source>
        <translation>पैकेज फ़ाइल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%s bytes</source>
        <translation>%s बाइट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package id</source>
        <translation>पैकेज आईडी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>द्वारा</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deletion confirmed</source>
        <translation>हटाने की पुष्टि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on %(date)s by %(confirmed_by)s (recorded by %(recorded_by)s)</source>
        <translation>%(date)s को %(confirmed_by)s द्वारा (%(recorded_by)s द्वारा दर्ज)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deletion note</source>
        <translation>हटाने संबंधी टिप्पणी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import batches</source>
        <translation>आयात बैच</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: not signed</source>
        <translation>कोई नहीं: हस्ताक्षरित नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer&apos;s key fingerprint</source>
        <translation>हस्ताक्षरकर्ता की कुंजी का फ़िंगरप्रिंट</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Categories and fields</source>
        <translation>श्रेणियाँ और फ़ील्ड</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/erasure_dialog.py" line="+22"/>
        <source>Record deletion of %s</source>
        <translation>%s के हटाए जाने को दर्ज करें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%(package)s (a return template) was given to %(partners)s on %(date)s under MoU %(mou)s.</source>
        <translation>%(package)s (एक वापसी टेम्पलेट) %(date)s को MoU %(mou)s के अंतर्गत %(partners)s को दिया गया था।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Package %(package)s, sent to %(partners)s on %(date)s under MoU %(mou)s.</source>
        <translation>पैकेज %(package)s, %(date)s को MoU %(mou)s के अंतर्गत %(partners)s को भेजा गया।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Record the partner&apos;s written confirmation that they deleted its data; it cannot be changed afterwards.</source>
        <translation>साझेदार की यह लिखित पुष्टि दर्ज करें कि उन्होंने इसका डेटा हटा दिया है; बाद में इसे बदला नहीं जा सकता।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Confirmed &amp;on</source>
        <translation>पुष्टि की तिथि(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirmed &amp;by</source>
        <translation>पुष्टिकर्ता(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name and designation of who signed for the partner</source>
        <translation>साझेदार की ओर से हस्ताक्षर करने वाले का नाम और पदनाम</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note (e.g. letter number)</source>
        <translation>टिप्पणी (उदा. पत्र क्रमांक)(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record deletion</source>
        <translation>हटाया जाना दर्ज करें</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/action_item_dialogs.py" line="+116"/>
        <source>Escalate the action item</source>
        <translation>कार्रवाई बिंदु उच्च स्तर पर भेजें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Escalate</source>
        <translation>उच्च स्तर पर भेजें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated on</source>
        <translation>भेजने की तिथि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the meeting</source>
        <translation>किस बैठक में</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note (optional)</source>
        <translation>टिप्पणी (वैकल्पिक)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No meeting of the next level up over this item&apos;s unit is scheduled on or after %s; schedule one, then escalate.</source>
        <translation>इस बिंदु की इकाई से ऊपर के स्तर की कोई बैठक %s को या उसके बाद निर्धारित नहीं है; एक बैठक निर्धारित करें, फिर उच्च स्तर पर भेजें।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the meeting that takes the item up.</source>
        <translation>वह बैठक चुनें जिसमें इस बिंदु पर विचार होगा।</translation>
    </message>
</context>
<context>
    <name>EventWhen</name>
    <message>
        <location filename="../../desktop/ui/dialogs/cycle_dialog.py" line="-249"/>
        <source>no date yet</source>
        <translation>अभी कोई तिथि नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no time yet</source>
        <translation>अभी कोई समय नहीं</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>at</source>
        <translation>समय</translation>
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
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added</source>
        <translation>जोड़ा गया</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Evidence files</source>
        <translation>साक्ष्य फ़ाइलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add file…</source>
        <translation>फ़ाइल जोड़ें…(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op&amp;en</source>
        <translation>खोलें(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve</source>
        <translation>हटाएँ(&amp;V)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Evidence</source>
        <translation>साक्ष्य</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PDF, PNG or JPEG, up to %(file_size)s each, %(files)d files and %(total_size)s in all.</source>
        <translation>PDF, PNG या JPEG, प्रत्येक अधिकतम %(file_size)s, कुल %(files)d फ़ाइलें और %(total_size)s।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Photos and PDFs can be added once the nomination is saved. </source>
        <translation>नामांकन सहेजे जाने के बाद फ़ोटो और PDF जोड़े जा सकते हैं। </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept as soon as added, without Save. </source>
        <translation>जोड़ते ही सुरक्षित हो जाती हैं, सहेजें दबाने की आवश्यकता नहीं। </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add evidence</source>
        <translation>साक्ष्य जोड़ें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF or image (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>PDF या चित्र (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Remove evidence</source>
        <translation>साक्ष्य हटाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove “%(title)s” (%(file_name)s) from the nomination? The history keeps a record of it.</source>
        <translation>नामांकन से “%(title)s” (%(file_name)s) हटाएँ? इतिहास में इसका अभिलेख बना रहेगा।</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../desktop/services/exchange/catalogue.py" line="+59"/>
        <source>The school&apos;s 11-digit UDISE code</source>
        <translation>विद्यालय का 11 अंकों का UDISE कोड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the school</source>
        <translation>विद्यालय का नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <source>Name in the regional language</source>
        <translation>क्षेत्रीय भाषा में नाम</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+38"/>
        <source>Block</source>
        <translation>ब्लॉक</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Cluster</source>
        <translation>क्लस्टर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village or locality</source>
        <translation>गाँव या इलाका</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management (e.g. Department of Education)</source>
        <translation>प्रबंधन (उदा. शिक्षा विभाग)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>School category (e.g. primary with upper primary)</source>
        <translation>विद्यालय श्रेणी (उदा. उच्च प्राथमिक सहित प्राथमिक)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rural or urban</source>
        <translation>ग्रामीण या शहरी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN code</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium of instruction</source>
        <translation>शिक्षा का माध्यम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>अक्षांश</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>देशांतर</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+45"/>
        <source>The school&apos;s UDISE code</source>
        <translation>विद्यालय का UDISE कोड</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+21"/>
        <location line="+24"/>
        <source>Assessment round</source>
        <translation>आकलन चरण</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Students enrolled</source>
        <translation>नामांकित विद्यार्थी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boys enrolled</source>
        <translation>नामांकित छात्र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Girls enrolled</source>
        <translation>नामांकित छात्राएँ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average daily attendance, % of enrolment</source>
        <translation>औसत दैनिक उपस्थिति, नामांकन का %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teachers</source>
        <translation>शिक्षक</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>school, cluster or block</source>
        <translation>विद्यालय, क्लस्टर या ब्लॉक</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster (cluster and school rows)</source>
        <translation>क्लस्टर (क्लस्टर और विद्यालय पंक्तियाँ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UDISE code (school rows)</source>
        <translation>UDISE कोड (विद्यालय पंक्तियाँ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the school (school rows)</source>
        <translation>विद्यालय का नाम (विद्यालय पंक्तियाँ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <location filename="../../desktop/services/exchange/inbound_conflicts.py" line="+40"/>
        <source>Grade</source>
        <translation>कक्षा</translation>
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
        <translation>आकलित विद्यार्थी (नहीं दिखाए जाने पर खाली)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean score (blank when suppressed)</source>
        <translation>औसत अंक (नहीं दिखाए जाने पर खाली)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>% at grade level (blank when suppressed)</source>
        <translation>कक्षा स्तर पर % (नहीं दिखाए जाने पर खाली)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The student&apos;s pseudonym under this MoU (not the school&apos;s id)</source>
        <translation>इस MoU के अंतर्गत विद्यार्थी का छद्मनाम (विद्यालय की आईडी नहीं)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>F, M or O</source>
        <translation>F, M या O</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/services/exchange/inbound_conflicts.py" line="+2"/>
        <source>Score</source>
        <translation>अंक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning level</source>
        <translation>अधिगम स्तर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date assessed (DD/MM/YYYY)</source>
        <translation>आकलन तिथि (DD/MM/YYYY)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>नाम</translation>
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
        <translation>फ़ोन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/export.py" line="+76"/>
        <source>There is no MoU with the reference {reference!r}.</source>
        <translation>संदर्भ {reference!r} वाला कोई MoU नहीं है।</translation>
    </message>
    <message>
        <location line="+168"/>
        <location filename="../../desktop/services/exchange/return_package.py" line="+172"/>
        <source>Encrypting and writing</source>
        <translation>एन्क्रिप्ट करके लिखा जा रहा है</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../../desktop/services/exchange/return_package.py" line="+12"/>
        <source>Done</source>
        <translation>पूर्ण</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/fingerprints.py" line="+32"/>
        <source>Type or paste the partner&apos;s public key from their receipt.</source>
        <translation>साझेदार की पावती से उसकी सार्वजनिक कुंजी टाइप या पेस्ट करें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The public key has characters a key cannot have; copy it exactly as printed on the receipt (letters, digits, + / and = only).</source>
        <translation>सार्वजनिक कुंजी में ऐसे वर्ण हैं जो कुंजी में नहीं हो सकते; इसे पावती पर मुद्रित रूप में ही कॉपी करें (केवल अक्षर, अंक, + / और =)।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A public key is 44 characters ({bytes} bytes); this one is {count} bytes: a part is missing or extra.</source>
        <translation>सार्वजनिक कुंजी 44 वर्णों ({bytes} बाइट) की होती है; यह {count} बाइट की है: कोई भाग छूटा है या अतिरिक्त है।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/inbound_check.py" line="+148"/>
        <source>student name (as the office keeps it)</source>
        <translation>विद्यार्थी का नाम (जैसा कार्यालय में दर्ज है)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{count} student in {file} has an id this office did not give under MoU {reference} (the partner&apos;s own id, or a pseudonym of another MoU): their results are kept under the partner&apos;s ids, not linked to the office&apos;s students.</source>
        <translation>{file} में {count} विद्यार्थी की आईडी ऐसी है जो इस कार्यालय ने MoU {reference} के अंतर्गत नहीं दी (साझेदार की अपनी आईडी, या किसी अन्य MoU का छद्मनाम): उनके परिणाम साझेदार की आईडी के अंतर्गत रखे जाते हैं, कार्यालय के विद्यार्थियों से जोड़े नहीं जाते।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} students in {file} have an id this office did not give under MoU {reference} (the partner&apos;s own id, or a pseudonym of another MoU): their results are kept under the partner&apos;s ids, not linked to the office&apos;s students.</source>
        <translation>{file} में {count} विद्यार्थियों की आईडी ऐसी है जो इस कार्यालय ने MoU {reference} के अंतर्गत नहीं दी (साझेदार की अपनी आईडी, या किसी अन्य MoU का छद्मनाम): उनके परिणाम साझेदार की आईडी के अंतर्गत रखे जाते हैं, कार्यालय के विद्यार्थियों से जोड़े नहीं जाते।</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{count} row of {file} is about schools MoU {reference} does not cover.</source>
        <translation>{file} की {count} पंक्ति ऐसे विद्यालयों के बारे में है जो MoU {reference} के कवरेज में नहीं हैं।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} rows of {file} are about schools MoU {reference} does not cover.</source>
        <translation>{file} की {count} पंक्तियाँ ऐसे विद्यालयों के बारे में हैं जो MoU {reference} के कवरेज में नहीं हैं।</translation>
    </message>
    <message>
        <location line="+43"/>
        <location filename="../../desktop/services/exchange/package_reader.py" line="+260"/>
        <source>Checked</source>
        <translation>जाँचा गया</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/inbound_conflicts.py" line="-4"/>
        <source>School</source>
        <translation>विद्यालय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student name</source>
        <translation>विद्यार्थी का नाम</translation>
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
        <translation>आकलन तिथि</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blank</source>
        <translation>खाली</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{record}: the office has {office_value} (imported {day} by {operator}); the package has {package_value}.</source>
        <translation>{record}: कार्यालय में {office_value} है ({day} को {operator} द्वारा आयातित); पैकेज में {package_value} है।</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Student {student}, {subject}, school {school}</source>
        <translation>विद्यार्थी {student}, {subject}, विद्यालय {school}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>School {code} {name}</source>
        <translation>विद्यालय {code} {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/inbound_envelope.py" line="-51"/>
        <source>This package was made by this office for a partner; only packages from partners are imported.</source>
        <translation>यह पैकेज इस कार्यालय ने एक साझेदार के लिए बनाया था; केवल साझेदारों से आए पैकेज आयात किए जाते हैं।</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The key that signed {file} ({fingerprint}) is not registered.</source>
        <translation>{file} पर हस्ताक्षर करने वाली कुंजी ({fingerprint}) पंजीकृत नहीं है।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{file} refers to MoU {reference}, which is not in this office&apos;s MoU register. Check the reference with the partner; data comes back only under a registered MoU.</source>
        <translation>{file} MoU {reference} का उल्लेख करती है, जो इस कार्यालय के MoU रजिस्टर में नहीं है। साझेदार से संदर्भ की जाँच करें; डेटा केवल पंजीकृत MoU के अंतर्गत वापस आता है।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the assessment round these data belong to: the package names the round “{round}”, which this office does not have.</source>
        <translation>चुनें कि यह डेटा किस आकलन चरण का है: पैकेज में चरण “{round}” का नाम है, जो इस कार्यालय में नहीं है।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the assessment round these data belong to: the package does not name one.</source>
        <translation>चुनें कि यह डेटा किस आकलन चरण का है: पैकेज में किसी चरण का नाम नहीं है।</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{name} is not a package for the district (it is marked “{direction}”); only packages partners make for the office are imported.</source>
        <translation>{name} जिले के लिए पैकेज नहीं है (इस पर “{direction}” अंकित है); केवल वे पैकेज आयात किए जाते हैं जो साझेदार कार्यालय के लिए बनाते हैं।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is signed by {organisation} (key {fingerprint}), which is not a partner of MoU {reference} (its partners: {listed}). Only an MoU&apos;s partners return data under it.</source>
        <translation>{name} पर {organisation} (कुंजी {fingerprint}) के हस्ताक्षर हैं, जो MoU {reference} का साझेदार नहीं है (इसके साझेदार: {listed})। किसी MoU के अंतर्गत डेटा केवल उसके साझेदार ही लौटाते हैं।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} is not signed: it is the office&apos;s return template filled by the partner. Check with the partner that this is the file they sent.</source>
        <translation>{name} हस्ताक्षरित नहीं है: यह कार्यालय का वापसी टेम्पलेट है जिसे साझेदार ने भरा है। साझेदार से पुष्टि करें कि यही फ़ाइल उन्होंने भेजी है।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>MoU {reference} is {status}: it is not signed yet, so no data comes back under it.</source>
        <translation>MoU {reference} {status} है: इस पर अभी हस्ताक्षर नहीं हुए हैं, इसलिए इसके अंतर्गत कोई डेटा वापस नहीं आता।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MoU {reference} expired on {day}; the data is imported as the partner returned it under the MoU (an endline assessed before it ended, for example).</source>
        <translation>MoU {reference} की अवधि {day} को समाप्त हो गई; डेटा उसी रूप में आयात किया जाता है जैसा साझेदार ने MoU के अंतर्गत लौटाया (उदाहरण के लिए, अवधि समाप्ति से पहले किया गया एंडलाइन आकलन)।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>MoU {reference} was terminated on {day}; the data is imported as the partner returned it under the MoU.</source>
        <translation>MoU {reference} {day} को समाप्त किया गया; डेटा उसी रूप में आयात किया जाता है जैसा साझेदार ने MoU के अंतर्गत लौटाया।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MoU {reference} was terminated; the data is imported as the partner returned it under the MoU.</source>
        <translation>MoU {reference} समाप्त किया गया; डेटा उसी रूप में आयात किया जाता है जैसा साझेदार ने MoU के अंतर्गत लौटाया।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} holds data partners do not send back to the office: {shown}. Only these are imported: {allowed}. Ask the partner to make the package again without the others.</source>
        <translation>{name} में ऐसा डेटा है जो साझेदार कार्यालय को वापस नहीं भेजते: {shown}। केवल ये आयात किए जाते हैं: {allowed}। साझेदार से अन्य डेटा के बिना पैकेज दोबारा बनाने को कहें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} holds no tables to import.</source>
        <translation>{name} में आयात करने के लिए कोई तालिका नहीं है।</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This package ({package}) was already imported on {day} by {operator} (exchange log entry {entry}); importing it again changes nothing.</source>
        <translation>यह पैकेज ({package}) {day} को {operator} द्वारा पहले ही आयात किया जा चुका है (आदान-प्रदान लॉग प्रविष्टि {entry}); इसे दोबारा आयात करने से कुछ नहीं बदलता।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/inbound_tables.py" line="+89"/>
        <source>{path} cannot be imported: {detail}. The package was signed as it is, so the partner&apos;s software wrote it wrongly; ask the partner to make it again.</source>
        <translation>{path} आयात नहीं किया जा सकता: {detail}। पैकेज पर इसी रूप में हस्ताक्षर किए गए थे, अतः साझेदार के सॉफ़्टवेयर ने इसे गलत लिखा; साझेदार से इसे दोबारा बनाने को कहें।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>its manifest&apos;s creation time {value!r} is not a date and time with its zone</source>
        <translation>इसके मैनिफ़ेस्ट का निर्माण समय {value!r} समय क्षेत्र सहित दिनांक और समय नहीं है</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its manifest lists {category} but it holds no {file}</source>
        <translation>इसका मैनिफ़ेस्ट {category} सूचीबद्ध करता है, पर इसमें कोई {file} नहीं है</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file_name} is not a readable CSV table ({reason})</source>
        <translation>{file_name} पढ़ने योग्य CSV तालिका नहीं है ({reason})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>its manifest names no MoU</source>
        <translation>इसके मैनिफ़ेस्ट में किसी MoU का नाम नहीं है</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its manifest&apos;s round {round_name!r} is not a name</source>
        <translation>इसके मैनिफ़ेस्ट का चरण {round_name!r} कोई नाम नहीं है</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its manifest does not list its categories of data</source>
        <translation>इसका मैनिफ़ेस्ट इसके डेटा की श्रेणियाँ सूचीबद्ध नहीं करता</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>1 pre-filled row was left empty in {file}: nothing is imported for them.</source>
        <translation>{file} में 1 पहले से भरी पंक्ति खाली छोड़ी गई: उसके लिए कुछ भी आयात नहीं किया जाता।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} pre-filled rows were left empty in {file}: nothing is imported for them.</source>
        <translation>{file} में {count} पहले से भरी पंक्तियाँ खाली छोड़ी गईं: उनके लिए कुछ भी आयात नहीं किया जाता।</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>(column {position}, no header)</source>
        <translation>(कॉलम {position}, कोई शीर्षक नहीं)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is in the header twice</source>
        <translation>शीर्षक पंक्ति में दो बार है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each column once</source>
        <translation>हर कॉलम एक बार</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is not a column of {category}</source>
        <translation>{category} का कॉलम नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the columns {columns}</source>
        <translation>केवल कॉलम {columns}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is missing from the header</source>
        <translation>शीर्षक पंक्ति में नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the columns {columns}</source>
        <translation>कॉलम {columns}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>is another round than the package&apos;s ({expected}); a package returns one round</source>
        <translation>पैकेज के चरण ({expected}) से भिन्न चरण है; एक पैकेज एक ही चरण लौटाता है</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>has {count} cells; the header has {width} columns</source>
        <translation>इसमें {count} सेल हैं; शीर्षक पंक्ति में {width} कॉलम हैं</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one cell per column</source>
        <translation>हर कॉलम के लिए एक सेल</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/inbound_undo.py" line="+75"/>
        <location filename="../../desktop/services/exchange/log.py" line="+176"/>
        <location line="+100"/>
        <location filename="../../desktop/services/exchange/receipts.py" line="+24"/>
        <source>Exchange log entry</source>
        <translation>आदान-प्रदान लॉग प्रविष्टि</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exchange log entry {entry} is not an import; only imports can be undone.</source>
        <translation>आदान-प्रदान लॉग प्रविष्टि {entry} आयात नहीं है; केवल आयात पूर्ववत किए जा सकते हैं।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The import of {package} was already undone on {day} by {operator}.</source>
        <translation>{package} का आयात {day} को {operator} द्वारा पहले ही पूर्ववत किया जा चुका है।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/key_storage.py" line="+30"/>
        <source>Retire that key and sign again to create a new one, then give each partner a new hand-over receipt with the new key&apos;s fingerprint.</source>
        <translation>उस कुंजी को निष्क्रिय करें और नई कुंजी बनाने के लिए फिर से हस्ताक्षर करें, फिर हर साझेदार को नई कुंजी के फ़िंगरप्रिंट के साथ नई हस्तांतरण पावती दें।</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The private half of this office&apos;s signing key (fingerprint {fingerprint}) {problem}, so packages cannot be signed with it on this PC. {advice}</source>
        <translation>इस कार्यालय की हस्ताक्षर कुंजी (फ़िंगरप्रिंट {fingerprint}) का निजी भाग {problem}, इसलिए इस PC पर इससे पैकेजों पर हस्ताक्षर नहीं किए जा सकते। {advice}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This PC&apos;s keyring could not keep the office&apos;s signing key ({reason}). Type a passphrase of at least {least} characters to protect the key with instead; it will be asked for every time a package is signed.</source>
        <translation>इस PC की कीरिंग कार्यालय की हस्ताक्षर कुंजी नहीं रख सकी ({reason})। इसके बजाय कुंजी की सुरक्षा के लिए कम से कम {least} वर्णों का पासफ़्रेज़ टाइप करें; हर बार पैकेज पर हस्ताक्षर करते समय यह पूछा जाएगा।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This PC has no keyring to keep the office&apos;s signing key in, so the key is protected with a passphrase instead. Type a passphrase of at least {least} characters; it will be asked for every time a package is signed, so keep it where the office keeps its other passwords.</source>
        <translation>इस PC में कार्यालय की हस्ताक्षर कुंजी रखने के लिए कोई कीरिंग नहीं है, इसलिए कुंजी की सुरक्षा पासफ़्रेज़ से की जाती है। कम से कम {least} वर्णों का पासफ़्रेज़ टाइप करें; हर बार पैकेज पर हस्ताक्षर करते समय यह पूछा जाएगा, इसलिए इसे वहीं रखें जहाँ कार्यालय अपने अन्य पासवर्ड रखता है।</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The key passphrase must be at least {least} characters long; this one has {count}. A few unrelated words make a passphrase that is long and easy to remember.</source>
        <translation>कुंजी का पासफ़्रेज़ कम से कम {least} वर्णों का होना चाहिए; इसमें {count} हैं। कुछ असंबंधित शब्द मिलाकर लंबा और याद रखने में आसान पासफ़्रेज़ बनता है।</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the key read back from it was not the key written</source>
        <translation>उससे वापस पढ़ी गई कुंजी लिखी गई कुंजी नहीं थी</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>could not be read from this PC&apos;s keyring ({reason})</source>
        <translation>इस PC की कीरिंग से पढ़ा नहीं जा सका ({reason})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is not in this PC&apos;s keyring (the database may have been restored on another PC or under another Windows user)</source>
        <translation>इस PC की कीरिंग में नहीं है (हो सकता है डेटाबेस किसी अन्य PC पर या किसी अन्य Windows उपयोगकर्ता के अंतर्गत पुनर्स्थापित किया गया हो)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>in this PC&apos;s keyring is damaged</source>
        <translation>इस PC की कीरिंग में क्षतिग्रस्त है</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The office&apos;s signing key (fingerprint {fingerprint}) is protected with a passphrase: type the key passphrase to sign the package.</source>
        <translation>कार्यालय की हस्ताक्षर कुंजी (फ़िंगरप्रिंट {fingerprint}) पासफ़्रेज़ से सुरक्षित है: पैकेज पर हस्ताक्षर करने के लिए कुंजी का पासफ़्रेज़ टाइप करें।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>That is not the passphrase of this office&apos;s signing key (fingerprint {fingerprint}). Check Caps Lock and the keyboard language, and type it again.</source>
        <translation>यह इस कार्यालय की हस्ताक्षर कुंजी (फ़िंगरप्रिंट {fingerprint}) का पासफ़्रेज़ नहीं है। Caps Lock और कीबोर्ड की भाषा जाँचें, और फिर से टाइप करें।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/keys.py" line="+176"/>
        <location filename="../../desktop/services/exchange/partner_keys.py" line="+50"/>
        <source>The label is {count} characters long; at most {limit} fit.</source>
        <translation>लेबल {count} वर्णों का है; अधिकतम {limit} आ सकते हैं।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This office already has a signing key (fingerprint {fingerprint}). Retire it first to create a new one.</source>
        <translation>इस कार्यालय के पास पहले से हस्ताक्षर कुंजी है (फ़िंगरप्रिंट {fingerprint})। नई कुंजी बनाने के लिए पहले उसे निष्क्रिय करें।</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>in this PC&apos;s keyring belongs to a different key</source>
        <translation>इस PC की कीरिंग में किसी अन्य कुंजी का है</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This office has no active signing key to retire; the next package signed creates one.</source>
        <translation>इस कार्यालय के पास निष्क्रिय करने के लिए कोई सक्रिय हस्ताक्षर कुंजी नहीं है; अगले पैकेज पर हस्ताक्षर करते समय एक कुंजी बन जाएगी।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Give the reason for retiring the key (for example: the PC was replaced, or the key may have been seen by someone else). It is kept with the key.</source>
        <translation>कुंजी निष्क्रिय करने का कारण दें (उदाहरण: PC बदला गया, या कुंजी किसी अन्य व्यक्ति ने देखी हो सकती है)। यह कुंजी के साथ रखा जाता है।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/log.py" line="-245"/>
        <source>Sent to partner</source>
        <translation>साझेदार को भेजा गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received from partner</source>
        <translation>साझेदार से प्राप्त</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import undone</source>
        <translation>आयात पूर्ववत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return template</source>
        <translation>वापसी टेम्पलेट</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Deleted (confirmed {day})</source>
        <translation>हटाया गया ({day} को पुष्टि)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Past keep-until ({day}): ask for deletion</source>
        <translation>रखने की अवधि ({day}) बीत गई: हटाने का अनुरोध करें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Held until {day}</source>
        <translation>{day} तक रखा गया</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Type the school&apos;s UDISE code.</source>
        <translation>विद्यालय का UDISE कोड टाइप करें।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type the student&apos;s id as the office keeps it.</source>
        <translation>विद्यार्थी की आईडी टाइप करें जैसी कार्यालय में दर्ज है।</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Say who confirmed the deletion for the partner (name and designation).</source>
        <translation>बताएँ कि साझेदार की ओर से हटाए जाने की पुष्टि किसने की (नाम और पदनाम)।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The confirmation date {day} is after today ({today}).</source>
        <translation>पुष्टि की तिथि {day} आज ({today}) के बाद की है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only packages sent to a partner, and return templates given to one, have data to delete.</source>
        <translation>केवल साझेदार को भेजे गए पैकेज, और साझेदार को दिए गए वापसी टेम्पलेट में ही हटाने योग्य डेटा होता है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The confirmation date {day} is before the package {package} was sent ({sent}).</source>
        <translation>पुष्टि की तिथि {day} पैकेज {package} भेजे जाने ({sent}) से पहले की है।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The deletion of {package} was already confirmed on {day} by {person}.</source>
        <translation>{package} के हटाए जाने की पुष्टि {day} को {person} द्वारा पहले ही की जा चुकी है।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/package.py" line="+163"/>
        <source>The drive holding {folder} has {free} free; the package needs about {needed}. Free some space or choose another drive.</source>
        <translation>{folder} वाली ड्राइव में {free} खाली है; पैकेज को लगभग {needed} चाहिए। कुछ जगह खाली करें या दूसरी ड्राइव चुनें।</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{folder} already holds a file named {file}; it was left as it is. Choose another name or drive.</source>
        <translation>{folder} में {file} नाम की फ़ाइल पहले से है; उसे जैसा था वैसा ही छोड़ा गया। दूसरा नाम या ड्राइव चुनें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Encrypting</source>
        <translation>एन्क्रिप्ट किया जा रहा है</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing</source>
        <translation>लिखा जा रहा है</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{folder} cannot be written to ({reason}).</source>
        <translation>{folder} में लिखा नहीं जा सकता ({reason})।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking the written package</source>
        <translation>लिखे गए पैकेज की जाँच की जा रही है</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} appeared in {folder} while the package was written; it was left as it is.</source>
        <translation>पैकेज लिखते समय {folder} में {file} आ गई; उसे जैसा था वैसा ही छोड़ा गया।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The package could not be written to {folder} ({reason}): the drive may be full or have been removed. Nothing was left on it; try again.</source>
        <translation>पैकेज {folder} में नहीं लिखा जा सका ({reason}): हो सकता है ड्राइव भर गई हो या निकाल दी गई हो। उस पर कुछ भी नहीं छोड़ा गया; फिर से प्रयास करें।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Written</source>
        <translation>लिखा गया</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>its bytes differ from those written</source>
        <translation>इसके बाइट लिखे गए बाइट से भिन्न हैं</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The package written to {folder} did not read back as written ({problem}), so it was removed. The drive may be failing: try again, or use another drive.</source>
        <translation>{folder} में लिखा गया पैकेज लिखे गए रूप में वापस नहीं पढ़ा गया ({problem}), इसलिए उसे हटा दिया गया। हो सकता है ड्राइव खराब हो रही हो: फिर से प्रयास करें, या दूसरी ड्राइव का उपयोग करें।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{folder} already exists and is not empty; choose another folder, so that nothing in it is overwritten.</source>
        <translation>{folder} पहले से मौजूद है और खाली नहीं है; दूसरा फ़ोल्डर चुनें, ताकि उसमें कुछ भी अधिलेखित न हो।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/package_layout.py" line="+86"/>
        <source>a file needs a name</source>
        <translation>फ़ाइल का नाम आवश्यक है</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>{name!r} is not a plain file name</source>
        <translation>{name!r} साधारण फ़ाइल नाम नहीं है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name!r} is a device name on Windows</source>
        <translation>{name!r} Windows में डिवाइस का नाम है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name!r} is the package&apos;s own file</source>
        <translation>{name!r} पैकेज की अपनी फ़ाइल है</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/package_manifest.py" line="+54"/>
        <source>its manifest.json is not readable: {reason}</source>
        <translation>इसकी manifest.json पढ़ी नहीं जा सकती: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its manifest.json is not an exchange manifest</source>
        <translation>इसकी manifest.json आदान-प्रदान मैनिफ़ेस्ट नहीं है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its manifest.json names no package format version</source>
        <translation>इसकी manifest.json में पैकेज प्रारूप का संस्करण नहीं है</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>was made by a newer version of District Collective Desk (package format {version}); this version reads format {supported}</source>
        <translation>District Collective Desk के नए संस्करण से बनाया गया था (पैकेज प्रारूप {version}); यह संस्करण प्रारूप {supported} पढ़ता है</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>uses package format {version}; this version reads format {supported}</source>
        <translation>पैकेज प्रारूप {version} का उपयोग करता है; यह संस्करण प्रारूप {supported} पढ़ता है</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its manifest.json has no package id</source>
        <translation>इसकी manifest.json में पैकेज आईडी नहीं है</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its manifest.json does not name its signer</source>
        <translation>इसकी manifest.json में हस्ताक्षरकर्ता का नाम नहीं है</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is signed with {algorithm!r}, which this version cannot check</source>
        <translation>{algorithm!r} से हस्ताक्षरित है, जिसे यह संस्करण जाँच नहीं सकता</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the signer&apos;s public key in its manifest.json is not a key</source>
        <translation>इसकी manifest.json में हस्ताक्षरकर्ता की सार्वजनिक कुंजी कोई कुंजी नहीं है</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the signer&apos;s fingerprint in its manifest.json is not its key&apos;s</source>
        <translation>इसकी manifest.json में हस्ताक्षरकर्ता का फ़िंगरप्रिंट उसकी कुंजी का नहीं है</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>its manifest.json does not list its files</source>
        <translation>इसकी manifest.json इसकी फ़ाइलें सूचीबद्ध नहीं करती</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an entry of its manifest.json&apos;s file list is malformed</source>
        <translation>इसकी manifest.json की फ़ाइल सूची की एक प्रविष्टि त्रुटिपूर्ण है</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its manifest.json lists a file it cannot hold ({problem})</source>
        <translation>इसकी manifest.json ऐसी फ़ाइल सूचीबद्ध करती है जो इसमें नहीं हो सकती ({problem})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its manifest.json lists a file name twice</source>
        <translation>इसकी manifest.json एक फ़ाइल नाम दो बार सूचीबद्ध करती है</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its manifest.json does not say how it is encrypted</source>
        <translation>इसकी manifest.json यह नहीं बताती कि यह कैसे एन्क्रिप्ट किया गया है</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is encrypted as {cipher!r} in chunks of {chunk_size!r} bytes, which this version cannot read ({expected_cipher}, {expected_chunk})</source>
        <translation>{cipher!r} के रूप में {chunk_size!r} बाइट के खंडों में एन्क्रिप्ट किया गया है, जिसे यह संस्करण नहीं पढ़ सकता ({expected_cipher}, {expected_chunk})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>its manifest.json does not give the encrypted payload&apos;s hash and size</source>
        <translation>इसकी manifest.json एन्क्रिप्टेड डेटा का हैश और आकार नहीं देती</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file} asks for a costlier unlocking than this version allows, so it was not attempted: {reason} Ask the sender to write it again with the standard settings.</source>
        <translation>{file} को खोलने के लिए इस संस्करण की अनुमति से अधिक संसाधन चाहिए, इसलिए प्रयास नहीं किया गया: {reason} भेजने वाले से इसे मानक सेटिंग्स के साथ दोबारा लिखने को कहें।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is locked in a way this version cannot unlock: {reason}</source>
        <translation>ऐसे तरीके से लॉक है जिसे यह संस्करण नहीं खोल सकता: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/package_reader.py" line="-166"/>
        <source>it holds {contents}</source>
        <translation>इसमें {contents} है</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{member} is not stored as a package stores it</source>
        <translation>{member} उस रूप में संग्रहीत नहीं है जैसे पैकेज संग्रहीत करता है</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{member} is larger than a package&apos;s can be</source>
        <translation>{member} पैकेज की सीमा से बड़ी है</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its zip structure cannot be read: {reason}</source>
        <translation>इसकी zip संरचना पढ़ी नहीं जा सकती: {reason}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the files inside are not the ones its manifest lists</source>
        <translation>अंदर की फ़ाइलें वे नहीं हैं जो इसका मैनिफ़ेस्ट सूचीबद्ध करता है</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not the {size:,} bytes its manifest says</source>
        <translation>{name} उतने {size:,} बाइट की नहीं है जितना इसका मैनिफ़ेस्ट बताता है</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} does not match the SHA-256 in its manifest</source>
        <translation>{name} इसके मैनिफ़ेस्ट के SHA-256 से मेल नहीं खाती</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the files inside cannot be unpacked: {reason}</source>
        <translation>अंदर की फ़ाइलें निकाली नहीं जा सकतीं: {reason}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checking the signature</source>
        <translation>हस्ताक्षर की जाँच की जा रही है</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} was signed by a key this office has not registered (fingerprint {fingerprint}). Register the partner&apos;s key from their hand-over receipt on the Exchange page first.</source>
        <translation>{file} पर ऐसी कुंजी के हस्ताक्षर हैं जिसे इस कार्यालय ने पंजीकृत नहीं किया है (फ़िंगरप्रिंट {fingerprint})। पहले आदान-प्रदान पृष्ठ पर साझेदार की हस्तांतरण पावती से उसकी कुंजी पंजीकृत करें।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file} does not carry a valid signature of key {fingerprint}: its manifest was changed after it was signed, or signed by another key. Nothing was opened; ask the sender for a fresh copy.</source>
        <translation>{file} पर कुंजी {fingerprint} के मान्य हस्ताक्षर नहीं हैं: इसके मैनिफ़ेस्ट को हस्ताक्षर के बाद बदला गया, या किसी अन्य कुंजी से हस्ताक्षर किए गए। कुछ भी नहीं खोला गया; भेजने वाले से नई प्रति माँगें।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>README.txt is not UTF-8 text</source>
        <translation>README.txt UTF-8 पाठ नहीं है</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the zip around the signed parts is not laid out as a package is</source>
        <translation>हस्ताक्षरित भागों के चारों ओर की zip पैकेज की तरह व्यवस्थित नहीं है</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>README.txt does not match the SHA-256 in its manifest</source>
        <translation>README.txt इसके मैनिफ़ेस्ट के SHA-256 से मेल नहीं खाती</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>payload.enc does not match the SHA-256 and size in its manifest</source>
        <translation>payload.enc इसके मैनिफ़ेस्ट के SHA-256 और आकार से मेल नहीं खाती</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlocking</source>
        <translation>खोला जा रहा है</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The passphrase is not the one {file} was locked with; nothing was opened. Check it with the person who sent the package: it is given separately from the drive.</source>
        <translation>यह वह पासफ़्रेज़ नहीं है जिससे {file} को लॉक किया गया था; कुछ भी नहीं खोला गया। पैकेज भेजने वाले व्यक्ति से इसकी जाँच करें: यह ड्राइव से अलग दिया जाता है।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking the files</source>
        <translation>फ़ाइलों की जाँच की जा रही है</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/package_refusals.py" line="+37"/>
        <source>{file} is not a District Collective Desk exchange package ({detail}). Choose the package file exactly as it was handed over.</source>
        <translation>{file} District Collective Desk का आदान-प्रदान पैकेज नहीं है ({detail})। पैकेज फ़ाइल ठीक वैसी ही चुनें जैसी सौंपी गई थी।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} is damaged or incomplete ({detail}): it may have been copied only in part, or the drive removed while it was written. Nothing was opened; ask the sender for a fresh copy.</source>
        <translation>{file} क्षतिग्रस्त या अधूरी है ({detail}): हो सकता है इसे आंशिक रूप से ही कॉपी किया गया हो, या लिखते समय ड्राइव निकाल दी गई हो। कुछ भी नहीं खोला गया; भेजने वाले से नई प्रति माँगें।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} was changed or damaged after it was signed: {detail}. Nothing was opened; ask the sender for a fresh copy.</source>
        <translation>{file} हस्ताक्षर के बाद बदली गई या क्षतिग्रस्त हुई: {detail}। कुछ भी नहीं खोला गया; भेजने वाले से नई प्रति माँगें।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} {detail}. Update District Collective Desk, or ask the sender to write the package again with the version this office uses.</source>
        <translation>{file} {detail}। District Collective Desk को अपडेट करें, या भेजने वाले से पैकेज को इस कार्यालय के संस्करण से दोबारा लिखने को कहें।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/partner_keys.py" line="+49"/>
        <source>Key</source>
        <translation>कुंजी</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key {fingerprint} is this office&apos;s own signing key, not a partner&apos;s; retire it with the office&apos;s key instead.</source>
        <translation>कुंजी {fingerprint} इस कार्यालय की अपनी हस्ताक्षर कुंजी है, साझेदार की नहीं; इसे कार्यालय की कुंजी के साथ निष्क्रिय करें।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{organisation}&apos;s key {fingerprint} was already retired on {day} ({reason}).</source>
        <translation>{organisation} की कुंजी {fingerprint} {day} को पहले ही निष्क्रिय की जा चुकी है ({reason})।</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{organisation} has {count} exchange key registered from its receipts; packages it signed are known by it, so the organisation cannot be deleted.</source>
        <translation>{organisation} की पावतियों से {count} आदान-प्रदान कुंजी पंजीकृत है; इसके हस्ताक्षरित पैकेज इसी से पहचाने जाते हैं, इसलिए संस्था को हटाया नहीं जा सकता।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{organisation} has {count} exchange keys registered from its receipts; packages it signed are known by them, so the organisation cannot be deleted.</source>
        <translation>{organisation} की पावतियों से {count} आदान-प्रदान कुंजियाँ पंजीकृत हैं; इसके हस्ताक्षरित पैकेज इन्हीं से पहचाने जाते हैं, इसलिए संस्था को हटाया नहीं जा सकता।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is this office&apos;s own signing key (fingerprint {fingerprint}), in use since {since}, not a partner&apos;s key. Copy the key from the partner&apos;s receipt.</source>
        <translation>यह इस कार्यालय की अपनी हस्ताक्षर कुंजी है (फ़िंगरप्रिंट {fingerprint}), {since} से उपयोग में, साझेदार की कुंजी नहीं। साझेदार की पावती से कुंजी कॉपी करें।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>organisation #{number}</source>
        <translation>संस्था #{number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This key (fingerprint {fingerprint}) is already registered for {organisation} since {since}.</source>
        <translation>यह कुंजी (फ़िंगरप्रिंट {fingerprint}) {since} से {organisation} के लिए पहले से पंजीकृत है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It was retired on {day} ({reason}), and a retired key cannot be registered again: ask the partner for their new key.</source>
        <translation>इसे {day} को निष्क्रिय किया गया था ({reason}), और निष्क्रिय कुंजी फिर से पंजीकृत नहीं की जा सकती: साझेदार से उनकी नई कुंजी माँगें।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/receipts.py" line="+3"/>
        <source>A return template has no hand-over receipt: it is not signed, so there is no key for the partner to check. Its file name, SHA-256 and size are in the log&apos;s details.</source>
        <translation>वापसी टेम्पलेट की कोई हस्तांतरण पावती नहीं होती: यह हस्ताक्षरित नहीं है, इसलिए साझेदार के जाँचने के लिए कोई कुंजी नहीं है। इसकी फ़ाइल का नाम, SHA-256 और आकार लॉग के विवरण में हैं।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A hand-over receipt is printed for packages sent to a partner.</source>
        <translation>हस्तांतरण पावती साझेदार को भेजे गए पैकेजों के लिए मुद्रित की जाती है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The signing key {fingerprint} of this package is not in the database.</source>
        <translation>इस पैकेज की हस्ताक्षर कुंजी {fingerprint} डेटाबेस में नहीं है।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/return_package.py" line="-143"/>
        <source>Give your organisation&apos;s name, as the office knows it: the package says who sent it.</source>
        <translation>अपनी संस्था का नाम दें, जैसा कार्यालय उसे जानता है: पैकेज बताता है कि इसे किसने भेजा।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The organisation&apos;s name is {count} characters long; at most {limit} fit.</source>
        <translation>संस्था का नाम {count} वर्णों का है; अधिकतम {limit} आ सकते हैं।</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{file} has nothing filled in: its {count} pre-filled row has no score, level or school figures yet. Fill in the results before making the return package.</source>
        <translation>{file} में कुछ भी नहीं भरा गया है: इसकी {count} पहले से भरी पंक्ति में अभी अंक, स्तर या विद्यालय के आँकड़े नहीं हैं। वापसी पैकेज बनाने से पहले परिणाम भरें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} has nothing filled in: its {count} pre-filled rows have no score, level or school figures yet. Fill in the results before making the return package.</source>
        <translation>{file} में कुछ भी नहीं भरा गया है: इसकी {count} पहले से भरी पंक्तियों में अभी अंक, स्तर या विद्यालय के आँकड़े नहीं हैं। वापसी पैकेज बनाने से पहले परिणाम भरें।</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Reading the template</source>
        <translation>टेम्पलेट पढ़ा जा रहा है</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/return_template.py" line="+109"/>
        <source>MoU {reference} covers no schools today: a return template would have no school to return data about.</source>
        <translation>MoU {reference} आज किसी विद्यालय को कवर नहीं करता: वापसी टेम्पलेट में डेटा लौटाने के लिए कोई विद्यालय नहीं होगा।</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Give the name of the round the partner returns data for.</source>
        <translation>उस चरण का नाम दें जिसके लिए साझेदार डेटा लौटाएगा।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The round&apos;s name is {count} characters long; at most {limit} fit.</source>
        <translation>चरण का नाम {count} वर्णों का है; अधिकतम {limit} आ सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/return_template_export.py" line="+180"/>
        <source>The folder {folder} does not exist (is the drive plugged in?). Choose another place; nothing was written.</source>
        <translation>फ़ोल्डर {folder} मौजूद नहीं है (क्या ड्राइव लगी है?)। दूसरा स्थान चुनें; कुछ भी नहीं लिखा गया।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{folder} cannot be written to. Choose another folder; nothing was written.</source>
        <translation>{folder} में लिखा नहीं जा सकता। दूसरा फ़ोल्डर चुनें; कुछ भी नहीं लिखा गया।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{folder} already holds a file named {file}; it was left as it is. Choose another name, so that a template already given to a partner is not replaced.</source>
        <translation>{folder} में {file} नाम की फ़ाइल पहले से है; उसे जैसा था वैसा ही छोड़ा गया। दूसरा नाम चुनें, ताकि साझेदार को पहले दिया गया टेम्पलेट बदल न जाए।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{file} appeared in {folder} while the template was written.</source>
        <translation>टेम्पलेट लिखते समय {folder} में {file} आ गई।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The template could not be written to {folder} ({reason}): the drive may be full or have been removed. Nothing was left on it and nothing was recorded.</source>
        <translation>टेम्पलेट {folder} में नहीं लिखा जा सका ({reason}): हो सकता है ड्राइव भर गई हो या निकाल दी गई हो। उस पर कुछ भी नहीं छोड़ा गया और कुछ भी दर्ज नहीं किया गया।</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Building the workbook</source>
        <translation>वर्कबुक बनाई जा रही है</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing the file</source>
        <translation>फ़ाइल लिखी जा रही है</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/return_template_marks.py" line="+24"/>
        <source>format</source>
        <translation>प्रारूप</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version</source>
        <translation>संस्करण</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/services/exchange/return_template_reader.py" line="+134"/>
        <source>template id</source>
        <translation>टेम्पलेट आईडी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MoU reference</source>
        <translation>MoU संदर्भ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>round</source>
        <translation>चरण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>office</source>
        <translation>कार्यालय</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the template workbook the office made for this return, filled in without renaming anything</source>
        <translation>इस वापसी के लिए कार्यालय द्वारा बनाई गई टेम्पलेट वर्कबुक, बिना कुछ नाम बदले भरी हुई</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/return_template_reader.py" line="-54"/>
        <source>is damaged and its sheet {sheet} cannot be read ({reason})</source>
        <translation>क्षतिग्रस्त है और इसकी शीट {sheet} पढ़ी नहीं जा सकती ({reason})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>is not a return template of this app: {why}</source>
        <translation>इस ऐप का वापसी टेम्पलेट नहीं है: {why}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it has no About sheet</source>
        <translation>इसमें About शीट नहीं है</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>its About sheet does not carry the template&apos;s marks</source>
        <translation>इसकी About शीट पर टेम्पलेट के चिह्न नहीं हैं</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is of version {version}, which this version of the app does not read (it reads version {supported})</source>
        <translation>यह संस्करण {version} का है, जिसे ऐप का यह संस्करण नहीं पढ़ता (यह संस्करण {supported} पढ़ता है)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the {marks} on its About sheet was changed or removed</source>
        <translation>इसकी About शीट पर {marks} बदला या हटाया गया</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>only the template&apos;s headings: {headings}</source>
        <translation>केवल टेम्पलेट के शीर्षक: {headings}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>column {letter}</source>
        <translation>कॉलम {letter}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has values but no heading</source>
        <translation>में मान हैं पर शीर्षक नहीं है</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(column {letter}) is not a heading of this template</source>
        <translation>(कॉलम {letter}) इस टेम्पलेट का शीर्षक नहीं है</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(column {letter}) is a second column with this heading</source>
        <translation>(कॉलम {letter}) इसी शीर्षक वाला दूसरा कॉलम है</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is missing: the heading was renamed or the column deleted</source>
        <translation>नहीं है: शीर्षक का नाम बदला गया या कॉलम हटाया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the heading &quot;{column}&quot; as the template had it</source>
        <translation>शीर्षक &quot;{column}&quot; जैसा टेम्पलेट में था</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>is not this template&apos;s round</source>
        <translation>इस टेम्पलेट का चरण नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{round}, or the cell left empty</source>
        <translation>{round}, या सेल खाली छोड़ा गया</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>is not a workbook</source>
        <translation>वर्कबुक नहीं है</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is missing: the sheet was renamed or deleted</source>
        <translation>नहीं है: शीट का नाम बदला गया या उसे हटाया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the template&apos;s sheets with their names unchanged (sheets not of the template: {others})</source>
        <translation>टेम्पलेट की शीट, उनके नाम बदले बिना (जो शीट टेम्पलेट की नहीं हैं: {others})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the template&apos;s sheets with their names unchanged</source>
        <translation>टेम्पलेट की शीट, उनके नाम बदले बिना</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/scope.py" line="+124"/>
        <source>MoU {reference} has no data-sharing terms: it allows no data to leave the office.</source>
        <translation>MoU {reference} में डेटा साझाकरण की शर्तें नहीं हैं: इसके अंतर्गत कोई डेटा कार्यालय से बाहर नहीं जा सकता।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>MoU {reference} covers no schools today: there is nothing to share.</source>
        <translation>MoU {reference} आज किसी विद्यालय को कवर नहीं करता: साझा करने के लिए कुछ नहीं है।</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>MoU {reference}</source>
        <translation>MoU {reference}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{reference} is {status}: it is not signed yet, so no data can be shared under it.</source>
        <translation>{reference} {status} है: इस पर अभी हस्ताक्षर नहीं हुए हैं, इसलिए इसके अंतर्गत कोई डेटा साझा नहीं किया जा सकता।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{reference} was terminated on {day}; no data can be shared under it.</source>
        <translation>{reference} {day} को समाप्त किया गया; इसके अंतर्गत कोई डेटा साझा नहीं किया जा सकता।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{reference} was terminated; no data can be shared under it.</source>
        <translation>{reference} समाप्त किया गया; इसके अंतर्गत कोई डेटा साझा नहीं किया जा सकता।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{reference} expired on {day}; no data can be shared under it (renew it to share data again).</source>
        <translation>{reference} की अवधि {day} को समाप्त हो गई; इसके अंतर्गत कोई डेटा साझा नहीं किया जा सकता (डेटा फिर से साझा करने के लिए इसका नवीनीकरण करें)।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{reference} expired on {day}; no data can be shared under it (extend it by an amendment or renew it to share data again).</source>
        <translation>{reference} की अवधि {day} को समाप्त हो गई; इसके अंतर्गत कोई डेटा साझा नहीं किया जा सकता (डेटा फिर से साझा करने के लिए संशोधन द्वारा इसकी अवधि बढ़ाएँ या नवीनीकरण करें)।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{reference} is signed but not yet active; activate it (from {day}) before sharing data under it.</source>
        <translation>{reference} हस्ताक्षरित है पर अभी सक्रिय नहीं है; इसके अंतर्गत डेटा साझा करने से पहले इसे ({day} से) सक्रिय करें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{reference} starts on {day}; no data can be shared under it before then.</source>
        <translation>{reference} {day} से आरंभ होता है; उससे पहले इसके अंतर्गत कोई डेटा साझा नहीं किया जा सकता।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose at least one category of data to share.</source>
        <translation>साझा करने के लिए डेटा की कम से कम एक श्रेणी चुनें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{code}&apos; is not a category of data; MoU {reference} allows: {allowed}.</source>
        <translation>‘{code}’ डेटा की कोई श्रेणी नहीं है; MoU {reference} इनकी अनुमति देता है: {allowed}।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The data-sharing terms of MoU {reference} do not allow {label}; they allow: {allowed}.</source>
        <translation>MoU {reference} की डेटा साझाकरण शर्तें {label} की अनुमति नहीं देतीं; वे इनकी अनुमति देती हैं: {allowed}।</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose at least one assessment round to share.</source>
        <translation>साझा करने के लिए कम से कम एक आकलन चरण चुनें।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Assessment round #{number} no longer exists; it may have been deleted. Choose the rounds again.</source>
        <translation>आकलन चरण #{number} अब मौजूद नहीं है; हो सकता है उसे हटा दिया गया हो। चरण फिर से चुनें।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/sealing.py" line="+86"/>
        <source>The key derivation {name!r} is not one this version knows (scrypt).</source>
        <translation>कुंजी व्युत्पत्ति {name!r} इस संस्करण को ज्ञात नहीं है (scrypt)।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key derivation&apos;s {field} is {value!r}, not a whole number.</source>
        <translation>कुंजी व्युत्पत्ति का {field} {value!r} है, पूर्ण संख्या नहीं।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key derivation asks for scrypt {field}={value}; at most {field}={highest} is allowed, so that opening a package cannot stall the computer.</source>
        <translation>कुंजी व्युत्पत्ति scrypt {field}={value} माँगती है; अधिकतम {field}={highest} की अनुमति है, ताकि पैकेज खोलते समय कंप्यूटर रुक न जाए।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The key derivation asks for scrypt {field}={value}; at least {field}={lowest} is needed for a passphrase to resist guessing.</source>
        <translation>कुंजी व्युत्पत्ति scrypt {field}={value} माँगती है; पासफ़्रेज़ को अनुमान से बचाने के लिए कम से कम {field}={lowest} आवश्यक है।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The key derivation&apos;s n={value} is not a power of two.</source>
        <translation>कुंजी व्युत्पत्ति का n={value} दो की घात नहीं है।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The key derivation&apos;s salt is not {count} bytes of base64.</source>
        <translation>कुंजी व्युत्पत्ति का salt base64 के {count} बाइट नहीं है।</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The passphrase needs at least {least} characters; this one has {length}. The package may pass through many computers, and a short passphrase can be found by a program trying every combination. Use the suggested one, or a longer phrase.</source>
        <translation>पासफ़्रेज़ में कम से कम {least} वर्ण आवश्यक हैं; इसमें {length} हैं। पैकेज कई कंप्यूटरों से होकर जा सकता है, और हर संयोजन आज़माने वाला प्रोग्राम छोटा पासफ़्रेज़ खोज सकता है। सुझाया गया पासफ़्रेज़ या कोई लंबा वाक्यांश उपयोग करें।</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The encrypted data does not start with its header.</source>
        <translation>एन्क्रिप्टेड डेटा अपने हेडर से आरंभ नहीं होता।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key does not open the encrypted data.</source>
        <translation>कुंजी से एन्क्रिप्टेड डेटा नहीं खुलता।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The encrypted data ends part-way through a chunk.</source>
        <translation>एन्क्रिप्टेड डेटा किसी खंड के बीच में समाप्त हो जाता है।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Part {part} of {count} of the encrypted data does not authenticate: it was damaged, cut short, reordered, or has bytes after its end.</source>
        <translation>एन्क्रिप्टेड डेटा के {count} में से भाग {part} का प्रमाणीकरण नहीं होता: यह क्षतिग्रस्त है, अधूरा है, क्रम बदला गया है, या इसके अंत के बाद बाइट हैं।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/tables.py" line="+328"/>
        <source>Table {number} of {total}: {category}</source>
        <translation>तालिका {total} में से {number}: {category}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tables ready</source>
        <translation>तालिकाएँ तैयार</translation>
    </message>
</context>
<context>
    <name>ExchangeKeysTab</name>
    <message>
        <location filename="../../desktop/ui/pages/exchange_keys_tab.py" line="+48"/>
        <source>This office has no signing key yet. One is created at the first export, or now with Create key…</source>
        <translation>इस कार्यालय की अभी कोई हस्ताक्षर कुंजी नहीं है। यह पहले निर्यात पर बनती है, या अभी कुंजी बनाएँ… से बनाई जा सकती है।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Copy</source>
        <translation>कॉपी करें(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the public key, to send it to a partner</source>
        <translation>साझेदार को भेजने के लिए सार्वजनिक कुंजी कॉपी करें</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create &amp;key…</source>
        <translation>कुंजी बनाएँ…(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;place key…</source>
        <translation>कुंजी बदलें…(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This office&apos;s signing key</source>
        <translation>इस कार्यालय की हस्ताक्षर कुंजी</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>Fingerprint</source>
        <translation>फ़िंगरप्रिंट</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Public key</source>
        <translation>सार्वजनिक कुंजी</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Register partner key…</source>
        <translation>साझेदार की कुंजी पंजीकृत करें…(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;tire…</source>
        <translation>निष्क्रिय करें…(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show retired keys</source>
        <translation>निष्क्रिय कुंजियाँ दिखाएँ(&amp;S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organisation</source>
        <translation>संस्था</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>लेबल</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registered on</source>
        <translation>पंजीकरण तिथि</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>द्वारा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retired on</source>
        <translation>निष्क्रिय करने की तिथि</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Partners&apos; keys (packages from partners must be signed with one of these)</source>
        <translation>साझेदारों की कुंजियाँ (साझेदारों के पैकेज इनमें से किसी एक से हस्ताक्षरित होने चाहिए)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Created on %s</source>
        <translation>%s को बनाई गई</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created on %(date)s by %(who)s</source>
        <translation>%(date)s को %(who)s द्वारा बनाई गई</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Earlier keys, still trusted for the packages they signed: %s</source>
        <translation>पुरानी कुंजियाँ, जिनके हस्ताक्षरित पैकेजों पर अब भी भरोसा किया जाता है: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%(fingerprint)s (retired %(date)s: %(reason)s)</source>
        <translation>%(fingerprint)s (%(date)s को निष्क्रिय: %(reason)s)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The private key is protected by a passphrase, asked for at every export.</source>
        <translation>निजी कुंजी एक पासफ़्रेज़ से सुरक्षित है, जो प्रत्येक निर्यात पर पूछा जाता है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The private key is kept by Windows Credential Manager on this PC.</source>
        <translation>निजी कुंजी इस PC पर Windows Credential Manager में रखी गई है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The private key is kept by the system keyring on this PC.</source>
        <translation>निजी कुंजी इस PC पर सिस्टम कीरिंग में रखी गई है।</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Public key copied.</source>
        <translation>सार्वजनिक कुंजी कॉपी की गई।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing key %s created.</source>
        <translation>हस्ताक्षर कुंजी %s बनाई गई।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key with fingerprint %s is retired now, and the next package you export creates a new key. Every partner will need a new hand-over receipt with the new fingerprint before they can check packages from this office. Packages already signed with this key stay valid.</source>
        <translation>फ़िंगरप्रिंट %s वाली कुंजी अब निष्क्रिय हो जाएगी, और आपके अगले निर्यात पर नई कुंजी बनेगी। इस कार्यालय के पैकेजों की जाँच करने से पहले प्रत्येक साझेदार को नए फ़िंगरप्रिंट वाली नई हस्तांतरण पावती देनी होगी। इस कुंजी से पहले हस्ताक्षरित पैकेज मान्य बने रहेंगे।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace the office&apos;s signing key</source>
        <translation>कार्यालय की हस्ताक्षर कुंजी बदलें</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>Retire key</source>
        <translation>कुंजी निष्क्रिय करें</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Key retired; the next export creates a new one. Give partners its new receipt.</source>
        <translation>कुंजी निष्क्रिय की गई; अगले निर्यात पर नई कुंजी बनेगी। साझेदारों को उसकी नई पावती दें।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Key %(fingerprint)s registered for %(organisation)s.</source>
        <translation>कुंजी %(fingerprint)s %(organisation)s के लिए पंजीकृत की गई।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Packages signed with %(organisation)s&apos;s key %(fingerprint)s will be refused from now on. Register the partner&apos;s new key from their new receipt.</source>
        <translation>%(organisation)s की कुंजी %(fingerprint)s से हस्ताक्षरित पैकेज अब से अस्वीकार किए जाएँगे। साझेदार की नई पावती से उसकी नई कुंजी पंजीकृत करें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retire %s&apos;s key</source>
        <translation>%s की कुंजी निष्क्रिय करें</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Key %s retired.</source>
        <translation>कुंजी %s निष्क्रिय की गई।</translation>
    </message>
</context>
<context>
    <name>ExchangeLogTab</name>
    <message>
        <location filename="../../desktop/ui/pages/exchange_log_actions.py" line="-185"/>
        <source>A return template is not signed, so it has no hand-over receipt</source>
        <translation>वापसी टेम्पलेट हस्ताक्षरित नहीं होता, इसलिए उसकी कोई हस्तांतरण पावती नहीं होती</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>A hand-over receipt is printed for packages sent to a partner</source>
        <translation>हस्तांतरण पावती साझेदार को भेजे गए पैकेजों के लिए मुद्रित होती है</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Only data sent to a partner can be deleted by them</source>
        <translation>साझेदार केवल वही डेटा हटा सकते हैं जो उन्हें भेजा गया हो</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only an import can be undone; a package sent stays in the log</source>
        <translation>केवल आयात को पूर्ववत किया जा सकता है; भेजा गया पैकेज लॉग में बना रहता है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an import can be undone; a template given to a partner stays in the log</source>
        <translation>केवल आयात को पूर्ववत किया जा सकता है; साझेदार को दिया गया टेम्पलेट लॉग में बना रहता है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This entry already takes back an import</source>
        <translation>यह प्रविष्टि पहले से ही एक आयात को वापस लेती है</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save the hand-over receipt</source>
        <translation>हस्तांतरण पावती सहेजें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Receipt saved to %s</source>
        <translation>पावती %s में सहेजी गई</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Undo import</source>
        <translation>आयात पूर्ववत करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the import of %(package)s from %(partners)s (received on %(date)s)?

Everything it stored is taken back as a whole. A backup of the database is made first; the log keeps both entries.</source>
        <translation>%(partners)s से प्राप्त %(package)s (%(date)s को प्राप्त) का आयात पूर्ववत करें?

इसके द्वारा संग्रहीत सब कुछ एक साथ वापस ले लिया जाएगा। पहले डेटाबेस का बैकअप लिया जाता है; लॉग में दोनों प्रविष्टियाँ रहती हैं।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Undoing the import of %s</source>
        <translation>%s का आयात पूर्ववत किया जा रहा है</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import undone; the database as it was is kept in %s</source>
        <translation>आयात पूर्ववत किया गया; पहले जैसा डेटाबेस %s में रखा गया है</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The partner&apos;s deletion is already recorded</source>
        <translation>साझेदार द्वारा हटाया जाना पहले ही दर्ज है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This import was already undone</source>
        <translation>यह आयात पहले ही पूर्ववत किया जा चुका है</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/exchange_log_parts.py" line="+81"/>
        <source>No package sent to a partner carried data about %s.</source>
        <translation>साझेदार को भेजे गए किसी भी पैकेज में %s के बारे में डेटा नहीं था।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 package carried data about %s.</source>
        <translation>1 पैकेज में %s के बारे में डेटा था।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%(count)s packages carried data about %(whom)s.</source>
        <translation>%(count)s पैकेजों में %(whom)s के बारे में डेटा था।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Still held by: %s.</source>
        <translation>अब भी इनके पास: %s।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted by: %s.</source>
        <translation>इन्होंने हटाया: %s।</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/exchange_log_tab.py" line="+51"/>
        <source>Sent to partners</source>
        <translation>साझेदारों को भेजे गए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received from partners</source>
        <translation>साझेदारों से प्राप्त</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>S&amp;how them</source>
        <translation>उन्हें दिखाएँ(&amp;H)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent and received</source>
        <translation>भेजे और प्राप्त</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any partner</source>
        <translation>सभी साझेदार</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search by MoU reference</source>
        <translation>MoU संदर्भ से खोजें</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;From</source>
        <translation>से(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;to</source>
        <translation>तक(&amp;T)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>UDISE code of a school, or a student&apos;s id</source>
        <translation>विद्यालय का UDISE कोड, या विद्यार्थी की आईडी</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;School (UDISE code)</source>
        <translation>विद्यालय (UDISE कोड)(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stude&amp;nt id</source>
        <translation>विद्यार्थी आईडी(&amp;N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who holds data about…</source>
        <translation>किसके पास डेटा है…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show &amp;whole log</source>
        <translation>पूरा लॉग दिखाएँ(&amp;W)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Details…</source>
        <translation>विवरण…(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;receipt…</source>
        <translation>पावती सहेजें…(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record de&amp;letion…</source>
        <translation>हटाया जाना दर्ज करें…(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo import…</source>
        <translation>आयात पूर्ववत करें…(&amp;U)</translation>
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
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MoU</source>
        <translation>MoU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner(s)</source>
        <translation>साझेदार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>श्रेणियाँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation>अभिलेख</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schools</source>
        <translation>विद्यालय</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep until</source>
        <translation>कब तक रखें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package file</source>
        <translation>पैकेज फ़ाइल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>द्वारा</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>1 package is past its keep-until date: ask the partner to confirm deletion.</source>
        <translation>1 पैकेज की रखने की अवधि बीत गई है: साझेदार से हटाए जाने की पुष्टि माँगें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%s packages are past their keep-until date: ask the partners to confirm deletion.</source>
        <translation>%s पैकेजों की रखने की अवधि बीत गई है: साझेदारों से हटाए जाने की पुष्टि माँगें।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%(shown)s of %(total)s</source>
        <translation>%(total)s में से %(shown)s</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import undone</source>
        <translation>आयात पूर्ववत</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported</source>
        <translation>आयातित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes back an earlier import</source>
        <translation>पिछले आयात को वापस लेता है</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Packages past their keep-until date, deletion not confirmed: %s</source>
        <translation>रखने की अवधि बीते पैकेज, जिनके हटाए जाने की पुष्टि नहीं हुई: %s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>school %s</source>
        <translation>विद्यालय %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>student %s</source>
        <translation>विद्यार्थी %s</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Deletion of %s recorded.</source>
        <translation>%s का हटाया जाना दर्ज किया गया।</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../../desktop/ui/pages/exchange_page.py" line="+29"/>
        <source>&amp;Export package…</source>
        <translation>पैकेज निर्यात करें…(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a signed, encrypted package for a partner under an active MoU</source>
        <translation>सक्रिय MoU के अंतर्गत साझेदार के लिए हस्ताक्षरित, एन्क्रिप्टेड पैकेज लिखें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import package…</source>
        <translation>पैकेज आयात करें…(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a partner&apos;s package and import what it holds</source>
        <translation>साझेदार के पैकेज की जाँच करें और उसमें मौजूद डेटा आयात करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return &amp;template…</source>
        <translation>वापसी टेम्पलेट…(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the workbook a partner without the app fills in to send data back (logged)</source>
        <translation>वह वर्कबुक सहेजें जिसे ऐप के बिना काम करने वाला साझेदार डेटा वापस भेजने के लिए भरता है (लॉग में दर्ज होता है)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exchange log</source>
        <translation>आदान-प्रदान लॉग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>कुंजियाँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange with partners</source>
        <translation>साझेदारों के साथ आदान-प्रदान</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%s saved and recorded in the log.</source>
        <translation>%s सहेजा गया और लॉग में दर्ज किया गया।</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../desktop/ui/dialogs/export_wizard.py" line="+81"/>
        <source>Export a package for a partner</source>
        <translation>साझेदार के लिए पैकेज निर्यात करें</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/import_file_page.py" line="+40"/>
        <source>Text file (CSV)</source>
        <translation>टेक्स्ट फ़ाइल (CSV)</translation>
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
        <translation>फ़ाइल चुनें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what the file holds and choose it; check that it is read as it should be.</source>
        <translation>बताएँ कि फ़ाइल में क्या है और उसे चुनें; जाँच लें कि वह सही ढंग से पढ़ी जा रही है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schools with their UDISE codes, names, blocks and clusters (e.g. a UDISE list).</source>
        <translation>विद्यालय, उनके UDISE कोड, नाम, ब्लॉक और क्लस्टर सहित (उदा. UDISE सूची)।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row per school for a round: enrolment, attendance, teachers and the like.</source>
        <translation>किसी चरण के लिए प्रति विद्यालय एक पंक्ति: नामांकन, उपस्थिति, शिक्षक आदि।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per student and subject for a round: scores or levels.</source>
        <translation>किसी चरण के लिए प्रति विद्यार्थी और विषय एक पंक्ति: अंक या स्तर।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file holds</source>
        <translation>फ़ाइल में है</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose file…</source>
        <translation>फ़ाइल चुनें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+167"/>
        <source>No file chosen yet.</source>
        <translation>अभी कोई फ़ाइल नहीं चुनी गई।</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>New round…</source>
        <translation>नया चरण…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assessment round:</source>
        <translation>आकलन चरण:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Format</source>
        <translation>प्रारूप</translation>
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
        <translation>शीर्ष पंक्ति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as</source>
        <translation>इस रूप में पढ़ें</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The first rows of the file (the header row is shaded)</source>
        <translation>फ़ाइल की पहली पंक्तियाँ (शीर्ष पंक्ति छायांकित है)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>— choose the round —</source>
        <translation>— चरण चुनें —</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose the file (several for GeoJSON pages)</source>
        <translation>फ़ाइल चुनें (GeoJSON पृष्ठों के लिए कई)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data files (%s);;All files (*)</source>
        <translation>डेटा फ़ाइलें (%s);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%(file)s could not be read: %(error)s</source>
        <translation>%(file)s पढ़ी नहीं जा सकी: %(error)s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/package_import_pages.py" line="+94"/>
        <source>What did the partner send?</source>
        <translation>साझेदार ने क्या भेजा?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A package (.zip) made by the partner&apos;s app, or the return template (.xlsx) this office gave a partner without the app, filled in. Nothing is stored before the last page.</source>
        <translation>साझेदार के ऐप द्वारा बनाया गया पैकेज (.zip), या भरा हुआ वापसी टेम्पलेट (.xlsx) जो इस कार्यालय ने ऐप के बिना काम करने वाले साझेदार को दिया था। अंतिम पृष्ठ से पहले कुछ भी संग्रहीत नहीं होता।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive</source>
        <translation>ड्राइव</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Modified</source>
        <translation>संशोधित</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Packages on removable drives</source>
        <translation>हटाने योग्य ड्राइव पर पैकेज</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Refresh</source>
        <translation>ताज़ा करें(&amp;R)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a package above, or browse for a .zip or .xlsx file</source>
        <translation>ऊपर से कोई पैकेज चुनें, या कोई .zip या .xlsx फ़ाइल ढूँढें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bro&amp;wse…</source>
        <translation>ब्राउज़ करें…(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>फ़ाइल(&amp;F):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the package says about itself — not yet verified</source>
        <translation>पैकेज अपने बारे में क्या बताता है — अभी सत्यापित नहीं</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Claims to be from:</source>
        <translation>प्रेषक होने का दावा:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under MoU:</source>
        <translation>MoU के अंतर्गत:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round:</source>
        <translation>चरण:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created:</source>
        <translation>बनाया गया:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holds:</source>
        <translation>सामग्री:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signer&apos;s key fingerprint:</source>
        <translation>हस्ताक्षरकर्ता की कुंजी का फ़िंगरप्रिंट:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;gister partner key…</source>
        <translation>साझेदार की कुंजी पंजीकृत करें…(&amp;G)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A filled return template is not signed: nothing proves who filled it in or that it was not changed on the way. It is checked by the baseline import rules only. Check with the partner that this is the file they sent.</source>
        <translation>भरा हुआ वापसी टेम्पलेट हस्ताक्षरित नहीं होता: इसका कोई प्रमाण नहीं कि इसे किसने भरा या रास्ते में इसमें परिवर्तन नहीं हुआ। इसकी जाँच केवल बेसलाइन आयात के नियमों से होती है। साझेदार से पुष्टि कर लें कि यही फ़ाइल उन्होंने भेजी थी।</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%d found. Plugged a drive in just now? Refresh the list.</source>
        <translation>%d मिले। अभी-अभी ड्राइव लगाई है? सूची ताज़ा करें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No package on a removable drive. Plug the partner&apos;s drive in and Refresh, or Browse.</source>
        <translation>हटाने योग्य ड्राइव पर कोई पैकेज नहीं है। साझेदार की ड्राइव लगाकर ताज़ा करें, या ब्राउज़ करें।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What the partner sent</source>
        <translation>साझेदार ने जो भेजा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packages and return templates (*.zip *.xlsx);;Packages (*.zip);;Return templates (*.xlsx)</source>
        <translation>पैकेज और वापसी टेम्पलेट (*.zip *.xlsx);;पैकेज (*.zip);;वापसी टेम्पलेट (*.xlsx)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%s is neither a package (.zip) nor a return template (.xlsx). Choose the file exactly as the partner handed it over.</source>
        <translation>%s न तो पैकेज (.zip) है और न ही वापसी टेम्पलेट (.xlsx)। फ़ाइल को ठीक उसी रूप में चुनें जैसे साझेदार ने सौंपी थी।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no file %s.</source>
        <translation>%s नाम की कोई फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%(file)s cannot be read: %(error)s</source>
        <translation>%(file)s पढ़ी नहीं जा सकती: %(error)s</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(names none)</source>
        <translation>(किसी का उल्लेख नहीं)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This package was made for a partner, not for the district: only packages partners make for the office are imported.</source>
        <translation>यह पैकेज किसी साझेदार के लिए बनाया गया था, जिले के लिए नहीं: केवल वही पैकेज आयात होते हैं जो साझेदार कार्यालय के लिए बनाते हैं।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%s (today)</source>
        <translation>%s (आज)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%(when)s (%(days)d days ago)</source>
        <translation>%(when)s (%(days)d दिन पहले)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s (later than today: check the partner&apos;s computer clock)</source>
        <translation>%s (आज के बाद की तिथि: साझेदार के कंप्यूटर की घड़ी जाँचें)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%(category)s: %(count)s records</source>
        <translation>%(category)s: %(count)s अभिलेख</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This package is signed with this office&apos;s own key: it was made here for a partner. Only packages from partners are imported.</source>
        <translation>यह पैकेज इसी कार्यालय की अपनी कुंजी से हस्ताक्षरित है: इसे यहीं किसी साझेदार के लिए बनाया गया था। केवल साझेदारों के पैकेज आयात किए जाते हैं।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No partner&apos;s key with this fingerprint is registered, so the signature cannot be checked. Register the partner&apos;s key from their hand-over receipt — its fingerprint must be the one above — then go on.</source>
        <translation>इस फ़िंगरप्रिंट वाली किसी साझेदार की कुंजी पंजीकृत नहीं है, इसलिए हस्ताक्षर की जाँच नहीं हो सकती। साझेदार की हस्तांतरण पावती से उसकी कुंजी पंजीकृत करें — उसका फ़िंगरप्रिंट ऊपर वाला ही होना चाहिए — फिर आगे बढ़ें।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This key was registered for %(organisation)s but retired on %(retired)s (%(reason)s): packages signed with it are refused. Ask the partner for a package signed with their new key.</source>
        <translation>यह कुंजी %(organisation)s के लिए पंजीकृत थी, परंतु %(retired)s को निष्क्रिय कर दी गई (%(reason)s): इससे हस्ताक्षरित पैकेज अस्वीकार किए जाते हैं। साझेदार से उनकी नई कुंजी से हस्ताक्षरित पैकेज माँगें।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key is registered for %s. The signature, the files and the passphrase are checked in the next steps, before anything is read.</source>
        <translation>कुंजी %s के लिए पंजीकृत है। कुछ भी पढ़ने से पहले, अगले चरणों में हस्ताक्षर, फ़ाइलों और पासफ़्रेज़ की जाँच की जाती है।</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../desktop/services/stored_files.py" line="+62"/>
        <source>{name} is {size}; at most {limit} can be kept.</source>
        <translation>{name} का आकार {size} है; अधिकतम {limit} रखा जा सकता है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is {bytes} bytes, just over the {limit} limit ({limit_bytes} bytes).</source>
        <translation>{name} {bytes} बाइट का है, {limit} की सीमा ({limit_bytes} बाइट) से थोड़ा अधिक।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is empty.</source>
        <translation>{name} खाली है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not a PNG or JPEG image.</source>
        <translation>{name} PNG या JPEG छवि नहीं है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is not a PDF, PNG or JPEG file.</source>
        <translation>{name} PDF, PNG या JPEG फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is not a supported file.</source>
        <translation>{name} समर्थित फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} cannot be read: {reason}.</source>
        <translation>{name} पढ़ी नहीं जा सकती: {reason}।</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The stored file {sha256}… is missing from the database.</source>
        <translation>संग्रहीत फ़ाइल {sha256}… डेटाबेस में नहीं है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stored file {sha256}… has changed since it was saved; restore a backup or attach the file again.</source>
        <translation>संग्रहीत फ़ाइल {sha256}… सहेजे जाने के बाद बदल गई है; बैकअप पुनर्स्थापित करें या फ़ाइल फिर से संलग्न करें।</translation>
    </message>
</context>
<context>
    <name>FundingField</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_widgets.py" line="+251"/>
        <source>Non-financial</source>
        <translation>गैर-वित्तीय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funded, amount ₹</source>
        <translation>वित्तपोषित, राशि ₹</translation>
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
        <translation>2-4-6-8 समीक्षाएँ बनाएँ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Left empty: the venue is filled in later, meeting by meeting</source>
        <translation>खाली छोड़ने पर: स्थान बाद में, प्रत्येक बैठक के लिए अलग से भरा जाएगा</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office</source>
        <translation>कार्यालय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>माह</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start time</source>
        <translation>आरंभ समय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Body</source>
        <translation>निकाय</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>स्तर</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit</source>
        <translation>इकाई</translation>
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
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Generate</source>
        <translation>बनाएँ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>already scheduled</source>
        <translation>पहले से निर्धारित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to be scheduled</source>
        <translation>निर्धारित की जाएगी</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none this month</source>
        <translation>इस माह कोई नहीं</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No review group of this office is on the 2-4-6-8 cadence in %s. Form review groups first (Review groups… on the Meetings page), or choose the office that convenes them.</source>
        <translation>%s में इस कार्यालय का कोई भी समीक्षा समूह 2-4-6-8 क्रम पर नहीं है। पहले समीक्षा समूह बनाएँ (बैठक पृष्ठ पर समीक्षा समूह…), या उन्हें बुलाने वाला कार्यालय चुनें।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%(month)s: %(groups)s review groups; %(to_schedule)s meetings to schedule, %(scheduled)s already scheduled, %(without_review)s without a review.</source>
        <translation>%(month)s: %(groups)s समीक्षा समूह; %(to_schedule)s बैठकें निर्धारित करनी हैं, %(scheduled)s पहले से निर्धारित, %(without_review)s बिना समीक्षा के।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Scheduling the reviews of %s</source>
        <translation>%s की समीक्षाएँ निर्धारित की जा रही हैं</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Meetings scheduled: %(created)s. Already scheduled, left as they were: %(existing)s. Without a review: %(skipped)s.</source>
        <translation>निर्धारित बैठकें: %(created)s। पहले से निर्धारित, यथावत छोड़ी गईं: %(existing)s। बिना समीक्षा के: %(skipped)s।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>… and %s more (see the Note column).</source>
        <translation>… और %s अन्य (टिप्पणी कॉलम देखें)।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled; no meeting was scheduled.</source>
        <translation>रद्द किया गया; कोई बैठक निर्धारित नहीं की गई।</translation>
    </message>
</context>
<context>
    <name>Geography</name>
    <message>
        <location filename="../../desktop/services/calendar/review_groups.py" line="+6"/>
        <location filename="../../desktop/services/geography.py" line="+126"/>
        <location line="+17"/>
        <source>District</source>
        <translation>जिला</translation>
    </message>
    <message>
        <location filename="../../desktop/services/geography.py" line="-54"/>
        <source>District name</source>
        <translation>जिले का नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UDISE district code</source>
        <translation>UDISE जिला कोड</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>UDISE district code &apos;{code}&apos; must be 4 digits (state 2 + district 2).</source>
        <translation>UDISE जिला कोड ‘{code}’ 4 अंकों का होना चाहिए (राज्य 2 + जिला 2)।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A district named {name} already exists.</source>
        <translation>{name} नाम का जिला पहले से मौजूद है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another district already has UDISE code {code}.</source>
        <translation>किसी अन्य जिले का UDISE कोड पहले से {code} है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+66"/>
        <location line="+84"/>
        <source>Local name</source>
        <translation>स्थानीय नाम</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>The UDISE district code cannot change while the district has schools.</source>
        <translation>जब तक जिले में विद्यालय हैं, UDISE जिला कोड नहीं बदल सकता।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{count} block</source>
        <translation>{count} ब्लॉक</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} blocks</source>
        <translation>{count} ब्लॉक</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} office</source>
        <translation>{count} कार्यालय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} offices</source>
        <translation>{count} कार्यालय</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{district} still has {blocks} and {offices}; remove them first.</source>
        <translation>{district} में अभी भी {blocks} और {offices} हैं; पहले उन्हें हटाएँ।</translation>
    </message>
    <message>
        <source>{district} district</source>
        <translation type="vanished">{district} जिला</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Block name</source>
        <translation>ब्लॉक का नाम</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the district the block belongs to.</source>
        <translation>वह जिला चुनें जिसमें ब्लॉक है।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The district already has a block named {name}.</source>
        <translation>जिले में {name} नाम का ब्लॉक पहले से है।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/baseline/analysis.py" line="+288"/>
        <location filename="../../desktop/services/geography.py" line="+16"/>
        <location line="+18"/>
        <source>Block</source>
        <translation>ब्लॉक</translation>
    </message>
    <message>
        <location filename="../../desktop/services/geography.py" line="-14"/>
        <source>A block with schools cannot move to another district.</source>
        <translation>विद्यालयों वाला ब्लॉक किसी अन्य जिले में नहीं ले जाया जा सकता।</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{count} cluster</source>
        <translation>{count} क्लस्टर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} clusters</source>
        <translation>{count} क्लस्टर</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} school</source>
        <translation>{count} विद्यालय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} schools</source>
        <translation>{count} विद्यालय</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Block {block} still has {clusters} and {schools}; move or delete them first.</source>
        <translation>ब्लॉक {block} में अभी भी {clusters} और {schools} हैं; पहले उन्हें स्थानांतरित करें या हटाएँ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Block {block}</source>
        <translation>ब्लॉक {block}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cluster name</source>
        <translation>क्लस्टर का नाम</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the block the cluster belongs to.</source>
        <translation>वह ब्लॉक चुनें जिसमें क्लस्टर है।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The block already has a cluster named {name}.</source>
        <translation>ब्लॉक में {name} नाम का क्लस्टर पहले से है।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/baseline/analysis.py" line="+2"/>
        <location filename="../../desktop/services/geography.py" line="+16"/>
        <location line="+15"/>
        <source>Cluster</source>
        <translation>क्लस्टर</translation>
    </message>
    <message>
        <location filename="../../desktop/services/geography.py" line="-11"/>
        <source>A cluster with schools cannot move to another block.</source>
        <translation>विद्यालयों वाला क्लस्टर किसी अन्य ब्लॉक में नहीं ले जाया जा सकता।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cluster {cluster} still has one school; move it first.</source>
        <translation>क्लस्टर {cluster} में अभी भी एक विद्यालय है; पहले उसे स्थानांतरित करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster {cluster} still has {count} schools; move them first.</source>
        <translation>क्लस्टर {cluster} में अभी भी {count} विद्यालय हैं; पहले उन्हें स्थानांतरित करें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cluster {cluster}</source>
        <translation>क्लस्टर {cluster}</translation>
    </message>
</context>
<context>
    <name>GeographyPage</name>
    <message>
        <location filename="../../desktop/ui/pages/geography_page.py" line="+88"/>
        <source>Blocks</source>
        <translation>ब्लॉक</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block</source>
        <translation>ब्लॉक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block (regional)</source>
        <translation>ब्लॉक (क्षेत्रीय भाषा में)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clusters</source>
        <translation>क्लस्टर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster</source>
        <translation>क्लस्टर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster (regional)</source>
        <translation>क्लस्टर (क्षेत्रीय भाषा में)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Blocks and clusters</source>
        <translation>ब्लॉक और क्लस्टर</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No district yet. Add your district first; its blocks and clusters come next.</source>
        <translation>अभी कोई जिला नहीं है। पहले अपना जिला जोड़ें; उसके बाद उसके ब्लॉक और क्लस्टर।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add district…</source>
        <translation>जिला जोड़ें…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%(name)s&lt;/b&gt;%(local)s, %(state)s — UDISE district code %(code)s</source>
        <translation>&lt;b&gt;%(name)s&lt;/b&gt;%(local)s, %(state)s — UDISE जिला कोड %(code)s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit district…</source>
        <translation>जिला संपादित करें…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clusters of %s</source>
        <translation>%s के क्लस्टर</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clusters (choose a block)</source>
        <translation>क्लस्टर (एक ब्लॉक चुनें)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Delete the cluster %s?</source>
        <translation>क्लस्टर %s हटाएँ?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the block %s?</source>
        <translation>ब्लॉक %s हटाएँ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot delete</source>
        <translation>हटाया नहीं जा सकता</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/meeting_attendance.py" line="+37"/>
        <source>Add a guest</source>
        <translation>अतिथि जोड़ें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A person in the records</source>
        <translation>अभिलेखों में दर्ज व्यक्ति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else</source>
        <translation>कोई अन्य व्यक्ति</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Designation</source>
        <translation>पदनाम</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the person from the list.</source>
        <translation>सूची से व्यक्ति चुनें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the guest&apos;s name.</source>
        <translation>अतिथि का नाम टाइप करें।</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/action_item_dialogs.py" line="+11"/>
        <source>History of the action item</source>
        <translation>कार्रवाई बिंदु का इतिहास</translation>
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
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Origin</source>
        <translation>उत्पत्ति</translation>
    </message>
</context>
<context>
    <name>HolidayDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/holiday_dialogs.py" line="-61"/>
        <source>New holiday</source>
        <translation>नया अवकाश</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holiday: %s</source>
        <translation>अवकाश: %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>दिनांक</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Kannada Rajyotsava</source>
        <translation>उदा. कन्नड़ राज्योत्सव</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/package_import_run.py" line="+28"/>
        <source>Nothing was imported; the database is as it was.</source>
        <translation>कुछ भी आयात नहीं किया गया; डेटाबेस पहले जैसा है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import can be undone as a whole: on the Exchange page, select it in the exchange log and choose Undo import.</source>
        <translation>आयात को पूरी तरह पूर्ववत किया जा सकता है: आदान-प्रदान पृष्ठ पर, आदान-प्रदान लॉग में इसे चुनें और आयात पूर्ववत करें चुनें।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import</source>
        <translation>आयात</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything is checked again and stored in one go, after a backup of the database: all of it or nothing.</source>
        <translation>डेटाबेस का बैकअप लेने के बाद सब कुछ फिर से जाँचा जाता है और एक साथ संग्रहीत किया जाता है: या तो पूरा या कुछ भी नहीं।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What will be imported</source>
        <translation>क्या आयात किया जाएगा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation>आयात करें(&amp;I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cance&amp;l import</source>
        <translation>आयात रद्द करें(&amp;L)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Imported</source>
        <translation>आयातित</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stored:</source>
        <translation>संग्रहीत:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts:</source>
        <translation>टकराव:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup taken first:</source>
        <translation>पहले लिया गया बैकअप:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange log:</source>
        <translation>आदान-प्रदान लॉग:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To undo:</source>
        <translation>पूर्ववत करने के लिए:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>signed by %s</source>
        <translation>%s द्वारा हस्ताक्षरित</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not signed, filled in for %s</source>
        <translation>हस्ताक्षरित नहीं, %s के लिए भरा गया</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%(package)s (%(signer)s)</source>
        <translation>%(package)s (%(signer)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MoU %(mou)s; round %(round)s</source>
        <translation>MoU %(mou)s; चरण %(round)s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>• %(table)s: %(created)s to add, %(updated)s to update, %(unchanged)s unchanged</source>
        <translation>• %(table)s: %(created)s जोड़े जाएँगे, %(updated)s अद्यतन होंगे, %(unchanged)s अपरिवर्तित</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Conflicts with newer office data: the office&apos;s value kept in %(kept)s, the package&apos;s taken in %(taken)s.</source>
        <translation>कार्यालय के नए डेटा से टकराव: %(kept)s में कार्यालय का मान रखा गया, %(taken)s में पैकेज का मान लिया गया।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelled. </source>
        <translation>रद्द किया गया। </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing…</source>
        <translation>आयात हो रहा है…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The import stopped: %s. It was rolled back.</source>
        <translation>आयात रुक गया: %s। इसे वापस ले लिया गया।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import stopped on an unexpected error and was rolled back: %s</source>
        <translation>आयात अप्रत्याशित त्रुटि के कारण रुक गया और वापस ले लिया गया: %s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to do.</source>
        <translation>करने के लिए कुछ नहीं है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported, and recorded in the exchange log.</source>
        <translation>आयात किया गया, और आदान-प्रदान लॉग में दर्ज किया गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was checked and imported</source>
        <translation>क्या जाँचा और आयात किया गया</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%(category)s: %(created)s added, %(updated)s updated</source>
        <translation>%(category)s: %(created)s जोड़े गए, %(updated)s अद्यतन किए गए</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%(kept)s kept as the office had them; %(replaced)s replaced by the package&apos;s values.</source>
        <translation>%(kept)s कार्यालय के मान के अनुसार रखे गए; %(replaced)s पैकेज के मानों से बदले गए।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entry %d</source>
        <translation>प्रविष्टि %d</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/holiday_dialogs.py" line="+72"/>
        <source>Holidays not imported</source>
        <translation>आयात न हुए अवकाश</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Row</source>
        <translation>पंक्ति</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>कॉलम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>मान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected</source>
        <translation>अपेक्षित</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Correct the file and import it again.</source>
        <translation>फ़ाइल सुधारें और फिर से आयात करें।</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop/ui/dialogs/import_check_page.py" line="-210"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>रद्द किया गया; कुछ भी नहीं बदला।</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard.py" line="+87"/>
        <source>Import data</source>
        <translation>डेटा आयात करें</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <location filename="../../desktop/services/calendar/holiday_import.py" line="+176"/>
        <source>is an old Excel (.xls) file</source>
        <translation>पुरानी Excel (.xls) फ़ाइल है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an Excel workbook (.xlsx) or a CSV file: save it as one of them</source>
        <translation>Excel वर्कबुक (.xlsx) या CSV फ़ाइल: इसे इनमें से किसी एक रूप में सहेजें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not a CSV or Excel file</source>
        <translation>CSV या Excel फ़ाइल नहीं है</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a .csv or .xlsx file</source>
        <translation>.csv या .xlsx फ़ाइल</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>was not found</source>
        <translation>नहीं मिली</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the path of an existing file</source>
        <translation>किसी मौजूदा फ़ाइल का पथ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>could not be read as text ({reason})</source>
        <translation>पाठ के रूप में पढ़ी नहीं जा सकी ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a CSV file saved as UTF-8 or Windows-1252</source>
        <translation>UTF-8 या Windows-1252 में सहेजी गई CSV फ़ाइल</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>could not be opened as an Excel workbook ({reason})</source>
        <translation>Excel वर्कबुक के रूप में खोली नहीं जा सकी ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an .xlsx file saved by Excel</source>
        <translation>Excel द्वारा सहेजी गई .xlsx फ़ाइल</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the file {reason}</source>
        <translation>फ़ाइल {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>has no header row in its first {rows} rows</source>
        <translation>इसकी पहली {rows} पंक्तियों में कोई शीर्षक पंक्ति नहीं है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a row with a date column (Date, Day, ದಿನಾಂಕ, दिनांक or तारीख) and a name column (Holiday, Name, Occasion, Festival or Description)</source>
        <translation>दिनांक कॉलम (Date, Day, ದಿನಾಂಕ, दिनांक या तारीख) और नाम कॉलम (Holiday, Name, Occasion, Festival या Description) वाली पंक्ति</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the date is empty</source>
        <translation>दिनांक खाली है</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the holiday&apos;s name is empty</source>
        <translation>अवकाश का नाम खाली है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name, e.g. Independence Day</source>
        <translation>नाम, उदा. स्वतंत्रता दिवस</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../desktop/services/imports/targets/schools_cells.py" line="+210"/>
        <source>is {count} characters long</source>
        <translation>{count} वर्णों का है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most {limit}</source>
        <translation>अधिकतम {limit}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is also on row {row} as &quot;{earlier}&quot;, here as &quot;{name}&quot;</source>
        <translation>पंक्ति {row} में भी “{earlier}” के रूप में है, यहाँ “{name}” के रूप में</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>each date once; keep one of the two names</source>
        <translation>हर दिनांक एक बार; दोनों में से एक नाम रखें</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>has no holidays below its header row (row {row})</source>
        <translation>इसकी शीर्षक पंक्ति (पंक्ति {row}) के नीचे कोई अवकाश नहीं है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one holiday a row</source>
        <translation>हर पंक्ति में एक अवकाश</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>is for {day}, which {office} already has as &quot;{theirs}&quot;</source>
        <translation>{day} के लिए है, जो {office} में पहले से “{theirs}” के रूप में है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the same name, or that holiday renamed or deleted first</source>
        <translation>वही नाम, या पहले उस अवकाश का नाम बदलें या उसे हटाएँ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/inbound_undo.py" line="-60"/>
        <location filename="../../desktop/services/imports/batches.py" line="+122"/>
        <source>Batch {batch} was already undone on {day} by {operator}.</source>
        <translation>बैच {batch} {day} को {operator} द्वारा पहले ही पूर्ववत किया जा चुका है।</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../desktop/services/imports/batches.py" line="+7"/>
        <source>Batch {later} ({files}) was imported after batch {batch} into the same records and may have changed them; undo batch {later} first.</source>
        <translation>बैच {later} ({files}) बैच {batch} के बाद उन्हीं अभिलेखों में आयात किया गया था और हो सकता है उसने उन्हें बदला हो; पहले बैच {later} को पूर्ववत करें।</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../desktop/services/imports/batches.py" line="-22"/>
        <location line="+4"/>
        <source>Import batch</source>
        <translation>आयात बैच</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/batches.py" line="-60"/>
        <source>In place</source>
        <translation>लागू</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undone {day} by {operator}</source>
        <translation>{day} को {operator} द्वारा पूर्ववत</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/exports.py" line="-58"/>
        <source>Save the export as a .csv or an .xlsx file.</source>
        <translation>निर्यात को .csv या .xlsx फ़ाइल के रूप में सहेजें।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/file_safety.py" line="+38"/>
        <source>a text (CSV) file</source>
        <translation>पाठ (CSV) फ़ाइल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an Excel workbook (.xlsx)</source>
        <translation>Excel वर्कबुक (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an old Excel workbook (.xls)</source>
        <translation>पुरानी Excel वर्कबुक (.xls)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an OpenDocument spreadsheet (.ods)</source>
        <translation>OpenDocument स्प्रेडशीट (.ods)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a GeoJSON file</source>
        <translation>GeoJSON फ़ाइल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a CSV or text file (.csv, .tsv, .txt), a workbook (.xlsx, .xlsm, .xls, .ods) or GeoJSON (.geojson, .json)</source>
        <translation>CSV या पाठ फ़ाइल (.csv, .tsv, .txt), वर्कबुक (.xlsx, .xlsm, .xls, .ods) या GeoJSON (.geojson, .json)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The import</source>
        <translation>आयात</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has no file to read</source>
        <translation>में पढ़ने के लिए कोई फ़ाइल नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one or more files chosen</source>
        <translation>एक या अधिक चुनी गई फ़ाइलें</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>was not found at {folder}</source>
        <translation>{folder} में नहीं मिली</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file that exists (was it moved or renamed?)</source>
        <translation>मौजूदा फ़ाइल (क्या इसे स्थानांतरित किया गया या इसका नाम बदला गया?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a {suffix} file</source>
        <translation>{suffix} फ़ाइल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a file without an extension</source>
        <translation>बिना एक्सटेंशन की फ़ाइल</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is {kind}, which this import does not read</source>
        <translation>{kind} है, जिसे यह आयात नहीं पढ़ता</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is empty (0 bytes)</source>
        <translation>खाली है (0 बाइट)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file with a header row and data rows</source>
        <translation>शीर्षक पंक्ति और डेटा पंक्तियों वाली फ़ाइल</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is {size} in all, over the limit of {limit} per import</source>
        <translation>कुल {size} की है, प्रति आयात {limit} की सीमा से अधिक</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>and the other files are {size} in all, over the limit of {limit} per import</source>
        <translation>और अन्य फ़ाइलें कुल {size} की हैं, प्रति आयात {limit} की सीमा से अधिक</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a smaller file: split it (e.g. by block) and import the parts one after another</source>
        <translation>छोटी फ़ाइल: इसे विभाजित करें (उदा. ब्लॉक के अनुसार) और भागों को एक-एक करके आयात करें</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is {kind} but {first} is {first_kind}</source>
        <translation>{kind} है पर {first} {first_kind} है</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>files of one kind with the same columns; import the others separately</source>
        <translation>एक ही प्रकार की, समान कॉलम वाली फ़ाइलें; अन्य को अलग से आयात करें</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>is an Excel workbook, not a text file, though its name ends in {suffix}</source>
        <translation>Excel वर्कबुक है, पाठ फ़ाइल नहीं, यद्यपि इसका नाम {suffix} पर समाप्त होता है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file renamed to .xlsx (or .xls), or saved from Excel as CSV</source>
        <translation>फ़ाइल का नाम बदलकर .xlsx (या .xls) करें, या Excel से CSV के रूप में सहेजें</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>is a web page (HTML) saved with a workbook&apos;s name</source>
        <translation>वर्कबुक के नाम से सहेजा गया वेब पेज (HTML) है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open it in Excel and save it as .xlsx</source>
        <translation>इसे Excel में खोलें और .xlsx के रूप में सहेजें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not a workbook: it holds plain text, though its name ends in {suffix}</source>
        <translation>वर्कबुक नहीं है: इसमें सादा पाठ है, यद्यपि इसका नाम {suffix} पर समाप्त होता है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file renamed to .csv if it is a CSV export, or saved from Excel as .xlsx</source>
        <translation>यदि यह CSV निर्यात है तो फ़ाइल का नाम बदलकर .csv करें, अन्यथा Excel से .xlsx के रूप में सहेजें</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is protected with a password, or is an old .xls workbook renamed</source>
        <translation>पासवर्ड से सुरक्षित है, या नाम बदली गई पुरानी .xls वर्कबुक है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a copy saved from Excel as .xlsx without a password</source>
        <translation>Excel से बिना पासवर्ड के .xlsx के रूप में सहेजी गई प्रति</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is an .xlsx workbook with an .xls name</source>
        <translation>.xls नाम वाली .xlsx वर्कबुक है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file renamed to .xlsx</source>
        <translation>फ़ाइल का नाम बदलकर .xlsx करें</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>would expand to {size} when opened, over the limit of {limit} (a damaged or hostile file: a zip bomb)</source>
        <translation>खोलने पर {size} तक फैल जाएगी, {limit} की सीमा से अधिक (क्षतिग्रस्त या हानिकारक फ़ाइल: zip बम)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <location line="+15"/>
        <source>a workbook saved again from Excel or LibreOffice</source>
        <translation>Excel या LibreOffice से दोबारा सहेजी गई वर्कबुक</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>has a part ({part}) compressed {ratio:,.0f} times, over the limit of {limit} (a damaged or hostile file: a zip bomb)</source>
        <translation>इसका एक भाग ({part}) {ratio:,.0f} गुना संपीड़ित है, {limit} की सीमा से अधिक (क्षतिग्रस्त या हानिकारक फ़ाइल: zip बम)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>has a part ({part}) that declares a DOCTYPE or XML entities, which workbooks saved by Excel or LibreOffice never do (it may be hostile)</source>
        <translation>इसका एक भाग ({part}) DOCTYPE या XML एंटिटी घोषित करता है, जो Excel या LibreOffice द्वारा सहेजी गई वर्कबुक कभी नहीं करतीं (यह हानिकारक हो सकती है)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is damaged and cannot be opened as a workbook ({reason})</source>
        <translation>क्षतिग्रस्त है और वर्कबुक के रूप में खोली नहीं जा सकती ({reason})</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../desktop/services/imports/workbooks.py" line="+18"/>
        <source>the workbook opened in Excel or LibreOffice and saved again</source>
        <translation>वर्कबुक को Excel या LibreOffice में खोलकर दोबारा सहेजें</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/geojson_files.py" line="+13"/>
        <source>a GeoJSON FeatureCollection, as the school GIS service exports it</source>
        <translation>GeoJSON FeatureCollection, जैसा विद्यालय GIS सेवा निर्यात करती है</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>is not valid UTF-8 text (byte {byte:,})</source>
        <translation>मान्य UTF-8 पाठ नहीं है (बाइट {byte:,})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is not valid JSON: {msg} at line {lineno:,}, column {colno:,}</source>
        <translation>मान्य JSON नहीं है: {msg}, पंक्ति {lineno:,}, कॉलम {colno:,}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — the file may be cut short</source>
        <translation> — हो सकता है फ़ाइल अधूरी हो</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not a GeoJSON FeatureCollection (its type is &quot;{kind}&quot;)</source>
        <translation>GeoJSON FeatureCollection नहीं है (इसका प्रकार “{kind}” है)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has no features</source>
        <translation>इसमें कोई फ़ीचर नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least one feature (school)</source>
        <translation>कम से कम एक फ़ीचर (विद्यालय)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/grid_table.py" line="+45"/>
        <source>cells to the right of the header&apos;s last column</source>
        <translation>शीर्षक पंक्ति के अंतिम कॉलम के दाईं ओर सेल</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has nothing in row {row}, chosen as the header</source>
        <translation>पंक्ति {row} में कुछ नहीं है, जिसे शीर्षक पंक्ति के रूप में चुना गया है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the row holding the column names</source>
        <translation>कॉलम के नामों वाली पंक्ति</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>a second table, below a blank row? Import each table on its own</source>
        <translation>किसी खाली पंक्ति के नीचे दूसरी तालिका? हर तालिका को अलग से आयात करें</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has {cells} cells; the header (row {row}) has {width} — {hint}</source>
        <translation>इसमें {cells} सेल हैं; शीर्षक पंक्ति (पंक्ति {row}) में {width} हैं — {hint}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at most {width} cells in each row</source>
        <translation>हर पंक्ति में अधिकतम {width} सेल</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/mapping.py" line="+98"/>
        <source>{field} is required: choose the column that holds it.</source>
        <translation>{field} अनिवार्य है: वह कॉलम चुनें जिसमें यह है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file has no column &quot;{column}&quot; for {field}.</source>
        <translation>फ़ाइल में {field} के लिए कोई कॉलम “{column}” नहीं है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field} must come from a column of the file.</source>
        <translation>{field} फ़ाइल के किसी कॉलम से आना चाहिए।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the {field} or choose a column.</source>
        <translation>{field} टाइप करें या कोई कॉलम चुनें।</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Give the mapping a name, e.g. “UDISE school list”.</source>
        <translation>मिलान को एक नाम दें, उदा. “UDISE विद्यालय सूची”।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name is {count} characters long; at most 120 fit.</source>
        <translation>नाम {count} वर्णों का है; अधिकतम 120 आ सकते हैं।</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Saved mapping</source>
        <translation>सहेजा गया मिलान</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/pipeline.py" line="-23"/>
        <source>(typed: {value})</source>
        <translation>(टाइप किया गया: {value})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the assessment round these {target} belong to.</source>
        <translation>चुनें कि ये {target} किस आकलन चरण के हैं।</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>These files were already imported as batch {batch} on {day} by {operator}.</source>
        <translation>ये फ़ाइलें {day} को {operator} द्वारा बैच {batch} के रूप में पहले ही आयात की जा चुकी हैं।</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The file</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../desktop/services/imports/table.py" line="+47"/>
        <source>{file} and {count} more</source>
        <translation>{file} और {count} अन्य</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saving</source>
        <translation>सहेजा जा रहा है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved</source>
        <translation>सहेजा गया</translation>
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
        <translation>पंक्ति {row}</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>column &quot;{column}&quot;</source>
        <translation>कॉलम “{column}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{place}: &quot;{value}&quot; {reason}; expected {expected}.</source>
        <translation>{place}: “{value}” {reason}; अपेक्षित {expected}।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{place}: &quot;{value}&quot; {reason}.</source>
        <translation>{place}: “{value}” {reason}।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{place}: {reason}; expected {expected}.</source>
        <translation>{place}: {reason}; अपेक्षित {expected}।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{place}: {reason}.</source>
        <translation>{place}: {reason}।</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{place}, column &quot;{column}&quot;: &quot;{original}&quot; → &quot;{repaired}&quot; ({reason})</source>
        <translation>{place}, कॉलम “{column}”: “{original}” → “{repaired}” ({reason})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>… and {count} more.</source>
        <translation>… और {count} अन्य।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file} was not imported and nothing was saved: {count} problem to correct first.</source>
        <translation>{file} आयात नहीं की गई और कुछ भी सहेजा नहीं गया: पहले {count} समस्या सुधारें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} was not imported and nothing was saved: {count} problems to correct first.</source>
        <translation>{file} आयात नहीं की गई और कुछ भी सहेजा नहीं गया: पहले {count} समस्याएँ सुधारें।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/sources.py" line="+36"/>
        <source>none of the first {rows} rows looks like a header row (a row of at least two column names such as &quot;UDISE code&quot;, &quot;School name&quot;)</source>
        <translation>पहली {rows} पंक्तियों में से कोई भी शीर्षक पंक्ति जैसी नहीं लगती (कम से कम दो कॉलम नामों वाली पंक्ति, जैसे “UDISE code”, “School name”)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the column names above the data, or the header row chosen by hand</source>
        <translation>डेटा के ऊपर कॉलम के नाम, या हाथ से चुनी गई शीर्षक पंक्ति</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>has no row {row} to use as the header (it has {count} rows at the start)</source>
        <translation>शीर्षक पंक्ति के रूप में उपयोग के लिए इसमें पंक्ति {row} नहीं है (आरंभ में इसमें {count} पंक्तियाँ हैं)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>has no rows: every row is blank</source>
        <translation>इसमें कोई पंक्ति नहीं है: हर पंक्ति खाली है</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <location filename="../../desktop/services/imports/text_files.py" line="+181"/>
        <source>a header row and data rows</source>
        <translation>शीर्षक पंक्ति और डेटा पंक्तियाँ</translation>
    </message>
    <message>
        <location line="-1"/>
        <location filename="../../desktop/services/imports/text_files.py" line="-1"/>
        <source>has no rows: every line is blank</source>
        <translation>इसमें कोई पंक्ति नहीं है: हर पंक्ति खाली है</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a {delimiter} inside a value without quotes?</source>
        <translation>उद्धरण चिह्नों के बिना किसी मान के भीतर {delimiter}?</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Read {file}</source>
        <translation>{file} पढ़ी गई</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reading {file}: {count:,} rows</source>
        <translation>{file} पढ़ी जा रही है: {count:,} पंक्तियाँ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading {file}, sheet {sheet}</source>
        <translation>{file}, शीट {sheet} पढ़ी जा रही है</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read {file}, sheet {sheet}</source>
        <translation>{file}, शीट {sheet} पढ़ी गई</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>has other columns than {first}: it lacks {missing} and has {besides} besides</source>
        <translation>इसके कॉलम {first} से भिन्न हैं: इसमें {missing} नहीं हैं और इसके अतिरिक्त {besides} हैं</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has other columns than {first}: it lacks {missing}</source>
        <translation>इसके कॉलम {first} से भिन्न हैं: इसमें {missing} नहीं हैं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has other columns than {first}: it has {besides} besides</source>
        <translation>इसके कॉलम {first} से भिन्न हैं: इसमें अतिरिक्त {besides} हैं</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the same columns in every file of one import; import it separately</source>
        <translation>एक आयात की हर फ़ाइल में समान कॉलम; इसे अलग से आयात करें</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>says more features follow (exceededTransferLimit), but no next page was given</source>
        <translation>बताती है कि आगे और फ़ीचर हैं (exceededTransferLimit), पर अगला पृष्ठ नहीं दिया गया</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the next page added to the import</source>
        <translation>अगला पृष्ठ आयात में जोड़ा गया</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Read {count:,} rows from {file}</source>
        <translation>{file} से {count:,} पंक्तियाँ पढ़ी गईं</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/targets/assessment.py" line="+21"/>
        <location filename="../../desktop/services/imports/targets/assessment_check.py" line="+341"/>
        <source>Student id</source>
        <translation>विद्यार्थी आईडी</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the student&apos;s id (the state&apos;s student number such as SATS, the PEN, or the school&apos;s roll number); names are not needed</source>
        <translation>विद्यार्थी की आईडी (राज्य की विद्यार्थी संख्या जैसे SATS, PEN या विद्यालय का रोल नंबर); नाम आवश्यक नहीं हैं</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Student name</source>
        <translation>विद्यार्थी का नाम</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stored only when you choose to keep names</source>
        <translation>केवल तभी संग्रहीत जब आप नाम रखना चुनें</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../desktop/services/imports/targets/indicators.py" line="+45"/>
        <location filename="../../desktop/services/imports/targets/schools.py" line="+30"/>
        <source>UDISE code</source>
        <translation>UDISE कोड</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../desktop/services/imports/targets/indicators.py" line="+6"/>
        <source>Other school id</source>
        <translation>विद्यालय की अन्य आईडी</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/services/imports/targets/indicators.py" line="+2"/>
        <source>another system&apos;s id of the school (e.g. the KLP id); choose the system</source>
        <translation>किसी अन्य प्रणाली में विद्यालय की आईडी (उदा. KLP आईडी); प्रणाली चुनें</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../desktop/services/imports/targets/assessment_check.py" line="+1"/>
        <source>Grade</source>
        <translation>कक्षा</translation>
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
        <translation>विषय, उदा. गणित; यदि फ़ाइल में एक ही विषय है तो इसे टाइप करें</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../desktop/services/imports/targets/assessment_check.py" line="+1"/>
        <source>Score</source>
        <translation>अंक</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number from 0</source>
        <translation>0 से आरंभ होने वाली संख्या</translation>
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
        <translation>चरण की स्तर योजना का कोई स्तर, नाम या संख्या से</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../desktop/services/imports/targets/assessment_check.py" line="+1"/>
        <source>Assessed on</source>
        <translation>आकलन तिथि</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/targets/assessment_check.py" line="-306"/>
        <source>Neither the score nor the level is mapped; map at least one of them</source>
        <translation>न अंक का मिलान हुआ है न स्तर का; कम से कम एक का मिलान करें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The level column is mapped but this round has no level scheme; choose the round&apos;s level scheme (e.g. the FLN reading levels) in the round&apos;s details first</source>
        <translation>स्तर कॉलम का मिलान हुआ है पर इस चरण की कोई स्तर योजना नहीं है; पहले चरण के विवरण में उसकी स्तर योजना चुनें (उदा. FLN पठन स्तर)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Student names were not stored: only the student id is kept (choose to keep names to store them).</source>
        <translation>विद्यार्थियों के नाम संग्रहीत नहीं किए गए: केवल विद्यार्थी आईडी रखी गई है (नाम संग्रहीत करने के लिए नाम रखना चुनें)।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No student id column is mapped: each row is stored under a key made from this file and its row number, so these results cannot be linked to the same students in other rounds.</source>
        <translation>विद्यार्थी आईडी के किसी कॉलम का मिलान नहीं हुआ है: हर पंक्ति इस फ़ाइल और उसकी पंक्ति संख्या से बनी कुंजी के अंतर्गत संग्रहीत होती है, इसलिए ये परिणाम अन्य चरणों में उन्हीं विद्यार्थियों से जोड़े नहीं जा सकते।</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No column is mapped to the grade; map it</source>
        <translation>कक्षा से किसी कॉलम का मिलान नहीं हुआ है; इसका मिलान करें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No column is mapped to the subject; map it (or type the subject)</source>
        <translation>विषय से किसी कॉलम का मिलान नहीं हुआ है; इसका मिलान करें (या विषय टाइप करें)</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../../desktop/services/imports/targets/indicators.py" line="+152"/>
        <source>Finding the schools</source>
        <translation>विद्यालय खोजे जा रहे हैं</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading students, grades and subjects</source>
        <translation>विद्यार्थी, कक्षाएँ और विषय पढ़े जा रहे हैं</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the student id is empty</source>
        <translation>विद्यार्थी आईडी खाली है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the student&apos;s id</source>
        <translation>विद्यार्थी की आईडी</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+18"/>
        <location line="+53"/>
        <source>is longer than {limit} characters</source>
        <translation>{limit} वर्णों से लंबी है</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>a student id</source>
        <translation>विद्यार्थी आईडी</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the student&apos;s name</source>
        <translation>विद्यार्थी का नाम</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the grade is empty</source>
        <translation>कक्षा खाली है</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is not a class this import reads</source>
        <translation>ऐसी कक्षा नहीं है जिसे यह आयात पढ़ता है</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>is not a gender this import reads</source>
        <translation>ऐसा लिंग नहीं है जिसे यह आयात पढ़ता है</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the subject is empty</source>
        <translation>विषय खाली है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the subject, e.g. Mathematics or Kannada</source>
        <translation>विषय, उदा. गणित या कन्नड़</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the subject&apos;s name</source>
        <translation>विषय का नाम</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading scores, levels and dates</source>
        <translation>अंक, स्तर और तिथियाँ पढ़ी जा रही हैं</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../desktop/services/imports/targets/indicators.py" line="-166"/>
        <location filename="../../desktop/services/imports/targets/schools_cells.py" line="+16"/>
        <source>is not a number</source>
        <translation>संख्या नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the student&apos;s score</source>
        <translation>विद्यार्थी के अंक</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../desktop/services/imports/targets/indicators.py" line="+78"/>
        <source>is negative</source>
        <translation>ऋणात्मक है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a score of 0 or more</source>
        <translation>0 या अधिक अंक</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is above the round&apos;s maximum score of {top:g}</source>
        <translation>चरण के अधिकतम अंक {top:g} से अधिक है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a score from 0 to {top:g}</source>
        <translation>0 से {top:g} तक अंक</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>is not a level of {scheme}</source>
        <translation>{scheme} का स्तर नहीं है</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the row has neither a score nor a level</source>
        <translation>पंक्ति में न अंक हैं न स्तर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the student&apos;s score or level</source>
        <translation>विद्यार्थी के अंक या स्तर</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Looking for repeated students</source>
        <translation>दोहराए गए विद्यार्थी खोजे जा रहे हैं</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../../desktop/services/imports/targets/indicators.py" line="+148"/>
        <location filename="../../desktop/services/imports/targets/schools_check.py" line="+310"/>
        <source>Checked</source>
        <translation>जाँचा गया</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>is a second result for this student in {subject}; row {row} already has one</source>
        <translation>{subject} में इस विद्यार्थी का दूसरा परिणाम है; पंक्ति {row} में पहले से एक है</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one row per student and subject</source>
        <translation>हर विद्यार्थी और विषय के लिए एक पंक्ति</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/targets/assessment_write.py" line="+95"/>
        <source>Storing results</source>
        <translation>परिणाम संग्रहीत किए जा रहे हैं</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Updating changed results</source>
        <translation>बदले गए परिणाम अपडेट किए जा रहे हैं</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adding up the results</source>
        <translation>परिणामों का योग किया जा रहा है</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/targets/indicators.py" line="-235"/>
        <location line="+29"/>
        <source>Enrolment</source>
        <translation>नामांकन</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+34"/>
        <source>Boys enrolled</source>
        <translation>नामांकित छात्र</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+39"/>
        <source>Girls enrolled</source>
        <translation>नामांकित छात्राएँ</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+44"/>
        <source>Attendance %</source>
        <translation>उपस्थिति %</translation>
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
        <translation>नामांकन, उपस्थिति या शिक्षक के किसी कॉलम का मिलान नहीं हुआ है; कम से कम एक का मिलान करें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is above 100; expected the average attendance as a percentage</source>
        <translation>100 से अधिक है; औसत उपस्थिति प्रतिशत के रूप में अपेक्षित थी</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the number of students enrolled</source>
        <translation>नामांकित विद्यार्थियों की संख्या</translation>
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
        <translation>औसत उपस्थिति प्रतिशत में, 0 से 100</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{value} as a number</source>
        <translation>{value} संख्या के रूप में</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>0 or more</source>
        <translation>0 या अधिक</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not a whole number</source>
        <translation>पूर्ण संख्या नहीं है</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a count</source>
        <translation>एक गणना</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>is less than the boys and girls together ({boys} + {girls} = {both})</source>
        <translation>छात्रों और छात्राओं के योग से कम है ({boys} + {girls} = {both})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the total enrolment, at least boys + girls</source>
        <translation>कुल नामांकन, कम से कम छात्र + छात्राएँ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>is the same school as row {row}</source>
        <translation>पंक्ति {row} वाला ही विद्यालय है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one row per school</source>
        <translation>हर विद्यालय के लिए एक पंक्ति</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>the row has no enrolment, attendance or teachers</source>
        <translation>पंक्ति में न नामांकन है, न उपस्थिति, न शिक्षक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least one of them</source>
        <translation>इनमें से कम से कम एक</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comparing with the round&apos;s indicators</source>
        <translation>चरण के संकेतकों से तुलना की जा रही है</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Enrolment was empty in {count} row and was taken as boys + girls.</source>
        <translation>{count} पंक्ति में नामांकन खाली था और उसे छात्र + छात्राएँ माना गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolment was empty in {count} rows and was taken as boys + girls.</source>
        <translation>{count} पंक्तियों में नामांकन खाली था और उसे छात्र + छात्राएँ माना गया।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Storing school indicators</source>
        <translation>विद्यालय संकेतक संग्रहीत किए जा रहे हैं</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stored</source>
        <translation>संग्रहीत</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/targets/registry.py" line="+22"/>
        <source>School directory</source>
        <translation>विद्यालय निर्देशिका</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School indicators</source>
        <translation>विद्यालय संकेतक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student assessment results</source>
        <translation>विद्यार्थियों के आकलन परिणाम</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/targets/result_values.py" line="+22"/>
        <source>a class from 1 to 12, e.g. 4, Class 4, 4th, IV or Std 4</source>
        <translation>1 से 12 तक की कक्षा, उदा. 4, Class 4, 4th, IV या Std 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M, F or O (Male, Female, Boy, Girl, Other, Transgender)</source>
        <translation>M, F या O (Male, Female, Boy, Girl, Other, Transgender)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>one of {names}, or its number 1 to {count} (also L1 to L{count})</source>
        <translation>{names} में से एक, या उसकी संख्या 1 से {count} (L1 से L{count} भी)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/targets/school_column.py" line="+28"/>
        <source>is not a school in the directory; import the school directory first or correct the code</source>
        <translation>निर्देशिका में कोई विद्यालय नहीं है; पहले विद्यालय निर्देशिका आयात करें या कोड सुधारें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No column is mapped to the school&apos;s UDISE code or to another system&apos;s school id; map one of them so every row can be matched to its school</source>
        <translation>विद्यालय के UDISE कोड या किसी अन्य प्रणाली की विद्यालय आईडी से किसी कॉलम का मिलान नहीं हुआ है; इनमें से एक का मिलान करें ताकि हर पंक्ति अपने विद्यालय से मिलाई जा सके</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The school id column is mapped but not whose ids it holds; choose the system (e.g. KLP) so the ids can be matched to schools</source>
        <translation>विद्यालय आईडी कॉलम का मिलान हुआ है पर यह नहीं बताया गया कि आईडी किस प्रणाली की हैं; प्रणाली चुनें (उदा. KLP) ताकि आईडी विद्यालयों से मिलाई जा सकें</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>the full code; accept the proposed repair to read it as &quot;{code}&quot;</source>
        <translation>पूरा कोड; इसे “{code}” के रूप में पढ़ने के लिए प्रस्तावित सुधार स्वीकार करें</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the school&apos;s UDISE code is empty</source>
        <translation>विद्यालय का UDISE कोड खाली है</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the school&apos;s {system} id is empty</source>
        <translation>विद्यालय की {system} आईडी खाली है</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is not the {system} id of any school in the directory; record it as the school&apos;s {system} id first or correct the id</source>
        <translation>निर्देशिका में किसी विद्यालय की {system} आईडी नहीं है; पहले इसे विद्यालय की {system} आईडी के रूप में दर्ज करें या आईडी सुधारें</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/targets/schools.py" line="+7"/>
        <source>School name</source>
        <translation>विद्यालय का नाम</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the school&apos;s name</source>
        <translation>विद्यालय का नाम</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name in Kannada / local script</source>
        <translation>कन्नड़ / स्थानीय लिपि में नाम</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name in the local script</source>
        <translation>स्थानीय लिपि में नाम</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Karnataka</source>
        <translation>उदा. उत्तर प्रदेश</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>District</source>
        <translation>जिला</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the district&apos;s name; needed only for a district not yet in the database</source>
        <translation>जिले का नाम; केवल ऐसे जिले के लिए आवश्यक जो अभी डेटाबेस में नहीं है</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Block</source>
        <translation>ब्लॉक</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the education block&apos;s name; if unmapped or blank, found from the UDISE code&apos;s first 6 digits (a block not yet known is added as e.g. Block 290207, to rename later)</source>
        <translation>शैक्षिक ब्लॉक का नाम; मिलान न होने या खाली होने पर UDISE कोड के पहले 6 अंकों से खोजा जाता है (अज्ञात ब्लॉक उदा. Block 290207 के रूप में जोड़ा जाता है, जिसका नाम बाद में बदला जा सकता है)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cluster</source>
        <translation>क्लस्टर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the cluster&apos;s name</source>
        <translation>क्लस्टर का नाम</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Village</source>
        <translation>गाँव</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Management</source>
        <translation>प्रबंधन</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Department of Education</source>
        <translation>उदा. शिक्षा विभाग</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Primary with Upper Primary</source>
        <translation>उदा. उच्च प्राथमिक सहित प्राथमिक</translation>
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
        <translation>दशमलव डिग्री, उदा. 16.18</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Longitude</source>
        <translation>देशांतर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decimal degrees, e.g. 75.69</source>
        <translation>दशमलव डिग्री, उदा. 75.69</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another system&apos;s school id</source>
        <translation>किसी अन्य प्रणाली की विद्यालय आईडी</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. the KLP school id; name the system in the options</source>
        <translation>उदा. KLP विद्यालय आईडी; विकल्पों में प्रणाली का नाम दें</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/targets/schools_cells.py" line="-123"/>
        <source>1 or Rural, 2 or Urban</source>
        <translation>1 या ग्रामीण (Rural), 2 या शहरी (Urban)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6 digits, not starting with 0 (or the cell left blank)</source>
        <translation>6 अंक, 0 से आरंभ नहीं (या सेल खाली छोड़ें)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>{reason}; accept the proposed repairs to read it as {code}</source>
        <translation>{reason}; इसे {code} के रूप में पढ़ने के लिए प्रस्तावित सुधार स्वीकार करें</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the UDISE code is empty</source>
        <translation>UDISE कोड खाली है</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../desktop/services/imports/targets/schools_check.py" line="-184"/>
        <source>is also on {row}</source>
        <translation>{row} में भी है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each school once in the file</source>
        <translation>फ़ाइल में हर विद्यालय एक बार</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>row {row} of {file}</source>
        <translation>{file} की पंक्ति {row}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>decimal degrees such as 16.18</source>
        <translation>दशमलव डिग्री, जैसे 16.18</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>is outside India; latitude and longitude look swapped</source>
        <translation>भारत के बाहर है; अक्षांश और देशांतर आपस में बदले हुए लगते हैं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is outside India</source>
        <translation>भारत के बाहर है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a latitude from {low} to {high} in decimal degrees</source>
        <translation>दशमलव डिग्री में {low} से {high} तक अक्षांश</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a longitude from {low} to {high} in decimal degrees</source>
        <translation>दशमलव डिग्री में {low} से {high} तक देशांतर</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>at most {limit} characters</source>
        <translation>अधिकतम {limit} वर्ण</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is not rural or urban</source>
        <translation>ग्रामीण या शहरी नहीं है</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is not a PIN code</source>
        <translation>पिन कोड नहीं है</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/targets/schools_check.py" line="-64"/>
        <source>is a school of district {code}, which is not in the database, and the file gives no district name to add it with</source>
        <translation>जिला {code} का विद्यालय है, जो डेटाबेस में नहीं है, और फ़ाइल में उसे जोड़ने के लिए जिले का नाम नहीं है</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is a school of district {code}, which is not in the database, and its state is not known from the code&apos;s first two digits</source>
        <translation>जिला {code} का विद्यालय है, जो डेटाबेस में नहीं है, और कोड के पहले दो अंकों से उसका राज्य ज्ञात नहीं है</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the District column mapped (e.g. dtname), or the district added on the Geography page first</source>
        <translation>जिला कॉलम का मिलान (उदा. dtname), या पहले भूगोल पृष्ठ पर जिला जोड़ें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the State column mapped (e.g. stname)</source>
        <translation>राज्य कॉलम का मिलान (उदा. stname)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is a school of district {code}, which is not in the database; the file calls it {name}, but {name} is the district with code {other} in the database</source>
        <translation>जिला {code} का विद्यालय है, जो डेटाबेस में नहीं है; फ़ाइल इसे {name} कहती है, पर डेटाबेस में {name} कोड {other} वाला जिला है</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the code or the district name corrected (school codes of {name} start with {other})</source>
        <translation>कोड या जिले का नाम सुधारें ({name} के विद्यालय कोड {other} से आरंभ होते हैं)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the column of another system&apos;s school ids is mapped, but the system is not named</source>
        <translation>किसी अन्य प्रणाली की विद्यालय आईडी वाले कॉलम का मिलान हुआ है, पर प्रणाली का नाम नहीं दिया गया</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the system&apos;s name (e.g. KLP) typed in the import options, or the column left unmapped</source>
        <translation>आयात विकल्पों में प्रणाली का नाम (उदा. KLP) टाइप करें, या कॉलम का मिलान न करें</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+20"/>
        <source>each {system} id on one school</source>
        <translation>हर {system} आईडी एक ही विद्यालय पर</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>is already the {system} id of {school}</source>
        <translation>पहले से {school} की {system} आईडी है</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>no column is mapped to {field}; every school needs it</source>
        <translation>{field} से किसी कॉलम का मिलान नहीं हुआ है; हर विद्यालय के लिए यह आवश्यक है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the column that holds {field} mapped</source>
        <translation>{field} वाले कॉलम का मिलान</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading UDISE codes</source>
        <translation>UDISE कोड पढ़े जा रहे हैं</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Matching districts, blocks and clusters</source>
        <translation>जिले, ब्लॉक और क्लस्टर मिलाए जा रहे हैं</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the school name is empty</source>
        <translation>विद्यालय का नाम खाली है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every school&apos;s school name</source>
        <translation>हर विद्यालय का नाम</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comparing with the schools in the database</source>
        <translation>डेटाबेस के विद्यालयों से तुलना की जा रही है</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Preparing the preview</source>
        <translation>पूर्वावलोकन तैयार किया जा रहा है</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/targets/schools_notes.py" line="+28"/>
        <source>Will add district {name} ({code}) in {state} (the state from the UDISE code).</source>
        <translation>{state} में जिला {name} ({code}) जोड़ा जाएगा (राज्य UDISE कोड से)।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Will add district {name} ({code}) in {state}.</source>
        <translation>{state} में जिला {name} ({code}) जोड़ा जाएगा।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Will add {count} block: {names}.</source>
        <translation>{count} ब्लॉक जोड़ा जाएगा: {names}।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Will add {count} blocks: {names}.</source>
        <translation>{count} ब्लॉक जोड़े जाएँगे: {names}।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Will add {count} cluster: {names}.</source>
        <translation>{count} क्लस्टर जोड़ा जाएगा: {names}।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Will add {count} clusters: {names}.</source>
        <translation>{count} क्लस्टर जोड़े जाएँगे: {names}।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Will add {count} block named by its UDISE block code ({names}); rename it on the Blocks and clusters page — later imports will find it by its code.</source>
        <translation>{count} ब्लॉक उसके UDISE ब्लॉक कोड के नाम से जोड़ा जाएगा ({names}); ब्लॉक और क्लस्टर पृष्ठ पर उसका नाम बदलें — बाद के आयात उसे उसके कोड से खोज लेंगे।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Will add {count} blocks named by their UDISE block codes ({names}); rename them on the Blocks and clusters page — later imports will find them by their codes.</source>
        <translation>{count} ब्लॉक उनके UDISE ब्लॉक कोड के नाम से जोड़े जाएँगे ({names}); ब्लॉक और क्लस्टर पृष्ठ पर उनके नाम बदलें — बाद के आयात उन्हें उनके कोड से खोज लेंगे।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>state</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>district</source>
        <translation>जिला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>block</source>
        <translation>ब्लॉक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cluster</source>
        <translation>क्लस्टर</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file writes {what} names all in lower case; new ones are stored with capitals ({typed} → {stored}), names already in the database keep their spelling.</source>
        <translation>फ़ाइल में {what} के नाम पूरे छोटे अक्षरों में हैं; नए नाम बड़े अक्षरों के साथ संग्रहीत किए जाते हैं ({typed} → {stored}), डेटाबेस में पहले से मौजूद नामों की वर्तनी वही रहती है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file writes {what} names all in capitals; new ones are stored with capitals ({typed} → {stored}), names already in the database keep their spelling.</source>
        <translation>फ़ाइल में {what} के नाम पूरे बड़े अक्षरों में हैं; नए नाम बड़े अक्षरों के साथ संग्रहीत किए जाते हैं ({typed} → {stored}), डेटाबेस में पहले से मौजूद नामों की वर्तनी वही रहती है।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{count} school had placeholder coordinates (whole degrees such as 77, 12); left empty.</source>
        <translation>{count} विद्यालय के निर्देशांक प्लेसहोल्डर थे (पूर्ण डिग्री जैसे 77, 12); खाली छोड़े गए।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} schools had placeholder coordinates (whole degrees such as 77, 12); left empty.</source>
        <translation>{count} विद्यालयों के निर्देशांक प्लेसहोल्डर थे (पूर्ण डिग्री जैसे 77, 12); खाली छोड़े गए।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Will record {count} {system} school id.</source>
        <translation>{count} {system} विद्यालय आईडी दर्ज की जाएगी।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Will record {count} {system} school ids.</source>
        <translation>{count} {system} विद्यालय आईडी दर्ज की जाएँगी।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/targets/schools_places.py" line="+86"/>
        <source>{names} and {count} more</source>
        <translation>{names} और {count} अन्य</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/targets/schools_write.py" line="+41"/>
        <source>{count} person</source>
        <translation>{count} व्यक्ति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} people</source>
        <translation>{count} व्यक्ति</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} committee</source>
        <translation>{count} समिति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} committees</source>
        <translation>{count} समितियाँ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} meeting</source>
        <translation>{count} बैठक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} meetings</source>
        <translation>{count} बैठकें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} MoU coverage entry</source>
        <translation>{count} MoU कवरेज प्रविष्टि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} MoU coverage entries</source>
        <translation>{count} MoU कवरेज प्रविष्टियाँ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} indicator row</source>
        <translation>{count} संकेतक पंक्ति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} indicator rows</source>
        <translation>{count} संकेतक पंक्तियाँ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} assessment result</source>
        <translation>{count} आकलन परिणाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} assessment results</source>
        <translation>{count} आकलन परिणाम</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} school</source>
        <translation>{count} विद्यालय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} schools</source>
        <translation>{count} विद्यालय</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} office</source>
        <translation>{count} कार्यालय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} offices</source>
        <translation>{count} कार्यालय</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} cluster</source>
        <translation>{count} क्लस्टर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} clusters</source>
        <translation>{count} क्लस्टर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} block</source>
        <translation>{count} ब्लॉक</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} blocks</source>
        <translation>{count} ब्लॉक</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Stored {done:,} of {count:,} schools</source>
        <translation>{count:,} में से {done:,} विद्यालय संग्रहीत</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stored {count:,} schools</source>
        <translation>{count:,} विद्यालय संग्रहीत</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{school} is referred to by {records}</source>
        <translation>{school} का उल्लेख {records} में है</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This import cannot be undone: {count} school it added is now in use — {examples}. Remove those records or move them to other schools first; nothing was changed.</source>
        <translation>यह आयात पूर्ववत नहीं किया जा सकता: इसके द्वारा जोड़ा गया {count} विद्यालय अब उपयोग में है — {examples}। पहले उन अभिलेखों को हटाएँ या अन्य विद्यालयों में ले जाएँ; कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This import cannot be undone: {count} schools it added are now in use — {examples}. Remove those records or move them to other schools first; nothing was changed.</source>
        <translation>यह आयात पूर्ववत नहीं किया जा सकता: इसके द्वारा जोड़े गए {count} विद्यालय अब उपयोग में हैं — {examples}। पहले उन अभिलेखों को हटाएँ या अन्य विद्यालयों में ले जाएँ; कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This import cannot be undone: it moved {school} ({code}) out of a block that has since been deleted; move the school back by hand first. Nothing was changed.</source>
        <translation>यह आयात पूर्ववत नहीं किया जा सकता: इसने {school} ({code}) को ऐसे ब्लॉक से बाहर ले जाया था जो तब से हटा दिया गया है; पहले विद्यालय को हाथ से वापस ले जाएँ। कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This import cannot be undone: it moved {school} ({code}) out of a cluster that has since been deleted; move the school back by hand first. Nothing was changed.</source>
        <translation>यह आयात पूर्ववत नहीं किया जा सकता: इसने {school} ({code}) को ऐसे क्लस्टर से बाहर ले जाया था जो तब से हटा दिया गया है; पहले विद्यालय को हाथ से वापस ले जाएँ। कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/text_files.py" line="-159"/>
        <source>comma</source>
        <translation>अल्पविराम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semicolon</source>
        <translation>अर्धविराम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tab</source>
        <translation>टैब</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vertical bar</source>
        <translation>खड़ी रेखा</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>UTF-8 with BOM</source>
        <translation>BOM सहित UTF-8</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>row {line:,} (byte {value:,})</source>
        <translation>पंक्ति {line:,} (बाइट {value:,})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>is not valid UTF-8 at {position}: the file may be cut short or damaged</source>
        <translation>{position} पर मान्य UTF-8 नहीं है: हो सकता है फ़ाइल अधूरी या क्षतिग्रस्त हो</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file exported again, or another encoding chosen if it is not UTF-8</source>
        <translation>फ़ाइल को दोबारा निर्यात करें, या यदि यह UTF-8 नहीं है तो दूसरी एन्कोडिंग चुनें</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>is not valid {get} at {position}</source>
        <translation>{position} पर मान्य {get} नहीं है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another encoding chosen, or the file exported again</source>
        <translation>दूसरी एन्कोडिंग चुनें, या फ़ाइल को दोबारा निर्यात करें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot be read as &quot;{encoding}&quot;</source>
        <translation>“{encoding}” के रूप में पढ़ी नहीं जा सकती</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>contains NUL characters, so it is not a text file</source>
        <translation>इसमें NUL वर्ण हैं, इसलिए यह पाठ फ़ाइल नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a CSV or text file</source>
        <translation>CSV या पाठ फ़ाइल</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>cannot be split into cells ({reason})</source>
        <translation>सेलों में विभाजित नहीं की जा सकती ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cells shorter than 131,072 characters, each opening quote closed</source>
        <translation>131,072 वर्णों से छोटे सेल, हर खुला उद्धरण चिह्न बंद</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>has a quote (&quot;) opened in row {row:,} that is never closed, so every line below it would be read as one cell</source>
        <translation>पंक्ति {row:,} में एक उद्धरण चिह्न (&quot;) खुला है जो कभी बंद नहीं होता, इसलिए उसके नीचे की हर पंक्ति एक ही सेल के रूप में पढ़ी जाएगी</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>each quoted cell closed with a quote</source>
        <translation>उद्धरण चिह्न वाला हर सेल उद्धरण चिह्न से बंद</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/udise_codes.py" line="+24"/>
        <source>an 11-digit UDISE code, e.g. 29020904706</source>
        <translation>11 अंकों का UDISE कोड, उदा. 29020904706</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>is empty</source>
        <translation>खाली है</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>was shortened by Excel to scientific notation and has lost digits (only {count} of {length} are left)</source>
        <translation>Excel ने इसे वैज्ञानिक संकेतन में छोटा कर दिया है और इसके अंक खो गए हैं ({length} में से केवल {count} बचे हैं)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the full code: format the column as Text in Excel and export the file again</source>
        <translation>पूरा कोड: Excel में कॉलम को Text के रूप में फ़ॉर्मेट करें और फ़ाइल को दोबारा निर्यात करें</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>contains &apos;{character}&apos;; a UDISE code has digits only</source>
        <translation>इसमें ‘{character}’ है; UDISE कोड में केवल अंक होते हैं</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>has 10 digits; with the leading zero it lost it is a code of district 0{district}</source>
        <translation>इसमें 10 अंक हैं; खोए हुए आरंभिक शून्य के साथ यह जिला 0{district} का कोड है</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>has {count} digits</source>
        <translation>इसमें {count} अंक हैं</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/values.py" line="+24"/>
        <source>a date written as DD/MM/YYYY, DD.MM.YYYY, DD-MM-YYYY, YYYY-MM-DD, 15 August 2026 or 15-Aug-2026, or an Excel date cell</source>
        <translation>DD/MM/YYYY, DD.MM.YYYY, DD-MM-YYYY, YYYY-MM-DD, 15 August 2026 या 15-Aug-2026 के रूप में लिखी तिथि, या Excel दिनांक सेल</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>has the year {year}</source>
        <translation>इसमें वर्ष {year} है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a year from {first} to {last}</source>
        <translation>{first} से {last} तक का वर्ष</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>has no month {month} (dates are read day first)</source>
        <translation>इसमें माह {month} नहीं है (तिथियाँ पहले दिन के क्रम में पढ़ी जाती हैं)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not a date in the calendar: {month} has {days} days</source>
        <translation>कैलेंडर की तिथि नहीं है: {month} में {days} दिन होते हैं</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a day that exists</source>
        <translation>ऐसा दिन जो मौजूद हो</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is a time of day, not a date</source>
        <translation>दिन का समय है, तिथि नहीं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a number, not a date</source>
        <translation>संख्या है, तिथि नहीं</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+12"/>
        <source>is not a date in a format this import reads</source>
        <translation>ऐसे प्रारूप में तिथि नहीं है जिसे यह आयात पढ़ता है</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>has a 2-digit year</source>
        <translation>इसमें 2 अंकों का वर्ष है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the year in 4 digits, e.g. 15/08/2026</source>
        <translation>4 अंकों में वर्ष, उदा. 15/08/2026</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/workbooks.py" line="+7"/>
        <source>is protected with a password</source>
        <translation>पासवर्ड से सुरक्षित है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a copy saved without a password</source>
        <translation>बिना पासवर्ड के सहेजी गई प्रति</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is damaged and cannot be read as a workbook ({detail})</source>
        <translation>क्षतिग्रस्त है और वर्कबुक के रूप में पढ़ी नहीं जा सकती ({detail})</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>has no sheets</source>
        <translation>इसमें कोई शीट नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a workbook with a sheet holding the table</source>
        <translation>तालिका वाली शीट सहित वर्कबुक</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>has no sheet named &quot;{sheet}&quot;</source>
        <translation>इसमें “{sheet}” नाम की शीट नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of its sheets: {sheets}</source>
        <translation>इसकी शीटों में से एक: {sheets}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>has no sheet with a header row among its first {rows} rows (a row of at least two column names such as &quot;UDISE code&quot;, &quot;School name&quot;)</source>
        <translation>इसकी किसी शीट की पहली {rows} पंक्तियों में शीर्षक पंक्ति नहीं है (कम से कम दो कॉलम नामों वाली पंक्ति, जैसे “UDISE code”, “School name”)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a sheet with the column names above the data, or the sheet and header row chosen by hand</source>
        <translation>डेटा के ऊपर कॉलम के नामों वाली शीट, या हाथ से चुनी गई शीट और शीर्षक पंक्ति</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>has nothing in this sheet</source>
        <translation>इस शीट में कुछ नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a sheet with a header row and data rows</source>
        <translation>शीर्षक पंक्ति और डेटा पंक्तियों वाली शीट</translation>
    </message>
</context>
<context>
    <name>ImportsTab</name>
    <message>
        <location filename="../../desktop/ui/pages/baseline_imports.py" line="+56"/>
        <source>Search by batch number, file or who imported it</source>
        <translation>बैच संख्या, फ़ाइल या आयात करने वाले के नाम से खोजें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any kind of data</source>
        <translation>सभी प्रकार का डेटा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any round</source>
        <translation>सभी चरण</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a file…</source>
        <translation>फ़ाइल आयात करें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo this import…</source>
        <translation>यह आयात पूर्ववत करें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the school directory…</source>
        <translation>विद्यालय निर्देशिका निर्यात करें…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No.</source>
        <translation>सं.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round</source>
        <translation>चरण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>फ़ाइलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>बनाए गए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>अद्यतन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>अपरिवर्तित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>त्रुटियाँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>किसने</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%(shown)s of %(total)s</source>
        <translation>%(total)s में से %(shown)s</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%(what)s from %(files)s</source>
        <translation>%(files)s से %(what)s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%(what)s in the round %(round)s</source>
        <translation>चरण %(round)s में %(what)s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo import batch %(batch)s (%(what)s)?

The %(created)s record(s) it created will be removed and the %(updated)s record(s) it changed will get their earlier values back. A backup of the database is made first.</source>
        <translation>आयात बैच %(batch)s (%(what)s) पूर्ववत करें?

इसके द्वारा बनाए गए %(created)s अभिलेख हटा दिए जाएँगे और इसके द्वारा बदले गए %(updated)s अभिलेखों के पहले वाले मान लौट आएँगे। पहले डेटाबेस का बैकअप लिया जाता है।</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Imported as batch %s.</source>
        <translation>बैच %s के रूप में आयात किया गया।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Undo import</source>
        <translation>आयात पूर्ववत करें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undoing import batch %s</source>
        <translation>आयात बैच %s पूर्ववत किया जा रहा है</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Batch %(batch)s undone; the database as it was is kept in %(backup)s.</source>
        <translation>बैच %(batch)s पूर्ववत किया गया; पहले जैसा डेटाबेस %(backup)s में रखा गया है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo import batch %s</source>
        <translation>आयात बैच %s पूर्ववत करें</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/selection_reason_dialog.py" line="+123"/>
        <source>For</source>
        <translation>किसके लिए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dated</source>
        <translation>दिनांक(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Section</source>
        <translation>अनुभाग(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. ACAD, ADM (in the number); may be empty</source>
        <translation>उदा. ACAD, ADM (क्रमांक में); खाली छोड़ा जा सकता है</translation>
    </message>
</context>
<context>
    <name>IssuedDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/circulars_page.py" line="-241"/>
        <source>Circular issued</source>
        <translation>परिपत्र जारी किया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued as &lt;b&gt;%s&lt;/b&gt;. Print it now, or save it as a PDF.</source>
        <translation>&lt;b&gt;%s&lt;/b&gt; के रूप में जारी किया गया। इसे अभी मुद्रित करें, या PDF के रूप में सहेजें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print…</source>
        <translation>मुद्रित करें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save PDF…</source>
        <translation>PDF सहेजें…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save the issued circular</source>
        <translation>जारी परिपत्र सहेजें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
</context>
<context>
    <name>IssuedPdfDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/recognition_ranking_printing.py" line="-77"/>
        <source>Issued as &lt;b&gt;%s&lt;/b&gt;. Save the PDF, open it, or print it.</source>
        <translation>&lt;b&gt;%s&lt;/b&gt; के रूप में जारी किया गया। PDF सहेजें, खोलें या मुद्रित करें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save PDF…</source>
        <translation>PDF सहेजें…(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>खोलें(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>मुद्रित करें…(&amp;P)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %s</source>
        <translation>%s सहेजा गया</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No program on this computer opens PDF files; save it instead.</source>
        <translation>इस कंप्यूटर पर PDF फ़ाइलें खोलने वाला कोई प्रोग्राम नहीं है; इसके बजाय इसे सहेजें।</translation>
    </message>
</context>
<context>
    <name>LevelSchemeDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/level_scheme_dialog.py" line="+37"/>
        <source>New level scheme</source>
        <translation>नई स्तर योजना</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit level scheme</source>
        <translation>स्तर योजना संपादित करें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. FLN reading levels</source>
        <translation>उदा. FLN पठन स्तर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One level a line, lowest first:
Beginner
Letter
Word</source>
        <translation>प्रति पंक्ति एक स्तर, सबसे निचला पहले:
आरंभिक
अक्षर
शब्द</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Levels (lowest first)</source>
        <translation>स्तर (सबसे निचला पहले)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meets the goal from</source>
        <translation>लक्ष्य प्राप्ति इस स्तर से</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>टिप्पणियाँ</translation>
    </message>
</context>
<context>
    <name>LevelSchemesDialog</name>
    <message>
        <location line="+45"/>
        <source>Level schemes</source>
        <translation>स्तर योजनाएँ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Levels, lowest first</source>
        <translation>स्तर, सबसे निचला पहले</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meets the goal from</source>
        <translation>लक्ष्य प्राप्ति इस स्तर से</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New…</source>
        <translation>नई…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>संपादित करें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Delete level scheme</source>
        <translation>स्तर योजना हटाएँ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the level scheme %s?</source>
        <translation>स्तर योजना %s हटाएँ?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Level scheme %s</source>
        <translation>स्तर योजना %s</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <location filename="../../desktop/services/i18n.py" line="+78"/>
        <source>{items} and {last}</source>
        <translation>{items} और {last}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{items} or {last}</source>
        <translation>{items} या {last}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+114"/>
        <source>&amp;File</source>
        <translation>फ़ाइल(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New database…</source>
        <translation>नया डेटाबेस…(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open database…</source>
        <translation>डेटाबेस खोलें…(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up now</source>
        <translation>अभी बैकअप लें(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from backup…</source>
        <translation>बैकअप से पुनर्स्थापित करें…(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>सेटिंग्स…(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>सहायता(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About District Collective Desk</source>
        <translation>District Collective Desk के बारे में(&amp;A)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Opening %s…</source>
        <translation>%s खोला जा रहा है…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source> (read-only)</source>
        <translation> (केवल पढ़ने के लिए)</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+6"/>
        <source>New database</source>
        <translation>नया डेटाबेस</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Database files (*.db)</source>
        <translation>डेटाबेस फ़ाइलें (*.db)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%s already exists; use Open instead.</source>
        <translation>%s पहले से मौजूद है; इसके बजाय खोलें का उपयोग करें।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open database</source>
        <translation>डेटाबेस खोलें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database files (*.db);;All files (*)</source>
        <translation>डेटाबेस फ़ाइलें (*.db);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Daily backup failed</source>
        <translation>दैनिक बैकअप विफल रहा</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Daily backup saved: %s</source>
        <translation>दैनिक बैकअप सहेजा गया: %s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backing up</source>
        <translation>बैकअप लिया जा रहा है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup saved: %s</source>
        <translation>बैकअप सहेजा गया: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup failed</source>
        <translation>बैकअप विफल रहा</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Restoring %s…</source>
        <translation>%s पुनर्स्थापित किया जा रहा है…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restoring</source>
        <translation>पुनर्स्थापित किया जा रहा है</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored from %s</source>
        <translation>%s से पुनर्स्थापित किया गया</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore failed</source>
        <translation>पुनर्स्थापना विफल रही</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Creating the demo district</source>
        <translation>डेमो जिला बनाया जा रहा है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo data</source>
        <translation>डेमो डेटा</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Database: %(database)s&lt;br&gt;Backups: %(backups)s</source>
        <translation>डेटाबेस: %(database)s&lt;br&gt;बैकअप: %(backups)s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About District Collective Desk</source>
        <translation>District Collective Desk के बारे में</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;District Collective Desk %(version)s&lt;/h3&gt;&lt;p&gt;Partnerships between district education offices and NGOs: schools, offices, organisations and people, kept on this computer.&lt;/p&gt;&lt;p&gt;%(where)s&lt;/p&gt;</source>
        <translation>&lt;h3&gt;District Collective Desk %(version)s&lt;/h3&gt;&lt;p&gt;जिला शिक्षा कार्यालयों और NGO के बीच साझेदारी: विद्यालय, कार्यालय, संस्थाएँ और व्यक्ति, इसी कंप्यूटर पर सुरक्षित।&lt;/p&gt;&lt;p&gt;%(where)s&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_set.py" line="+18"/>
        <source>Dashboard</source>
        <translation>डैशबोर्ड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schools</source>
        <translation>विद्यालय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocks and clusters</source>
        <translation>ब्लॉक और क्लस्टर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offices</source>
        <translation>कार्यालय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations</source>
        <translation>संस्थाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>व्यक्ति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MoUs</source>
        <translation>MoU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committees</source>
        <translation>समितियाँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>बैठकें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action items</source>
        <translation>कार्रवाई बिंदु</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>बेसलाइन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognition</source>
        <translation>सम्मान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circulars</source>
        <translation>परिपत्र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange</source>
        <translation>आदान-प्रदान</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/meeting_dialog.py" line="+82"/>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>कार्यसूची</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance</source>
        <translation>उपस्थिति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>कार्यवृत्त</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action items</source>
        <translation>कार्रवाई बिंदु</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notice…</source>
        <translation>बैठक सूचना…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes PDF…</source>
        <translation>कार्यवृत्त PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The notice of the meeting to its members, as a circular to issue</source>
        <translation>बैठक की सूचना उसके सदस्यों के लिए, जारी किए जाने वाले परिपत्र के रूप में</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the minutes as a PDF (marked DRAFT until approved)</source>
        <translation>कार्यवृत्त PDF के रूप में सहेजें (अनुमोदन तक ‘मसौदा’ अंकित)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>New meeting</source>
        <translation>नई बैठक</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%(title)s — %(date)s</source>
        <translation>%(title)s — %(date)s</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This database is open read-only: nothing can be saved.</source>
        <translation>यह डेटाबेस केवल पढ़ने के लिए खुला है: कुछ भी सहेजा नहीं जा सकता।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the next meeting of %s</source>
        <translation>%s की अगली बैठक</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a later meeting convened by %s</source>
        <translation>%s द्वारा बुलाई गई कोई बाद की बैठक</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The minutes were approved on %(date)s and are locked: nothing of this meeting changes any more. To correct them, open %(later)s and use “Record a correction to earlier approved minutes…” on its Minutes tab.</source>
        <translation>कार्यवृत्त %(date)s को अनुमोदित हुआ और लॉक है: इस बैठक में अब कुछ नहीं बदलेगा। इसमें सुधार के लिए %(later)s खोलें और उसके कार्यवृत्त टैब पर “पूर्व में अनुमोदित कार्यवृत्त में सुधार दर्ज करें…” का उपयोग करें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This meeting was cancelled (%s). It is kept for the record and no longer changes.</source>
        <translation>यह बैठक रद्द कर दी गई थी (%s)। यह अभिलेख के लिए रखी गई है और अब इसमें परिवर्तन नहीं होगा।</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Scheduled.</source>
        <translation>निर्धारित की गई।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details saved.</source>
        <translation>विवरण सहेजा गया।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Mark held</source>
        <translation>आयोजित चिह्नित करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked held.</source>
        <translation>आयोजित चिह्नित की गई।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo held</source>
        <translation>आयोजित चिह्न हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled again.</source>
        <translation>फिर से निर्धारित की गई।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled.</source>
        <translation>रद्द की गई।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Approve minutes</source>
        <translation>कार्यवृत्त अनुमोदित करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The minutes have changes that are not saved yet; save them before approving.</source>
        <translation>कार्यवृत्त में ऐसे परिवर्तन हैं जो अभी सहेजे नहीं गए; अनुमोदन से पहले उन्हें सहेजें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minutes approved.</source>
        <translation>कार्यवृत्त अनुमोदित किया गया।</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+10"/>
        <source>Notice of the meeting</source>
        <translation>बैठक की सूचना</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice issued as No. %s.</source>
        <translation>सूचना सं. %s के रूप में जारी की गई।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save the minutes</source>
        <translation>कार्यवृत्त सहेजें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing the minutes</source>
        <translation>कार्यवृत्त मुद्रित किया जा रहा है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved %s</source>
        <translation>%s सहेजा गया</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <location filename="../../desktop/services/calendar/cadence.py" line="+56"/>
        <location filename="../../desktop/services/meetings/meetings.py" line="+124"/>
        <source>Venue</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <location filename="../../desktop/services/committees/usage.py" line="-155"/>
        <location filename="../../desktop/services/meetings/action_checks.py" line="-156"/>
        <location filename="../../desktop/services/meetings/printing.py" line="-278"/>
        <location filename="../../desktop/services/meetings/states.py" line="+43"/>
        <source>{meeting} on {day}</source>
        <translation>{day} को {meeting}</translation>
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
        <translation>बिंदु {number} अब इस बैठक की कार्यसूची में नहीं है, या दो बार सूचीबद्ध है; कार्यसूची बंद करके फिर से खोलें।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The minutes of {meeting} already say something under {written}; clear that first if the item is to be removed from the agenda.</source>
        <translation>{meeting} के कार्यवृत्त में {written} के अंतर्गत पहले से कुछ लिखा है; यदि बिंदु को कार्यसूची से हटाना है तो पहले उसे खाली करें।</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Item {number}: give its title.</source>
        <translation>बिंदु {number}: इसका शीर्षक दें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item {number}: the title is {count} characters long; at most {limit} fit.</source>
        <translation>बिंदु {number}: शीर्षक {count} अक्षरों का है; अधिकतम {limit} अक्षर आ सकते हैं।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item {number} ({title})</source>
        <translation>बिंदु {number} ({title})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item {number}</source>
        <translation>बिंदु {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{item}: the chosen presenter is not in the people records; choose again.</source>
        <translation>{item}: चुना गया प्रस्तुतकर्ता व्यक्तियों के अभिलेखों में नहीं है; फिर से चुनें।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{item}: {minutes} minutes is not a duration; give 1 to {limit} minutes.</source>
        <translation>{item}: {minutes} मिनट कोई अवधि नहीं है; 1 से {limit} मिनट दें।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings/attendance.py" line="-137"/>
        <source>Not recorded</source>
        <translation>दर्ज नहीं</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>{meeting} is still to come; attendance can be recorded from that day.</source>
        <translation>{meeting} अभी होनी है; उपस्थिति उस दिन से दर्ज की जा सकती है।</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Row {number}</source>
        <translation>पंक्ति {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row {number}: the chosen person is not in the people records.</source>
        <translation>पंक्ति {number}: चुना गया व्यक्ति व्यक्तियों के अभिलेखों में नहीं है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row {number}: choose the person, or type the guest&apos;s name.</source>
        <translation>पंक्ति {number}: व्यक्ति चुनें, या अतिथि का नाम लिखें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is listed twice; record each person once.</source>
        <translation>{name} दो बार सूचीबद्ध है; प्रत्येक व्यक्ति को एक बार दर्ज करें।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name}: record present, absent or represented.</source>
        <translation>{name}: उपस्थित, अनुपस्थित या प्रतिनिधि द्वारा दर्ज करें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not a member of {body} on {day}; a guest is recorded only as present.</source>
        <translation>{name} {day} को {body} का सदस्य नहीं है; अतिथि केवल उपस्थित के रूप में दर्ज होता है।</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{name}: the representative is not in the people records.</source>
        <translation>{name}: प्रतिनिधि व्यक्तियों के अभिलेखों में नहीं है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} cannot be their own representative.</source>
        <translation>{name} स्वयं अपना प्रतिनिधि नहीं हो सकता।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is marked represented; say who represented them.</source>
        <translation>{name} को प्रतिनिधि द्वारा चिह्नित किया गया है; बताएँ कि प्रतिनिधित्व किसने किया।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings/meetings.py" line="-280"/>
        <source>A meeting stays with the body it was scheduled for; cancel it and schedule a new one instead.</source>
        <translation>बैठक उसी निकाय की रहती है जिसके लिए वह निर्धारित की गई थी; इसके बजाय इसे रद्द करके नई बैठक निर्धारित करें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chosen body no longer exists; choose again.</source>
        <translation>चुना गया निकाय अब मौजूद नहीं है; फिर से चुनें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the date of the meeting.</source>
        <translation>बैठक की तिथि दें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{body} was formed on {formed_on}; it cannot meet on {day}.</source>
        <translation>{body} का गठन {formed_on} को हुआ था; इसकी बैठक {day} को नहीं हो सकती।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{body} was dissolved on {dissolved_on}; it cannot meet on {day}.</source>
        <translation>{body} {dissolved_on} को भंग किया गया था; इसकी बैठक {day} को नहीं हो सकती।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the start time as well as the end time.</source>
        <translation>समाप्ति समय के साथ आरंभ समय भी दें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The meeting ends ({end_time:%H:%M}) before it starts ({start_time:%H:%M}).</source>
        <translation>बैठक शुरू होने ({start_time:%H:%M}) से पहले समाप्त ({end_time:%H:%M}) हो रही है।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The chosen chair is not in the people records; choose again.</source>
        <translation>चुना गया अध्यक्ष व्यक्तियों के अभिलेखों में नहीं है; फिर से चुनें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the level of the meeting: district, block, cluster or school.</source>
        <translation>बैठक का स्तर चुनें: जिला, ब्लॉक, क्लस्टर या विद्यालय।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the {level} the meeting is for.</source>
        <translation>वह {level} चुनें जिसके लिए बैठक है।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The chosen {level} no longer exists; choose again.</source>
        <translation>चुना गया {level} अब मौजूद नहीं है; फिर से चुनें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the office that convenes the meeting.</source>
        <translation>बैठक बुलाने वाला कार्यालय चुनें।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{weekday} {day} is a weekly off, not a working day at {office}. Give a reason to meet on it anyway.</source>
        <translation>{weekday} {day} साप्ताहिक अवकाश है, {office} में कार्य दिवस नहीं। फिर भी उस दिन बैठक करने का कारण दें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{weekday} {day} is the {saturday}, not a working day at {office}. Give a reason to meet on it anyway.</source>
        <translation>{weekday} {day} {saturday} है, {office} में कार्य दिवस नहीं। फिर भी उस दिन बैठक करने का कारण दें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{weekday} {day} is a holiday ({holiday}), not a working day at {office}. Give a reason to meet on it anyway.</source>
        <translation>{weekday} {day} अवकाश ({holiday}) है, {office} में कार्य दिवस नहीं। फिर भी उस दिन बैठक करने का कारण दें।</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>{meeting} is still to come; it can be marked held from that day.</source>
        <translation>{meeting} अभी होनी है; उस दिन से इसे आयोजित चिह्नित किया जा सकता है।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>attendance</source>
        <translation>उपस्थिति</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>minutes</source>
        <translation>कार्यवृत्त</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>action items</source>
        <translation>कार्रवाई बिंदु</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{meeting} already has {recorded} recorded; it stays held. Remove what is recorded first if the meeting really did not take place.</source>
        <translation>{meeting} में पहले से {recorded} दर्ज है; यह आयोजित ही रहेगी। यदि बैठक वास्तव में नहीं हुई, तो पहले दर्ज जानकारी हटाएँ।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The reason for cancelling</source>
        <translation>रद्द करने का कारण</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{meeting} is {status}; only a meeting still scheduled can be deleted.</source>
        <translation>{meeting} {status} है; केवल अभी निर्धारित बैठक ही हटाई जा सकती है।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>action items are raised in it or escalated to it</source>
        <translation>इसमें कार्रवाई बिंदु उठाए गए हैं या इसे उच्च स्तर पर भेजे गए हैं</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>corrections to earlier minutes are recorded in it</source>
        <translation>इसमें पिछले कार्यवृत्त के सुधार दर्ज हैं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its notice was issued from the dispatch register</source>
        <translation>इसकी सूचना प्रेषण रजिस्टर से जारी की गई थी</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{meeting} cannot be deleted: {reasons}. Cancel it instead.</source>
        <translation>{meeting} हटाई नहीं जा सकती: {reasons}। इसके बजाय इसे रद्द करें।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings/minutes.py" line="-207"/>
        <source>{meeting} has no agenda items; add the items taken up to the agenda, then write the minutes under them.</source>
        <translation>{meeting} में कोई कार्यसूची बिंदु नहीं है; जिन बिंदुओं पर चर्चा हुई उन्हें कार्यसूची में जोड़ें, फिर उनके अंतर्गत कार्यवृत्त लिखें।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Entry {number} is for an item no longer on the agenda of this meeting; close the minutes and open them again.</source>
        <translation>प्रविष्टि {number} ऐसे बिंदु की है जो अब इस बैठक की कार्यसूची में नहीं है; कार्यवृत्त बंद करके फिर से खोलें।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{title}: the discussion is {count} characters long; at most {limit} fit.</source>
        <translation>{title}: चर्चा {count} अक्षरों की है; अधिकतम {limit} अक्षर आ सकते हैं।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title}: the decisions are {count} characters long; at most {limit} fit.</source>
        <translation>{title}: निर्णय {count} अक्षरों के हैं; अधिकतम {limit} अक्षर आ सकते हैं।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing is written in the minutes of {meeting}; write what was discussed or decided under at least one item.</source>
        <translation>{meeting} के कार्यवृत्त में कुछ नहीं लिखा है; कम से कम एक बिंदु के अंतर्गत चर्चा या निर्णय लिखें।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Who approved the minutes</source>
        <translation>कार्यवृत्त किसने अनुमोदित किया</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the date the minutes were approved.</source>
        <translation>कार्यवृत्त अनुमोदित होने की तिथि दें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The minutes cannot be approved on {day}, before the meeting itself ({meeting_day}).</source>
        <translation>कार्यवृत्त {day} को, बैठक ({meeting_day}) से पहले, अनुमोदित नहीं किया जा सकता।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing is written yet under: {empty}. Write what was discussed or decided under every item before approving the minutes of {meeting}.</source>
        <translation>इनके अंतर्गत अभी कुछ नहीं लिखा है: {empty}। {meeting} का कार्यवृत्त अनुमोदित करने से पहले हर बिंदु के अंतर्गत चर्चा या निर्णय लिखें।</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The minutes of {meeting} are not approved (it is {status}); change them directly.</source>
        <translation>{meeting} का कार्यवृत्त अनुमोदित नहीं है (यह {status} है); इसे सीधे बदलें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The minutes of {meeting} are not approved (it is {status}); nothing to correct.</source>
        <translation>{meeting} का कार्यवृत्त अनुमोदित नहीं है (यह {status} है); सुधारने के लिए कुछ नहीं है।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write the correction.</source>
        <translation>सुधार लिखें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The correction is {count} characters long; at most {limit} fit.</source>
        <translation>सुधार {count} अक्षरों का है; अधिकतम {limit} अक्षर आ सकते हैं।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose an item of the agenda of {meeting}.</source>
        <translation>{meeting} की कार्यसूची का एक बिंदु चुनें।</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{meeting} is not a meeting of {body}; record the correction in a later meeting of that body.</source>
        <translation>{meeting}, {body} की बैठक नहीं है; सुधार उस निकाय की बाद की बैठक में दर्ज करें।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{meeting} is not convened by {office}; record the correction in a later meeting of that office.</source>
        <translation>{meeting} {office} द्वारा नहीं बुलाई गई है; सुधार उस कार्यालय की बाद की बैठक में दर्ज करें।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{meeting} is not after {corrected}; a correction is recorded in a later meeting.</source>
        <translation>{meeting}, {corrected} के बाद की नहीं है; सुधार बाद की बैठक में दर्ज किया जाता है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The minutes of {meeting} are approved as well; record the correction in a meeting whose minutes are still open.</source>
        <translation>{meeting} का कार्यवृत्त भी अनुमोदित है; सुधार ऐसी बैठक में दर्ज करें जिसका कार्यवृत्त अभी खुला है।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{meeting} was cancelled; record the correction in a meeting that takes place.</source>
        <translation>{meeting} रद्द कर दी गई थी; सुधार ऐसी बैठक में दर्ज करें जो आयोजित होती है।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Correction</source>
        <translation>सुधार</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings/printing.py" line="-268"/>
        <source>{meeting} was cancelled ({reason}); it has no minutes.</source>
        <translation>{meeting} रद्द कर दी गई थी ({reason}); इसका कोई कार्यवृत्त नहीं है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{meeting} is still scheduled; its minutes can be printed once it is held (mark it held, or record its attendance or minutes).</source>
        <translation>{meeting} अभी निर्धारित है; आयोजित होने पर इसका कार्यवृत्त मुद्रित किया जा सकता है (इसे आयोजित चिह्नित करें, या इसकी उपस्थिति या कार्यवृत्त दर्ज करें)।</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>The meeting notice is available in English.</source>
        <translation>बैठक सूचना अंग्रेज़ी में उपलब्ध है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{meeting} is {status}; a notice goes out only for a meeting still to be held.</source>
        <translation>{meeting} {status} है; सूचना केवल उसी बैठक के लिए जारी होती है जो अभी आयोजित होनी है।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The notice is dated {day}, after the meeting on {meeting_day}; date it on or before the meeting.</source>
        <translation>सूचना की तिथि {day} है, {meeting_day} की बैठक के बाद; बैठक की तिथि या उससे पहले की तिथि दें।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{body} has no members on {day}; add its members before sending the notice.</source>
        <translation>{day} को {body} में कोई सदस्य नहीं है; सूचना भेजने से पहले इसके सदस्य जोड़ें।</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Circular No. {number} was cancelled; it cannot be recorded as the notice of {meeting}.</source>
        <translation>परिपत्र सं. {number} रद्द कर दिया गया था; इसे {meeting} की सूचना के रूप में दर्ज नहीं किया जा सकता।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{meeting} was cancelled ({reason}); its notice is not recorded.</source>
        <translation>{meeting} रद्द कर दी गई थी ({reason}); इसकी सूचना दर्ज नहीं की जाती।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings/states.py" line="+15"/>
        <source>{meeting} is {status}; it cannot become {target} (from {status} it can become: {allowed}).</source>
        <translation>{meeting} {status} है; यह {target} नहीं हो सकती ({status} से यह हो सकती है: {allowed})।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nothing else</source>
        <translation>और कुछ नहीं</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the next meeting of the body</source>
        <translation>निकाय की अगली बैठक</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a later meeting</source>
        <translation>बाद की कोई बैठक</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The minutes of {meeting} were approved on {day} and are locked. Record {record} in {later}.</source>
        <translation>{meeting} का कार्यवृत्त {day} को अनुमोदित हुआ था और लॉक है। {record} {later} में दर्ज करें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The minutes of {meeting} were approved and are locked. Record {record} in {later}.</source>
        <translation>{meeting} का कार्यवृत्त अनुमोदित हो चुका है और लॉक है। {record} {later} में दर्ज करें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a correction</source>
        <translation>एक सुधार</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{meeting} was cancelled ({reason}); it can no longer be changed.</source>
        <translation>{meeting} रद्द कर दी गई थी ({reason}); इसे अब बदला नहीं जा सकता।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{meeting} is still to come; its minutes can be recorded from that day.</source>
        <translation>{meeting} अभी होनी है; इसका कार्यवृत्त उस दिन से दर्ज किया जा सकता है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{meeting} is still to come; its attendance can be recorded from that day.</source>
        <translation>{meeting} अभी होनी है; इसकी उपस्थिति उस दिन से दर्ज की जा सकती है।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings/vocabulary.py" line="-16"/>
        <source>Scheduled</source>
        <translation>निर्धारित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>आयोजित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes drafted</source>
        <translation>कार्यवृत्त का मसौदा तैयार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes approved</source>
        <translation>कार्यवृत्त अनुमोदित</translation>
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
        <translation>प्रतिनिधि द्वारा</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/meetings_page.py" line="+66"/>
        <source>Search by title, body, place or venue</source>
        <translation>शीर्षक, निकाय, स्थान या आयोजन स्थल से खोजें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any level</source>
        <translation>सभी स्तर</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>any status</source>
        <translation>सभी स्थितियाँ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any body</source>
        <translation>सभी निकाय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any date</source>
        <translation>सभी तिथियाँ</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+114"/>
        <source>dates between…</source>
        <translation>इन तिथियों के बीच…</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>New meeting…</source>
        <translation>नई बैठक…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>खोलें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate 2-4-6-8 reviews…</source>
        <translation>2-4-6-8 समीक्षाएँ बनाएँ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office calendar…</source>
        <translation>कार्यालय कैलेंडर…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review groups…</source>
        <translation>समीक्षा समूह…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Date</source>
        <translation>दिनांक</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>निकाय</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>स्तर</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit</source>
        <translation>इकाई</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Venue</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation>अध्यक्ष</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open actions</source>
        <translation>खुली कार्रवाइयाँ</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>List</source>
        <translation>सूची</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>माह</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meetings</source>
        <translation>बैठकें</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Scheduled, not held</source>
        <translation>निर्धारित, आयोजित नहीं</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%(shown)s of %(total)s</source>
        <translation>%(total)s में से %(shown)s</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Review groups formed: %s.</source>
        <translation>बनाए गए समीक्षा समूह: %s।</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <location filename="../../desktop/ui/pages/committee_members.py" line="+77"/>
        <source>Show who sat on the body on this date</source>
        <translation>दिखाएँ कि इस तिथि को निकाय में कौन था</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show history</source>
        <translation>इतिहास दिखाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every membership the body has had, with when and why each ended</source>
        <translation>निकाय की अब तक की प्रत्येक सदस्यता, यह बताते हुए कि प्रत्येक कब और क्यों समाप्त हुई</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Members as on</source>
        <translation>इस तिथि को सदस्य</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add member…</source>
        <translation>सदस्य जोड़ें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace…</source>
        <translation>सदस्य बदलें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End membership…</source>
        <translation>सदस्यता समाप्त करें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct…</source>
        <translation>सुधारें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove (entered by mistake)</source>
        <translation>हटाएँ (गलती से दर्ज)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>नाम</translation>
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
        <translation>फ़ोन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>तक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it ended</source>
        <translation>समाप्ति का कारण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces</source>
        <translation>किसके स्थान पर</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choose a body above to see its members.</source>
        <translation>सदस्य देखने के लिए ऊपर से कोई निकाय चुनें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%s&lt;/b&gt;: every membership</source>
        <translation>&lt;b&gt;%s&lt;/b&gt;: प्रत्येक सदस्यता</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>memberships</source>
        <translation>सदस्यताएँ</translation>
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
        <translation>सदस्यता हटाएँ</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Remove %(person)s&apos;s membership of %(body)s as entered by mistake? It disappears from the history. A member who left is ended or replaced instead.</source>
        <translation>%(body)s में %(person)s की सदस्यता को गलती से दर्ज मानकर हटाएँ? यह इतिहास से भी हट जाएगी। किसी सदस्य के हटने पर उसकी सदस्यता समाप्त की जाती है या उसका स्थान किसी अन्य को दिया जाता है।</translation>
    </message>
</context>
<context>
    <name>MembershipDialogs</name>
    <message>
        <location filename="../../desktop/ui/dialogs/membership_dialogs.py" line="-188"/>
        <source>%(person)s has been %(role)s of the %(body)s since %(date)s.</source>
        <translation>%(person)s %(date)s से %(body)s के %(role)s हैं।</translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/meeting_minutes_tab.py" line="-225"/>
        <source>What was discussed, in paragraphs.</source>
        <translation>क्या चर्चा हुई, अनुच्छेदों में।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One decision a line.</source>
        <translation>प्रति पंक्ति एक निर्णय।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save minutes</source>
        <translation>कार्यवृत्त सहेजें</translation>
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
        <translation>किसके कार्यवृत्त में सुधार</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Under item</source>
        <translation>बिंदु</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction</source>
        <translation>सुधार</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Record a correction to earlier approved minutes…</source>
        <translation>पूर्व में अनुमोदित कार्यवृत्त में सुधार दर्ज करें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove correction</source>
        <translation>सुधार हटाएँ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Corrections to earlier approved minutes, recorded in this meeting</source>
        <translation>पूर्व में अनुमोदित कार्यवृत्त में सुधार, इस बैठक में दर्ज</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Corrected in %(meeting)s on %(date)s: %(text)s</source>
        <translation>%(meeting)s में %(date)s को सुधारा गया: %(text)s</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No agenda item yet.</source>
        <translation>अभी कोई कार्यसूची बिंदु नहीं है।</translation>
    </message>
</context>
<context>
    <name>MoUs</name>
    <message>
        <location filename="../../desktop/services/mous/attachments.py" line="+46"/>
        <source>Unknown kind of attachment &apos;{kind}&apos;.</source>
        <translation>संलग्नक का अज्ञात प्रकार ‘{kind}’।</translation>
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
        <translation>संलग्नक</translation>
    </message>
    <message>
        <location filename="../../desktop/services/mous/coverage.py" line="+53"/>
        <location filename="../../desktop/services/mous/timeline_words.py" line="+101"/>
        <source>Whole district</source>
        <translation>पूरा जिला</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} block</source>
        <translation>{count} ब्लॉक</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} blocks</source>
        <translation>{count} ब्लॉक</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} cluster</source>
        <translation>{count} क्लस्टर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} clusters</source>
        <translation>{count} क्लस्टर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} school</source>
        <translation>{count} विद्यालय</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} schools</source>
        <translation>{count} विद्यालय</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing yet</source>
        <translation>अभी कुछ नहीं</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the whole district, or the blocks, clusters or schools covered.</source>
        <translation>पूरा जिला चुनें, या शामिल ब्लॉक, क्लस्टर या विद्यालय चुनें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the district of the issuing office first (Offices page).</source>
        <translation>पहले जारीकर्ता कार्यालय का जिला निर्धारित करें (कार्यालय पृष्ठ)।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>block {name}</source>
        <translation>ब्लॉक {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cluster {name}</source>
        <translation>क्लस्टर {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>school {name}</source>
        <translation>विद्यालय {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} of the chosen units no longer exist; choose again.</source>
        <translation>चुनी गई इकाइयों में से {count} अब मौजूद नहीं हैं; फिर से चुनें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the office&apos;s district</source>
        <translation>कार्यालय का जिला</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{units} and {count} more</source>
        <translation>{units} और {count} अन्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside {district}: {units}. An MoU covers only its own district.</source>
        <translation>{district} से बाहर: {units}। MoU केवल अपने जिले को शामिल करता है।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/mous/lifecycle.py" line="-228"/>
        <source>MoU {reference} is {status}; it cannot become {target} (from {status} it can become: {allowed}).</source>
        <translation>MoU {reference} {status} है; यह {target} नहीं हो सकता ({status} से यह हो सकता है: {allowed})।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nothing else</source>
        <translation>और कुछ नहीं</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>MoU {reference} has no required signatory yet; add them first.</source>
        <translation>MoU {reference} का अभी कोई आवश्यक हस्ताक्षरकर्ता नहीं है; पहले उन्हें जोड़ें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MoU {reference} is not signed yet by: {waiting}.</source>
        <translation>MoU {reference} पर अभी इनके हस्ताक्षर नहीं हुए हैं: {waiting}।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>MoU {reference} starts on {day}; it can be activated from that day.</source>
        <translation>MoU {reference} {day} से शुरू होता है; इसे उस दिन से सक्रिय किया जा सकता है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MoU {reference} ended on {day}; renew it instead of activating it.</source>
        <translation>MoU {reference} {day} को समाप्त हो गया; इसे सक्रिय करने के बजाय नवीनीकरण करें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Already active with the same partner, focus and schools: {mous}. Give a reason to activate this MoU as well.</source>
        <translation>उसी साझेदार, केंद्र-बिंदु और विद्यालयों के साथ पहले से सक्रिय: {mous}। इस MoU को भी सक्रिय करने का कारण दें।</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Give the reason for terminating the MoU.</source>
        <translation>MoU समाप्त करने का कारण दें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the date the MoU was terminated.</source>
        <translation>MoU समाप्त किए जाने की तिथि दें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{day} is in the future; terminate on or before today.</source>
        <translation>{day} भविष्य की तिथि है; आज या उससे पहले की तिथि पर समाप्त करें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+135"/>
        <source>{day} is outside the MoU&apos;s period ({start} to {end}).</source>
        <translation>{day} MoU की अवधि ({start} से {end}) से बाहर है।</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>MoU {reference} is {status}; only an active or expired MoU is renewed.</source>
        <translation>MoU {reference} {status} है; केवल सक्रिय या समाप्त अवधि वाले MoU का नवीनीकरण होता है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../desktop/services/mous/register.py" line="-194"/>
        <location filename="../../desktop/services/mous/timeline_words.py" line="-11"/>
        <source>Reference number</source>
        <translation>संदर्भ संख्या</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../desktop/services/mous/register.py" line="+4"/>
        <source>Another MoU already has the reference {reference}.</source>
        <translation>किसी अन्य MoU का संदर्भ पहले से {reference} है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the start and end dates of the renewed MoU.</source>
        <translation>नवीनीकृत MoU की आरंभ और समाप्ति तिथियाँ दें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../desktop/services/mous/register.py" line="+26"/>
        <source>The MoU ends ({end}) before it starts ({start}).</source>
        <translation>MoU शुरू होने ({start}) से पहले समाप्त ({end}) हो रहा है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A renewal starts after the MoU it renews ({day}).</source>
        <translation>नवीनीकरण उस MoU ({day}) के बाद शुरू होता है जिसका वह नवीनीकरण करता है।</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>MoU {reference} is {status}; only a signed or active MoU is amended (edit the draft itself instead).</source>
        <translation>MoU {reference} {status} है; केवल हस्ताक्षरित या सक्रिय MoU में संशोधन होता है (इसके बजाय मसौदे को ही संपादित करें)।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MoU {reference} is {status}; only a signed or active MoU is amended.</source>
        <translation>MoU {reference} {status} है; केवल हस्ताक्षरित या सक्रिय MoU में संशोधन होता है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the amendment changes</source>
        <translation>संशोधन क्या बदलता है</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the date the amendment takes effect.</source>
        <translation>संशोधन प्रभावी होने की तिथि दें।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The new end date must not be before today or the start date.</source>
        <translation>नई समाप्ति तिथि आज या आरंभ तिथि से पहले की नहीं होनी चाहिए।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed on {day} is in the future.</source>
        <translation>हस्ताक्षर की तिथि {day} भविष्य में है।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/mous/listing.py" line="+212"/>
        <source>Ending within {days} days: {mous}</source>
        <translation>{days} दिनों में समाप्त हो रहे: {mous}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reference} (ended {day})</source>
        <translation>{reference} ({day} को समाप्त)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expired: {mous}</source>
        <translation>अवधि समाप्त: {mous}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reference} (from {day})</source>
        <translation>{reference} ({day} से)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed but not yet active: {mous}</source>
        <translation>हस्ताक्षरित पर अभी सक्रिय नहीं: {mous}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reference}: {obligation} (due {day})</source>
        <translation>{reference}: {obligation} (नियत तिथि {day})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overdue obligations: {obligations} and {count} more</source>
        <translation>विलंबित दायित्व: {obligations} और {count} अन्य</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue obligations: {obligations}</source>
        <translation>विलंबित दायित्व: {obligations}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/mous/overlaps.py" line="+43"/>
        <source>{reference} (until {day}, {count} school in common)</source>
        <translation>{reference} ({day} तक, {count} विद्यालय साझा)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reference} (until {day}, {count} schools in common)</source>
        <translation>{reference} ({day} तक, {count} विद्यालय साझा)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/mous/parts.py" line="+76"/>
        <source>Signatory {number}: name and designation are both needed.</source>
        <translation>हस्ताक्षरकर्ता {number}: नाम और पदनाम दोनों आवश्यक हैं।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signatory {number}: the party must be the district or the partner.</source>
        <translation>हस्ताक्षरकर्ता {number}: पक्ष जिला या साझेदार होना चाहिए।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signatory {number}</source>
        <translation>हस्ताक्षरकर्ता {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{signatory}: signed on {day} is in the future.</source>
        <translation>{signatory}: हस्ताक्षर की तिथि {day} भविष्य में है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{signatory}: signed on {day}, after the MoU ends ({end}).</source>
        <translation>{signatory}: हस्ताक्षर {day} को, MoU की समाप्ति ({end}) के बाद।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{signatory}: signed on {day}, more than {days} days before the MoU starts ({start}); check the year.</source>
        <translation>{signatory}: हस्ताक्षर {day} को, MoU शुरू होने ({start}) से {days} दिन से अधिक पहले; वर्ष जाँचें।</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Obligation {number}: say what is to be done.</source>
        <translation>दायित्व {number}: बताएँ कि क्या किया जाना है।</translation>
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
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Obligation {number}: unknown {what} &apos;{value}&apos;.</source>
        <translation>दायित्व {number}: अज्ञात {what} ‘{value}’।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Obligation {number}: frequency must be one of {values}.</source>
        <translation>दायित्व {number}: आवृत्ति इनमें से एक होनी चाहिए: {values}।</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&apos;{category}&apos; is not a category of data the app can share.</source>
        <translation>‘{category}’ डेटा की ऐसी श्रेणी नहीं है जिसे ऐप साझा कर सकता है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{category} is listed twice.</source>
        <translation>{category} दो बार सूचीबद्ध है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{category}: say for what purpose the partner receives it.</source>
        <translation>{category}: बताएँ कि साझेदार इसे किस उद्देश्य से प्राप्त करता है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{category}: the partner may keep data from 1 to {limit} months, not {months}.</source>
        <translation>{category}: साझेदार डेटा 1 से {limit} माह तक रख सकता है, {months} नहीं।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/mous/printing.py" line="-194"/>
        <source>There is no default MoU text in &apos;{language}&apos;.</source>
        <translation>‘{language}’ में कोई डिफ़ॉल्ट MoU पाठ नहीं है।</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>MoU text, {problem}</source>
        <translation>MoU पाठ, {problem}</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>The MoU authorisation letter is available in {names}.</source>
        <translation>MoU प्राधिकार पत्र {names} में उपलब्ध है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MoU {reference} is {status}; schools are sent an authorisation letter only once the MoU is signed or active.</source>
        <translation>MoU {reference} {status} है; विद्यालयों को प्राधिकार पत्र तभी भेजा जाता है जब MoU हस्ताक्षरित या सक्रिय हो।</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>MoU {reference} covers no school today; there is no one to write to.</source>
        <translation>MoU {reference} में आज कोई विद्यालय शामिल नहीं है; पत्र भेजने के लिए कोई नहीं है।</translation>
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
        <translation>जिले की ओर से हस्ताक्षर करने वाला कार्यालय चुनें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one partner organisation.</source>
        <translation>कम से कम एक साझेदार संस्था चुनें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A chosen partner organisation no longer exists; choose again.</source>
        <translation>चुनी गई एक साझेदार संस्था अब मौजूद नहीं है; फिर से चुनें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the focus intervention.</source>
        <translation>केंद्र-बिंदु हस्तक्षेप चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/services/mous/timeline_words.py" line="-57"/>
        <source>Focus</source>
        <translation>केंद्र-बिंदु</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe the focus intervention.</source>
        <translation>केंद्र-बिंदु हस्तक्षेप का वर्णन करें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start date is required.</source>
        <translation>आरंभ तिथि अनिवार्य है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End date is required.</source>
        <translation>समाप्ति तिथि अनिवार्य है।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The chosen nodal officer no longer exists.</source>
        <translation>चुना गया नोडल अधिकारी अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the amount of funding in rupees, or mark the MoU non-financial.</source>
        <translation>वित्तपोषण की राशि रुपये में दें, या MoU को गैर-वित्तीय चिह्नित करें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language must be one of {values}.</source>
        <translation>भाषा इनमें से एक होनी चाहिए: {values}।</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../desktop/services/mous/timeline_words.py" line="+2"/>
        <source>Objectives</source>
        <translation>उद्देश्य</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>MoU {reference} is {status}; its terms change only through an amendment.</source>
        <translation>MoU {reference} {status} है; इसकी शर्तें केवल संशोधन द्वारा बदलती हैं।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>MoU {reference} is {status}; its obligations are closed.</source>
        <translation>MoU {reference} {status} है; इसके दायित्व बंद हैं।</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>MoU {reference} is {status}; only drafts can be deleted.</source>
        <translation>MoU {reference} {status} है; केवल मसौदे हटाए जा सकते हैं।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MoU {reference} has been renewed; it stays on record.</source>
        <translation>MoU {reference} का नवीनीकरण हो चुका है; यह अभिलेख में बना रहता है।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/mous/reports.py" line="+164"/>
        <source>Save the register as a .pdf or an .xlsx file.</source>
        <translation>रजिस्टर को .pdf या .xlsx फ़ाइल के रूप में सहेजें।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/mous/usage.py" line="+21"/>
        <source>{name} is covered by {count} MoU ({references}); it stays on record while they do.</source>
        <translation>{name} {count} MoU ({references}) में शामिल है; जब तक ऐसा है, यह अभिलेख में बना रहेगा।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is covered by {count} MoUs ({references}); it stays on record while they do.</source>
        <translation>{name} {count} MoU ({references}) में शामिल है; जब तक ऐसा है, यह अभिलेख में बना रहेगा।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is a party to {count} MoU ({references}); it stays on record while they do.</source>
        <translation>{name} {count} MoU ({references}) में पक्ष है; जब तक ऐसा है, यह अभिलेख में बना रहेगा।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is a party to {count} MoUs ({references}); it stays on record while they do.</source>
        <translation>{name} {count} MoU ({references}) में पक्ष है; जब तक ऐसा है, यह अभिलेख में बना रहेगा।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} signs for the district in {count} MoU ({references}); it stays on record while they do.</source>
        <translation>{name} {count} MoU ({references}) में जिले की ओर से हस्ताक्षर करता है; जब तक ऐसा है, यह अभिलेख में बना रहेगा।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} signs for the district in {count} MoUs ({references}); it stays on record while they do.</source>
        <translation>{name} {count} MoU ({references}) में जिले की ओर से हस्ताक्षर करता है; जब तक ऐसा है, यह अभिलेख में बना रहेगा।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is the nodal officer of {count} MoU ({references}); it stays on record while they do.</source>
        <translation>{name} {count} MoU ({references}) का नोडल अधिकारी है; जब तक ऐसा है, यह अभिलेख में बना रहेगा।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is the nodal officer of {count} MoUs ({references}); it stays on record while they do.</source>
        <translation>{name} {count} MoU ({references}) का नोडल अधिकारी है; जब तक ऐसा है, यह अभिलेख में बना रहेगा।</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{references} and {count} more</source>
        <translation>{references} और {count} अन्य</translation>
    </message>
    <message>
        <location filename="../../desktop/services/mous/vocabulary.py" line="+11"/>
        <source>Foundational literacy and numeracy (FLN)</source>
        <translation>बुनियादी साक्षरता और संख्याज्ञान (FLN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School leadership development</source>
        <translation>विद्यालय नेतृत्व विकास</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teacher professional development</source>
        <translation>शिक्षक व्यावसायिक विकास</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community engagement</source>
        <translation>सामुदायिक सहभागिता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other (described)</source>
        <translation>अन्य (वर्णित)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft</source>
        <translation>मसौदा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under review</source>
        <translation>समीक्षाधीन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>हस्ताक्षरित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>अवधि समाप्त</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminated</source>
        <translation>समाप्त किया गया</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The district</source>
        <translation>जिला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The partner</source>
        <translation>साझेदार</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Responsibility</source>
        <translation>उत्तरदायित्व</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliverable</source>
        <translation>प्रदेय</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pending</source>
        <translation>लंबित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>प्रगति पर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>पूर्ण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>निरस्त</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Once</source>
        <translation>एक बार</translation>
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
        <translation>अर्धवार्षिक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly</source>
        <translation>वार्षिक</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>School directory (names, UDISE codes, location, management)</source>
        <translation>विद्यालय निर्देशिका (नाम, UDISE कोड, स्थान, प्रबंधन)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>School-level indicators (enrolment, attendance, teachers)</source>
        <translation>विद्यालय-स्तरीय संकेतक (नामांकन, उपस्थिति, शिक्षक)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aggregated assessment results (by school, cluster, block)</source>
        <translation>समेकित आकलन परिणाम (विद्यालय, क्लस्टर, ब्लॉक अनुसार)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pseudonymised student-level assessment results</source>
        <translation>छद्मनामित विद्यार्थी-स्तरीय आकलन परिणाम</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact details of officials</source>
        <translation>अधिकारियों के संपर्क विवरण</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed copy</source>
        <translation>हस्ताक्षरित प्रति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annexure</source>
        <translation>अनुलग्नक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_tables.py" line="+24"/>
        <source>District</source>
        <translation>जिला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>साझेदार</translation>
    </message>
    <message>
        <location filename="../../desktop/services/mous/timeline_words.py" line="-36"/>
        <source>MoU created</source>
        <translation>MoU बनाया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MoU changed</source>
        <translation>MoU में परिवर्तन किया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MoU deleted</source>
        <translation>MoU हटाया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner added</source>
        <translation>साझेदार जोड़ा गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner changed</source>
        <translation>साझेदार बदला गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner removed</source>
        <translation>साझेदार हटाया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added to the coverage</source>
        <translation>कवरेज में जोड़ा गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage changed</source>
        <translation>कवरेज में परिवर्तन किया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed from the coverage</source>
        <translation>कवरेज से हटाया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory added</source>
        <translation>हस्ताक्षरकर्ता जोड़ा गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory changed</source>
        <translation>हस्ताक्षरकर्ता का विवरण बदला गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory removed</source>
        <translation>हस्ताक्षरकर्ता हटाया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obligation added</source>
        <translation>दायित्व जोड़ा गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obligation changed</source>
        <translation>दायित्व में परिवर्तन किया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obligation removed</source>
        <translation>दायित्व हटाया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-sharing term added</source>
        <translation>डेटा साझाकरण शर्त जोड़ी गई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-sharing term changed</source>
        <translation>डेटा साझाकरण शर्त में परिवर्तन किया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-sharing term removed</source>
        <translation>डेटा साझाकरण शर्त हटाई गई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amendment added</source>
        <translation>संशोधन जोड़ा गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amendment changed</source>
        <translation>संशोधन में परिवर्तन किया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amendment removed</source>
        <translation>संशोधन हटाया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned copy attached</source>
        <translation>स्कैन की गई प्रति संलग्न की गई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned copy changed</source>
        <translation>स्कैन की गई प्रति में परिवर्तन किया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned copy removed</source>
        <translation>स्कैन की गई प्रति हटाई गई</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>District office</source>
        <translation>जिला कार्यालय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nodal officer</source>
        <translation>नोडल अधिकारी</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe the focus</source>
        <translation>केंद्र-बिंदु का वर्णन करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts on</source>
        <translation>आरंभ तिथि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends on</source>
        <translation>समाप्ति तिथि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funded</source>
        <translation>वित्तपोषित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding</source>
        <translation>वित्तपोषण</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+31"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Status changed on</source>
        <translation>स्थिति बदलने की तिथि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminated on</source>
        <translation>समाप्त करने की तिथि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for terminating</source>
        <translation>समाप्त करने का कारण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why both overlapping MoUs are needed</source>
        <translation>समान दायरे वाले दोनों MoU क्यों आवश्यक हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renews</source>
        <translation>किस MoU का नवीनीकरण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the MoU</source>
        <translation>MoU की भाषा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text of the MoU</source>
        <translation>MoU का पाठ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner organisation</source>
        <translation>साझेदार संस्था</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block</source>
        <translation>ब्लॉक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster</source>
        <translation>क्लस्टर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School</source>
        <translation>विद्यालय</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Designation</source>
        <translation>पदनाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs for</source>
        <translation>किसकी ओर से हस्ताक्षर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which partner</source>
        <translation>कौन-सा साझेदार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>अनिवार्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date signed</source>
        <translation>हस्ताक्षर तिथि</translation>
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
        <translation>क्या किया जाना है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>उत्तरदायी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due by</source>
        <translation>नियत तिथि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often</source>
        <translation>कितनी बार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator and target</source>
        <translation>संकेतक और लक्ष्य</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The partner may receive</source>
        <translation>साझेदार को क्या मिल सकता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For what purpose</source>
        <translation>किस उद्देश्य के लिए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it for</source>
        <translation>कब तक रखें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version</source>
        <translation>संस्करण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes effect on</source>
        <translation>प्रभावी तिथि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed on</source>
        <translation>हस्ताक्षर तिथि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it changes</source>
        <translation>क्या परिवर्तन होता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text of the amendment</source>
        <translation>संशोधन का पाठ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes the end date to</source>
        <translation>नई समाप्ति तिथि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous end date</source>
        <translation>पिछली समाप्ति तिथि</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>{count} month</source>
        <translation>{count} माह</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} months</source>
        <translation>{count} माह</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{field} changed</source>
        <translation>{field} बदला गया</translation>
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
        <translation>कैलेंडर किसके कार्य दिवस और बैठकें दिखाता है</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Calendar of:</source>
        <translation>कैलेंडर:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Scheduled</source>
        <translation>निर्धारित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not held, day passed</source>
        <translation>आयोजित नहीं, तिथि बीत गई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>आयोजित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes drafted</source>
        <translation>कार्यवृत्त का मसौदा तैयार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes approved</source>
        <translation>कार्यवृत्त अनुमोदित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grey: day off</source>
        <translation>धूसर: अवकाश</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Every office (Sundays, 2nd and 4th Saturdays off)</source>
        <translation>सभी कार्यालय (रविवार, दूसरा और चौथा शनिवार अवकाश)</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%s meetings</source>
        <translation>%s बैठकें</translation>
    </message>
</context>
<context>
    <name>MonthChooser</name>
    <message>
        <location line="-299"/>
        <source>Previous month</source>
        <translation>पिछला माह</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next month</source>
        <translation>अगला माह</translation>
    </message>
</context>
<context>
    <name>MouDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_dialog.py" line="+76"/>
        <source>New MoU</source>
        <translation>नया MoU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MoU %(reference)s — %(status)s</source>
        <translation>MoU %(reference)s — %(status)s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage</source>
        <translation>कवरेज</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatories</source>
        <translation>हस्ताक्षरकर्ता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obligations</source>
        <translation>दायित्व</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data sharing</source>
        <translation>डेटा साझाकरण</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attachments</source>
        <translation>संलग्नक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>समय-रेखा</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Text of the MoU</source>
        <translation>MoU का पाठ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reference number</source>
        <translation>संदर्भ संख्या</translation>
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
        <translation>जिला कार्यालय</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nodal officer</source>
        <translation>नोडल अधिकारी</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner organisations</source>
        <translation>साझेदार संस्थाएँ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Focus</source>
        <translation>केंद्र-बिंदु</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the focus</source>
        <translation>केंद्र-बिंदु का वर्णन करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts on</source>
        <translation>आरंभ तिथि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends on</source>
        <translation>समाप्ति तिथि</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funding</source>
        <translation>वित्तपोषण</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the MoU</source>
        <translation>MoU की भाषा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objectives</source>
        <translation>उद्देश्य</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The clauses as they are to be printed. A line each; &apos;- &apos; for bullets, &apos;1. &apos; for numbered clauses, *bold* and _italic_.</source>
        <translation>खंड, जैसे वे मुद्रित होने हैं। प्रति पंक्ति एक; बुलेट के लिए &apos;- &apos;, क्रमांकित खंडों के लिए &apos;1. &apos;, *बोल्ड* और _इटैलिक_।</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+28"/>
        <source>Use the standard text</source>
        <translation>मानक पाठ का उपयोग करें</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The district&apos;s standard clauses in the language chosen, to adapt</source>
        <translation>चुनी गई भाषा में जिले के मानक खंड, आवश्यकतानुसार बदलने के लिए</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Replace the text written so far with the standard clauses?</source>
        <translation>अब तक लिखे गए पाठ के स्थान पर मानक खंड रखें?</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>“%s” is not in the list of people: choose from the list, or leave it empty.</source>
        <translation>“%s” व्यक्तियों की सूची में नहीं है: सूची से चुनें, या इसे खाली छोड़ दें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the amount in whole rupees, e.g. 12,50,000.</source>
        <translation>राशि पूरे रुपयों में लिखें, उदा. 12,50,000।</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This database is open read-only: nothing can be saved.</source>
        <translation>यह डेटाबेस केवल पढ़ने के लिए खुला है: कुछ भी सहेजा नहीं जा सकता।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This MoU is %s: it is kept on record as it was, and nothing in it changes.</source>
        <translation>यह MoU %s है: यह जैसा था वैसा ही अभिलेख में रखा गया है, और इसमें कुछ नहीं बदलता।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed MoUs change only through an amendment (on the MoU page). Here you can update the obligations and attach scanned copies.</source>
        <translation>हस्ताक्षरित MoU केवल संशोधन द्वारा बदलते हैं (MoU पृष्ठ पर)। यहाँ आप दायित्व अद्यतन कर सकते हैं और स्कैन की गई प्रतियाँ संलग्न कर सकते हैं।</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save obligations</source>
        <translation>दायित्व सहेजें</translation>
    </message>
</context>
<context>
    <name>MouPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/export_mou_page.py" line="+62"/>
        <source>Choose the MoU</source>
        <translation>MoU चुनें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A package holds only what the MoU&apos;s data-sharing terms allow, about the schools it covers. Only an active MoU can export.</source>
        <translation>पैकेज में केवल वही होता है जिसकी MoU की डेटा साझाकरण शर्तें अनुमति देती हैं, उसके अंतर्गत आने वाले विद्यालयों के बारे में। केवल सक्रिय MoU से ही निर्यात हो सकता है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search by reference, title, partner or office</source>
        <translation>संदर्भ, शीर्षक, साझेदार या कार्यालय से खोजें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Search:</source>
        <translation>खोजें(&amp;S):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>साझेदार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Valid until</source>
        <translation>कब तक मान्य</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>MoUs</source>
        <translation>MoU</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%(shown)d of %(total)d</source>
        <translation>%(total)d में से %(shown)d</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>MoU %(reference)s: %(title)s</source>
        <translation>MoU %(reference)s: %(title)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For: %s</source>
        <translation>किसके लिए: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its terms allow %(categories)d categories of data about %(schools)s schools; the partner keeps them until %(date)s.</source>
        <translation>इसकी शर्तें %(schools)s विद्यालयों के बारे में डेटा की %(categories)d श्रेणियों की अनुमति देती हैं; साझेदार इन्हें %(date)s तक रखेगा।</translation>
    </message>
</context>
<context>
    <name>MousPage</name>
    <message>
        <location filename="../../desktop/ui/pages/mou_printing.py" line="+47"/>
        <source>Save the MoU</source>
        <translation>MoU सहेजें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printing the MoU</source>
        <translation>MoU मुद्रित किया जा रहा है</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>Saved %s</source>
        <translation>%s सहेजा गया</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Save the MoU register</source>
        <translation>MoU रजिस्टर सहेजें</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Preparing the register</source>
        <translation>रजिस्टर तैयार किया जा रहा है</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Authorisation letter</source>
        <translation>प्राधिकार पत्र</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/mous_page.py" line="+62"/>
        <source>Search by reference, title, partner or office</source>
        <translation>संदर्भ, शीर्षक, साझेदार या कार्यालय से खोजें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any status</source>
        <translation>सभी स्थितियाँ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any partner</source>
        <translation>सभी साझेदार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any block</source>
        <translation>सभी ब्लॉक</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any focus</source>
        <translation>सभी केंद्र-बिंदु</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>any end date</source>
        <translation>सभी समाप्ति तिथियाँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ending within %s days</source>
        <translation>%s दिनों में समाप्त होने वाले</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New MoU…</source>
        <translation>नया MoU…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>खोलें…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send for review</source>
        <translation>समीक्षा हेतु भेजें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to draft</source>
        <translation>मसौदे में वापस करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark signed</source>
        <translation>हस्ताक्षरित चिह्नित करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate</source>
        <translation>सक्रिय करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminate…</source>
        <translation>समाप्त करें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renew…</source>
        <translation>नवीनीकरण…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amend…</source>
        <translation>संशोधन…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+206"/>
        <source>Delete draft</source>
        <translation>मसौदा हटाएँ</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>MoU as PDF…</source>
        <translation>MoU की PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorisation letter…</source>
        <translation>प्राधिकार पत्र…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register report…</source>
        <translation>रजिस्टर रिपोर्ट…</translation>
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
        <translation>साझेदार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus</source>
        <translation>केंद्र-बिंदु</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage</source>
        <translation>कवरेज</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts</source>
        <translation>आरंभ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ends</source>
        <translation>समाप्ति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days left</source>
        <translation>शेष दिन</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue</source>
        <translation>विलंबित</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>MoUs</source>
        <translation>MoU</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%(shown)s of %(total)s</source>
        <translation>%(total)s में से %(shown)s</translation>
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
        <translation>MoU का मसौदा %s हटाएँ? इसे पूर्ववत नहीं किया जा सकता।</translation>
    </message>
</context>
<context>
    <name>NewPersonForm</name>
    <message>
        <location filename="../../desktop/ui/dialogs/nomination_parts.py" line="+78"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (regional)</source>
        <translation>नाम (क्षेत्रीय भाषा में)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. ರಮೇಶ್ ಕೆ</source>
        <translation>उदा. ರಮೇಶ್ ಕೆ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose or type</source>
        <translation>चुनें या टाइप करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Designation</source>
        <translation>पदनाम</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— not recorded —</source>
        <translation>— दर्ज नहीं —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a school</source>
        <translation>विद्यालय</translation>
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
        <translation>कार्यस्थल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School UDISE code</source>
        <translation>विद्यालय का UDISE कोड</translation>
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
        <translation>फ़ोन</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No school has the UDISE code &apos;%s&apos;; type the school&apos;s 11 digits.</source>
        <translation>किसी भी विद्यालय का UDISE कोड &apos;%s&apos; नहीं है; विद्यालय के 11 अंक टाइप करें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the UDISE code of the school the person works at.</source>
        <translation>उस विद्यालय का UDISE कोड टाइप करें जहाँ व्यक्ति कार्य करता है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the office from the list.</source>
        <translation>सूची से कार्यालय चुनें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the organisation from the list.</source>
        <translation>सूची से संस्था चुनें।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The new person</source>
        <translation>नया व्यक्ति</translation>
    </message>
</context>
<context>
    <name>NominationDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/nomination_dialog.py" line="+93"/>
        <source>Nominee</source>
        <translation>नामित व्यक्ति</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>— choose —</source>
        <translation>— चुनें —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cate&amp;gory</source>
        <translation>श्रेणी(&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nominated &amp;by</source>
        <translation>नामांकनकर्ता(&amp;B)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the nominee did, and what changed because of it (figures, dates, places).</source>
        <translation>नामित व्यक्ति ने क्या किया, और उससे क्या बदलाव आया (आँकड़े, तिथियाँ, स्थान)।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Justification</source>
        <translation>औचित्य(&amp;J)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nominated &amp;on</source>
        <translation>नामांकन तिथि(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From data</source>
        <translation>डेटा से</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Nominate for %s</source>
        <translation>%s के लिए नामांकन करें</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nomination of %(nominee)s — %(cycle)s</source>
        <translation>%(nominee)s का नामांकन — %(cycle)s</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This nomination is %(status)s (since %(date)s); it can be corrected only while Nominated or Shortlisted. Evidence can still be added.</source>
        <translation>यह नामांकन %(status)s है (%(date)s से); इसमें सुधार केवल ‘नामांकित’ या ‘शॉर्टलिस्ट’ स्थिति में ही हो सकता है। साक्ष्य अब भी जोड़े जा सकते हैं।</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%(length)d characters; write at least %(minimum)d.</source>
        <translation>%(length)d अक्षर; कम से कम %(minimum)d लिखें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%(length)d characters; at most %(maximum)d fit.</source>
        <translation>%(length)d अक्षर; अधिकतम %(maximum)d आ सकते हैं।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%(length)d characters (at least %(minimum)d, at most %(maximum)d).</source>
        <translation>%(length)d अक्षर (कम से कम %(minimum)d, अधिकतम %(maximum)d)।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nominations are open %s.</source>
        <translation>नामांकन की अवधि: %s।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This date is outside that window.</source>
        <translation>यह तिथि उस अवधि से बाहर है।</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/nomination_saving.py" line="+90"/>
        <source>Already nominated</source>
        <translation>पहले से नामांकित</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge into the existing nomination?</source>
        <translation>मौजूदा नामांकन में मिला दें?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merged into the nomination of %(nominee)s made on %(date)s: this nominator and justification are added to it. Add evidence, or Close.</source>
        <translation>%(date)s को किए गए %(nominee)s के नामांकन में मिला दिया गया: यह नामांकनकर्ता और औचित्य उसमें जोड़ दिए गए हैं। साक्ष्य जोड़ें, या बंद करें।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved: %s is nominated. Add photos or PDFs as evidence below, or Close.</source>
        <translation>सहेजा गया: %s नामांकित है। नीचे साक्ष्य के रूप में फ़ोटो या PDF जोड़ें, या बंद करें।</translation>
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
        <translation>ब्लॉक अधिकारी</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Choose a cycle above, or add one on Programmes and cycles.</source>
        <translation>ऊपर से कोई चक्र चुनें, या कार्यक्रम और चक्र पर एक चक्र जोड़ें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search nominee, nominator, category or place (English or ಕನ್ನಡ)</source>
        <translation>नामित व्यक्ति, नामांकनकर्ता, श्रेणी या स्थान से खोजें (English या ಕನ್ನಡ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search nominations</source>
        <translation>नामांकन खोजें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any status</source>
        <translation>सभी स्थितियाँ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any kind</source>
        <translation>सभी प्रकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any category</source>
        <translation>सभी श्रेणियाँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>Status</source>
        <translation>स्थिति</translation>
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
        <translation>नामांकन करें…(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>संपादित करें…(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>हटाएँ(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw…</source>
        <translation>वापस लें…(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reinstate</source>
        <translation>पुनः बहाल करें(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Su&amp;ggestions from data…</source>
        <translation>डेटा से सुझाव…(&amp;G)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clusters and schools that improved most between two assessment rounds</source>
        <translation>दो आकलन चरणों के बीच सबसे अधिक सुधार करने वाले क्लस्टर और विद्यालय</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nominee</source>
        <translation>नामित व्यक्ति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional name</source>
        <translation>क्षेत्रीय नाम</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block</source>
        <translation>ब्लॉक</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nominated by</source>
        <translation>नामांकनकर्ता</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nominated on</source>
        <translation>नामांकन तिथि</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Evidence</source>
        <translation>साक्ष्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>from data</source>
        <translation>डेटा से</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nominations</source>
        <translation>नामांकन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a nomination to edit it or add evidence</source>
        <translation>नामांकन संपादित करने या साक्ष्य जोड़ने के लिए उस पर डबल-क्लिक करें</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%(shown)d of %(total)d</source>
        <translation>%(total)d में से %(shown)d</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>nomination</source>
        <translation>नामांकन</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nominations</source>
        <translation>नामांकन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>places</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (%d taken)</source>
        <translation> (%d भरे)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nominations open on %s</source>
        <translation>नामांकन %s को खुलेंगे</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nominations open until %s</source>
        <translation>नामांकन %s तक खुले हैं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nominations closed on %(closes)s; review opens on %(opens)s</source>
        <translation>नामांकन %(closes)s को बंद हुए; समीक्षा %(opens)s को खुलेगी</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nominations closed · review open until %s</source>
        <translation>नामांकन बंद · समीक्षा %s तक खुली है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event today</source>
        <translation>कार्यक्रम आज</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event held on %s</source>
        <translation>कार्यक्रम %s को आयोजित हुआ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review closed, scores locked</source>
        <translation>समीक्षा बंद, अंक लॉक</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition_nomination_actions.py" line="+58"/>
        <location line="+12"/>
        <source>Delete nomination</source>
        <translation>नामांकन हटाएँ</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Delete the nomination of %s, with its evidence? Use this for a nomination made by mistake; otherwise withdraw it, which keeps it on record.</source>
        <translation>%s का नामांकन, उसके साक्ष्य सहित, हटाएँ? इसका उपयोग गलती से किए गए नामांकन के लिए करें; अन्यथा उसे वापस लें, जिससे वह अभिलेख में बना रहता है।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The nomination of %s was deleted.</source>
        <translation>%s का नामांकन हटा दिया गया।</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+12"/>
        <source>Withdraw nomination</source>
        <translation>नामांकन वापस लें</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Why is the nomination of %s withdrawn (declined, found ineligible, …)? It is kept on record.</source>
        <translation>%s का नामांकन क्यों वापस लिया जा रहा है (अस्वीकार किया, अपात्र पाया गया, …)? यह अभिलेख में बना रहेगा।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The nomination of %(nominee)s was withdrawn on %(date)s.</source>
        <translation>%(nominee)s का नामांकन %(date)s को वापस लिया गया।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reinstate nomination</source>
        <translation>नामांकन पुनः बहाल करें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The nomination of %(nominee)s is back at Nominated (%(date)s).</source>
        <translation>%(nominee)s का नामांकन पुनः ‘नामांकित’ स्थिति में है (%(date)s)।</translation>
    </message>
</context>
<context>
    <name>NominatorChooser</name>
    <message>
        <location filename="../../desktop/ui/dialogs/nomination_parts.py" line="+26"/>
        <source>Kind of nominator</source>
        <translation>नामांकनकर्ता का प्रकार</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type part of the name, designation or office</source>
        <translation>नाम, पदनाम या कार्यालय का कोई अंश टाइप करें</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>“%(typed)s” is not in the list: choose the nominating %(what)s from the list.</source>
        <translation>“%(typed)s” सूची में नहीं है: नामांकन करने वाला %(what)s सूची से चुनें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose who nominates: the nominating %s.</source>
        <translation>नामांकन कौन कर रहा है, चुनें: नामांकन करने वाला %s।</translation>
    </message>
</context>
<context>
    <name>NomineeChooser</name>
    <message>
        <location filename="../../desktop/ui/dialogs/nominee_chooser.py" line="+36"/>
        <source>&amp;Person</source>
        <translation>व्यक्ति(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;School</source>
        <translation>विद्यालय(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cl&amp;uster</source>
        <translation>क्लस्टर(&amp;U)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Nominate a</source>
        <translation>किसका नामांकन:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%(programme)s recognises %(kinds)s only.</source>
        <translation>%(programme)s केवल %(kinds)s को सम्मानित करता है।</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+181"/>
        <source>&amp;New person…</source>
        <translation>नया व्यक्ति…(&amp;N)</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Add someone missing from the records with this nomination</source>
        <translation>अभिलेखों में न दर्ज किसी व्यक्ति को इस नामांकन के साथ जोड़ें</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+165"/>
        <source>Not in the records?</source>
        <translation>अभिलेखों में नहीं है?</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>School name or 11-digit UDISE code</source>
        <translation>विद्यालय का नाम या 11 अंकों का UDISE कोड</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cluster or block name</source>
        <translation>क्लस्टर या ब्लॉक का नाम</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Choose the person nominated: search and tick them, or add a new person.</source>
        <translation>नामित व्यक्ति चुनें: खोजकर उस पर सही का निशान लगाएँ, या नया व्यक्ति जोड़ें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the school nominated: type its name or UDISE code and tick it.</source>
        <translation>नामित विद्यालय चुनें: उसका नाम या UDISE कोड टाइप करें और उस पर सही का निशान लगाएँ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the cluster nominated: type its name or its block&apos;s and tick it.</source>
        <translation>नामित क्लस्टर चुनें: उसका या उसके ब्लॉक का नाम टाइप करें और उस पर सही का निशान लगाएँ।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Added to People with the nomination.</source>
        <translation>नामांकन के साथ व्यक्ति में जोड़ा गया।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose from the &amp;records</source>
        <translation>अभिलेखों से चुनें(&amp;R)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%(name)s%(local)s, %(block)s block</source>
        <translation>%(name)s%(local)s, %(block)s ब्लॉक</translation>
    </message>
</context>
<context>
    <name>NomineeSummary</name>
    <message>
        <location filename="../../desktop/ui/dialogs/nomination_parts.py" line="+37"/>
        <source>Status: %s</source>
        <translation>स्थिति: %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Steps: %s</source>
        <translation>प्रगति: %s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Withdrawn because: %s</source>
        <translation>वापस लेने का कारण: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selection reason: %s</source>
        <translation>चयन का कारण: %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also nominated by %(nominator)s on %(date)s: %(justification)s</source>
        <translation>%(nominator)s द्वारा %(date)s को भी नामांकित: %(justification)s</translation>
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
        <translation>क्या किया जाना है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>उत्तरदायी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due by</source>
        <translation>नियत तिथि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often</source>
        <translation>कितनी बार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator and target</source>
        <translation>संकेतक और लक्ष्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Responsibilities of each side, and deliverables with what is measured and the target (deliverables only). Status can be updated at any time while the MoU runs.</source>
        <translation>प्रत्येक पक्ष के उत्तरदायित्व, और प्रदेय जिनमें यह दिया हो कि क्या मापा जाएगा और लक्ष्य क्या है (केवल प्रदेय)। MoU के चलते स्थिति कभी भी अद्यतन की जा सकती है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add obligation</source>
        <translation>दायित्व जोड़ें</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no date</source>
        <translation>कोई तिथि नहीं</translation>
    </message>
</context>
<context>
    <name>OfficeCalendarDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/calendar_dialogs.py" line="+59"/>
        <source>Office calendar</source>
        <translation>कार्यालय कैलेंडर</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Office</source>
        <translation>कार्यालय</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save days off</source>
        <translation>अवकाश सहेजें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days off every week</source>
        <translation>प्रत्येक सप्ताह के अवकाश</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly offs:</source>
        <translation>साप्ताहिक अवकाश:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saturdays off in the month:</source>
        <translation>माह में अवकाश वाले शनिवार:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Date</source>
        <translation>दिनांक</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day</source>
        <translation>दिन</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Holiday</source>
        <translation>अवकाश</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add…</source>
        <translation>जोड़ें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>संपादित करें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from file…</source>
        <translation>फ़ाइल से आयात करें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy to other offices…</source>
        <translation>अन्य कार्यालयों में कॉपी करें…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Holidays</source>
        <translation>अवकाश</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year</source>
        <translation>वर्ष</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Saved: %s</source>
        <translation>सहेजा गया: %s</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%(count)s holidays in %(year)s</source>
        <translation>%(year)s में %(count)s अवकाश</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Days off saved: %s.</source>
        <translation>अवकाश सहेजे गए: %s।</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Delete holiday</source>
        <translation>अवकाश हटाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete %(name)s (%(date)s) from this office&apos;s calendar? Meetings already set on that day stay.</source>
        <translation>इस कार्यालय के कैलेंडर से %(name)s (%(date)s) हटाएँ? उस दिन पहले से निर्धारित बैठकें बनी रहेंगी।</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+12"/>
        <source>Import holidays</source>
        <translation>अवकाश आयात करें</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Holiday lists (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>अवकाश सूचियाँ (*.csv *.xlsx);;CSV फ़ाइलें (*.csv);;Excel वर्कबुक (*.xlsx)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%(file)s imported: %(added)s holidays added, %(unchanged)s already in the calendar.</source>
        <translation>%(file)s आयात की गई: %(added)s अवकाश जोड़े गए, %(unchanged)s पहले से कैलेंडर में थे।</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Holidays of %(year)s copied: %(added)s added, %(unchanged)s already there.</source>
        <translation>%(year)s के अवकाश कॉपी किए गए: %(added)s जोड़े गए, %(unchanged)s पहले से थे।</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/office_dialog.py" line="+23"/>
        <source>Edit office</source>
        <translation>कार्यालय संपादित करें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add office</source>
        <translation>कार्यालय जोड़ें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (regional language)</source>
        <translation>नाम (क्षेत्रीय भाषा में)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office code</source>
        <translation>कार्यालय कोड</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>used in dispatch numbers, e.g. DDPI/BGK</source>
        <translation>प्रेषण क्रमांकों में प्रयुक्त, उदा. DDPI/BGK</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>District</source>
        <translation>जिला</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block (block offices)</source>
        <translation>ब्लॉक (ब्लॉक कार्यालयों के लिए)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address (regional language)</source>
        <translation>पता (क्षेत्रीय भाषा में)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose image…</source>
        <translation>चित्र चुनें…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Emblem or logo</source>
        <translation>प्रतीक चिह्न या लोगो</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the emblem or logo</source>
        <translation>प्रतीक चिह्न या लोगो चुनें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>चित्र (*.png *.jpg *.jpeg)</translation>
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
        <translation>कार्यालय का नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office code</source>
        <translation>कार्यालय कोड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of office</source>
        <translation>कार्यालय का प्रकार</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An office named {name} already exists.</source>
        <translation>{name} नाम का कार्यालय पहले से मौजूद है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Office code {code} is already used by another office.</source>
        <translation>कार्यालय कोड {code} पहले से किसी अन्य कार्यालय द्वारा उपयोग में है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chosen district no longer exists.</source>
        <translation>चुना गया जिला अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chosen block no longer exists.</source>
        <translation>चुना गया ब्लॉक अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Local name</source>
        <translation>स्थानीय नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local address</source>
        <translation>स्थानीय पता</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The logo</source>
        <translation>लोगो</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{office} still has one person; move or remove them first.</source>
        <translation>{office} में अभी भी एक व्यक्ति है; पहले उन्हें स्थानांतरित करें या हटाएँ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{office} still has {count} people; move or remove them first.</source>
        <translation>{office} में अभी भी {count} व्यक्ति हैं; पहले उन्हें स्थानांतरित करें या हटाएँ।</translation>
    </message>
</context>
<context>
    <name>OpeningFlow</name>
    <message>
        <location filename="../../desktop/ui/opening_flow.py" line="+62"/>
        <source>Cannot open the database</source>
        <translation>डेटाबेस नहीं खोला जा सकता</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database %(path)s is damaged (%(detail)s).

It has been kept aside as %(aside)s; nothing was deleted.</source>
        <translation>डेटाबेस %(path)s क्षतिग्रस्त है (%(detail)s)।

इसे %(aside)s के रूप में अलग रख दिया गया है; कुछ भी हटाया नहीं गया।</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <source>Damaged database</source>
        <translation>क्षतिग्रस्त डेटाबेस</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>There is no backup to restore, so a new empty database is started.</source>
        <translation>पुनर्स्थापित करने के लिए कोई बैकअप नहीं है, इसलिए एक नया खाली डेटाबेस आरंभ किया जा रहा है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore the newest backup, from %s? (No starts a new empty database.)</source>
        <translation>%s का सबसे नया बैकअप पुनर्स्थापित करें? (नहीं चुनने पर नया खाली डेटाबेस आरंभ होगा।)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restoring</source>
        <translation>पुनर्स्थापित किया जा रहा है</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore failed</source>
        <translation>पुनर्स्थापना विफल रही</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_widgets.py" line="-173"/>
        <source>Tick to give a date</source>
        <translation>तिथि देने के लिए सही का निशान लगाएँ</translation>
    </message>
</context>
<context>
    <name>Ordinals</name>
    <message>
        <location filename="../../desktop/services/i18n.py" line="+12"/>
        <source>1st</source>
        <translation>1ला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2nd</source>
        <translation>2रा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3rd</source>
        <translation>3रा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4th</source>
        <translation>4था</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5th</source>
        <translation>5वाँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6th</source>
        <translation>6ठा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7th</source>
        <translation>7वाँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8th</source>
        <translation>8वाँ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%sth</source>
        <translation>%sवाँ</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/organisation_dialog.py" line="+18"/>
        <source>Edit organisation</source>
        <translation>संस्था संपादित करें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add organisation</source>
        <translation>संस्था जोड़ें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (regional language)</source>
        <translation>नाम (क्षेत्रीय भाषा में)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration no.</source>
        <translation>पंजीकरण सं.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGO-Darpan ID</source>
        <translation>NGO-Darpan ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Focus areas</source>
        <translation>कार्य क्षेत्र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other focus areas</source>
        <translation>अन्य कार्य क्षेत्र</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>separate several with commas</source>
        <translation>एक से अधिक हों तो अल्पविराम से अलग करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>संपर्क व्यक्ति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>वेबसाइट</translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <location filename="../../desktop/services/organisations.py" line="+81"/>
        <source>Organisation name</source>
        <translation>संस्था का नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of organisation</source>
        <translation>संस्था का प्रकार</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An organisation named {name} already exists.</source>
        <translation>{name} नाम की संस्था पहले से मौजूद है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NGO-Darpan ID {darpan} is already recorded for another organisation.</source>
        <translation>NGO-Darpan ID {darpan} पहले से किसी अन्य संस्था के लिए दर्ज है।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Local name</source>
        <translation>स्थानीय नाम</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registration no.</source>
        <translation>पंजीकरण सं.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact person</source>
        <translation>संपर्क व्यक्ति</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Website</source>
        <translation>वेबसाइट</translation>
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
        <translation>{organisation} में अभी भी एक व्यक्ति है; पहले उन्हें स्थानांतरित करें या हटाएँ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{organisation} still has {count} people; move or remove them first.</source>
        <translation>{organisation} में अभी भी {count} व्यक्ति हैं; पहले उन्हें स्थानांतरित करें या हटाएँ।</translation>
    </message>
</context>
<context>
    <name>OverlapReasonDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_actions.py" line="+22"/>
        <source>Activate MoU %s</source>
        <translation>MoU %s सक्रिय करें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why both are needed (kept with the MoU)</source>
        <translation>दोनों की आवश्यकता क्यों है (MoU के साथ दर्ज रहेगा)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate anyway</source>
        <translation>फिर भी सक्रिय करें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the reason, or cancel.</source>
        <translation>कारण बताएँ, या रद्द करें।</translation>
    </message>
</context>
<context>
    <name>OwnerChooser</name>
    <message>
        <location filename="../../desktop/ui/dialogs/action_item_dialogs.py" line="-152"/>
        <source>Type to find someone else: name, designation or office</source>
        <translation>किसी अन्य को खोजने के लिए टाइप करें: नाम, पदनाम या कार्यालय</translation>
    </message>
</context>
<context>
    <name>PackageImportWizard</name>
    <message>
        <location filename="../../desktop/ui/dialogs/package_import_wizard.py" line="+41"/>
        <source>Import a partner&apos;s package</source>
        <translation>साझेदार का पैकेज आयात करें</translation>
    </message>
</context>
<context>
    <name>PackageProblemsPanel</name>
    <message>
        <location filename="../../desktop/ui/dialogs/package_import_problems.py" line="+39"/>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row</source>
        <translation>पंक्ति</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column</source>
        <translation>कॉलम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>मान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected</source>
        <translation>अपेक्षित</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problems</source>
        <translation>समस्याएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the problems</source>
        <translation>समस्याओं में खोजें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Searc&amp;h:</source>
        <translation>खोजें(&amp;H):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save problems as XLSX…</source>
        <translation>समस्याएँ XLSX के रूप में सहेजें…(&amp;S)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%(shown)s of %(total)s</source>
        <translation>%(total)s में से %(shown)s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select a problem to read it in full.</source>
        <translation>पूरा पढ़ने के लिए कोई समस्या चुनें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the problems</source>
        <translation>समस्याएँ सहेजें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel वर्कबुक (*.xlsx)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving the problems</source>
        <translation>समस्याएँ सहेजी जा रही हैं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved to %s</source>
        <translation>%s में सहेजा गया</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: %s</source>
        <translation>सहेजा नहीं गया: %s</translation>
    </message>
</context>
<context>
    <name>PartnerKeyDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/partner_key_dialog.py" line="+42"/>
        <source>Register a partner&apos;s key</source>
        <translation>साझेदार की कुंजी पंजीकृत करें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Organisation</source>
        <translation>संस्था(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Label</source>
        <translation>लेबल(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Programme office laptop</source>
        <translation>उदा. कार्यक्रम कार्यालय का लैपटॉप</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Public key</source>
        <translation>सार्वजनिक कुंजी(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste or type the public key printed on the partner&apos;s hand-over receipt (44 characters)</source>
        <translation>साझेदार की हस्तांतरण पावती पर मुद्रित सार्वजनिक कुंजी (44 अक्षर) चिपकाएँ या टाइप करें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fingerprint</source>
        <translation>फ़िंगरप्रिंट</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare this with the fingerprint printed on the partner&apos;s receipt, group by group, before saving. If a single character differs, do not save: the key is not theirs.</source>
        <translation>सहेजने से पहले इसे साझेदार की पावती पर मुद्रित फ़िंगरप्रिंट से समूह-दर-समूह मिलाएँ। यदि एक भी अक्षर भिन्न हो तो न सहेजें: वह कुंजी उनकी नहीं है।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Register key</source>
        <translation>कुंजी पंजीकृत करें</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the organisation the key belongs to (add it first on the Organisations page).</source>
        <translation>वह संस्था चुनें जिसकी यह कुंजी है (पहले उसे संस्थाएँ पृष्ठ पर जोड़ें)।</translation>
    </message>
</context>
<context>
    <name>PartnerList</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_widgets.py" line="+39"/>
        <source>Filter organisations</source>
        <translation>संस्थाएँ छाँटें</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%d chosen</source>
        <translation>%d चुने गए</translation>
    </message>
</context>
<context>
    <name>PartsTable</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_parts_table.py" line="+62"/>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/export_target_pages.py" line="+16"/>
        <source>Passphrase</source>
        <translation>पासफ़्रेज़</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package is encrypted: only someone with this passphrase can open it.</source>
        <translation>पैकेज एन्क्रिप्टेड है: केवल इस पासफ़्रेज़ वाला व्यक्ति ही इसे खोल सकता है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the &amp;suggested passphrase</source>
        <translation>सुझाया गया पासफ़्रेज़ उपयोग करें(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type my own passphrase</source>
        <translation>अपना पासफ़्रेज़ टाइप करें(&amp;T)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Suggested passphrase</source>
        <translation>सुझाया गया पासफ़्रेज़</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggest &amp;another</source>
        <translation>दूसरा सुझाएँ(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>कॉपी करें(&amp;C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sho&amp;w what is typed</source>
        <translation>टाइप किया गया दिखाएँ(&amp;W)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase:</source>
        <translation>पासफ़्रेज़:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Again:</source>
        <translation>दोबारा:</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Give this passphrase to the partner separately — by phone or on paper, never on the same drive. It is not kept anywhere: write it down now.</source>
        <translation>यह पासफ़्रेज़ साझेदार को अलग से दें — फ़ोन पर या काग़ज़ पर, कभी भी उसी ड्राइव पर नहीं। यह कहीं भी रखा नहीं जाता: इसे अभी लिख लें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The office&apos;s signing key</source>
        <translation>कार्यालय की हस्ताक्षर कुंजी</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Key passphrase:</source>
        <translation>कुंजी का पासफ़्रेज़:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This PC has no keyring to keep the office&apos;s signing key in, so the key that signs this first package is protected by a passphrase of its own (at least %d characters). Choose it now, type it twice, and keep it where the office keeps its other passwords: every package is signed with it.</source>
        <translation>इस PC पर कार्यालय की हस्ताक्षर कुंजी रखने के लिए कोई कीरिंग नहीं है, इसलिए इस पहले पैकेज पर हस्ताक्षर करने वाली कुंजी अपने अलग पासफ़्रेज़ (कम से कम %d अक्षर) से सुरक्षित होगी। इसे अभी चुनें, दो बार टाइप करें, और वहीं रखें जहाँ कार्यालय अपने अन्य पासवर्ड रखता है: प्रत्येक पैकेज इसी से हस्ताक्षरित होगा।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This PC has no keyring, so the office&apos;s signing key (fingerprint %s) is protected by a passphrase of its own. Type it to sign the package.</source>
        <translation>इस PC पर कोई कीरिंग नहीं है, इसलिए कार्यालय की हस्ताक्षर कुंजी (फ़िंगरप्रिंट %s) अपने अलग पासफ़्रेज़ से सुरक्षित है। पैकेज पर हस्ताक्षर करने के लिए इसे टाइप करें।</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The two passphrases are not the same; type the same passphrase in both fields.</source>
        <translation>दोनों पासफ़्रेज़ एक जैसे नहीं हैं; दोनों फ़ील्ड में एक ही पासफ़्रेज़ टाइप करें।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is the package&apos;s passphrase, which the partner gets; the office&apos;s key needs a passphrase of its own.</source>
        <translation>यह पैकेज का पासफ़्रेज़ है, जो साझेदार को मिलता है; कार्यालय की कुंजी के लिए अलग पासफ़्रेज़ आवश्यक है।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The two key passphrases are not the same.</source>
        <translation>कुंजी के दोनों पासफ़्रेज़ एक जैसे नहीं हैं।</translation>
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
        <translation>व्यक्ति</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people.py" line="-96"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Designation</source>
        <translation>पदनाम</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A person belongs to one office, organisation or school, not several.</source>
        <translation>एक व्यक्ति एक ही कार्यालय, संस्था या विद्यालय से संबंधित होता है, कई से नहीं।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chosen office, organisation or school no longer exists.</source>
        <translation>चुना गया कार्यालय, संस्था या विद्यालय अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preferred language must be one of {values}.</source>
        <translation>पसंदीदा भाषा इनमें से एक होनी चाहिए: {values}।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Local name</source>
        <translation>स्थानीय नाम</translation>
    </message>
</context>
<context>
    <name>PersonCombo</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_widgets.py" line="+16"/>
        <source>Type part of the name, or leave empty</source>
        <translation>नाम का कोई अंश टाइप करें, या खाली छोड़ दें</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/person_dialog.py" line="+16"/>
        <source>Edit person</source>
        <translation>व्यक्ति संपादित करें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add person</source>
        <translation>व्यक्ति जोड़ें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (regional language)</source>
        <translation>नाम (क्षेत्रीय भाषा में)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Designation</source>
        <translation>पदनाम</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>— not recorded —</source>
        <translation>— दर्ज नहीं —</translation>
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
        <translation>विद्यालय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Works at</source>
        <translation>कार्यस्थल</translation>
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
        <translation>विद्यालय का UDISE कोड</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>11 digits</source>
        <translation>11 अंक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preferred language</source>
        <translation>पसंदीदा भाषा</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No school has the UDISE code &apos;%s&apos;.</source>
        <translation>किसी भी विद्यालय का UDISE कोड &apos;%s&apos; नहीं है।</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../desktop/ui/person_picker.py" line="+200"/>
        <source>Name, designation or office</source>
        <translation>नाम, पदनाम या कार्यालय</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../desktop/ui/dialogs/import_check_tables.py" line="+60"/>
        <source>The first %d rows as they will be stored:</source>
        <translation>पहली %d पंक्तियाँ, जैसे वे संग्रहीत होंगी:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No row would be stored.</source>
        <translation>कोई पंक्ति संग्रहीत नहीं होगी।</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location line="+43"/>
        <source>Search the problems</source>
        <translation>समस्याओं में खोजें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save problems as XLSX…</source>
        <translation>समस्याएँ XLSX के रूप में सहेजें…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row</source>
        <translation>पंक्ति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>कॉलम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>मान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected</source>
        <translation>अपेक्षित</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Select a problem to read it in full.</source>
        <translation>पूरा पढ़ने के लिए कोई समस्या चुनें।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%(shown)s of %(total)s</source>
        <translation>%(total)s में से %(shown)s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the problems</source>
        <translation>समस्याएँ सहेजें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel वर्कबुक (*.xlsx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving the problems</source>
        <translation>समस्याएँ सहेजी जा रही हैं</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved to %s</source>
        <translation>%s में सहेजा गया</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved</source>
        <translation>सहेजा नहीं गया</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/programme_dialog.py" line="+120"/>
        <source>New recognition programme</source>
        <translation>नया सम्मान कार्यक्रम</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit %s</source>
        <translation>%s संपादित करें</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Programme</source>
        <translation>कार्यक्रम(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ru&amp;bric</source>
        <translation>रूब्रिक(&amp;B)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Name</source>
        <translation>नाम(&amp;N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Coffee with Collector</source>
        <translation>उदा. Coffee with Collector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (re&amp;gional)</source>
        <translation>नाम (क्षेत्रीय भाषा में)(&amp;G)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Regional &amp;language</source>
        <translation>क्षेत्रीय भाषा(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pu&amp;rpose</source>
        <translation>उद्देश्य(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who may be
nominated</source>
        <translation>किसका नामांकन
हो सकता है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Categories</source>
        <translation>श्रेणियाँ(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One a line, e.g. Student welfare; empty for none</source>
        <translation>प्रति पंक्ति एक, उदा. विद्यार्थी कल्याण; कोई न हो तो खाली छोड़ें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sel&amp;ection rules</source>
        <translation>चयन नियम(&amp;E)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reviewers give each criterion a level of the scale; a nomination&apos;s total weighs the levels by the criteria&apos;s weights. Double-click a cell, or start typing, to edit it.</source>
        <translation>समीक्षक प्रत्येक मानदंड को पैमाने का एक स्तर देते हैं; नामांकन का कुल योग मानदंडों के भार के अनुसार स्तरों को भारित करके बनता है। संपादित करने के लिए किसी सेल पर डबल-क्लिक करें, या टाइप करना आरंभ करें।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Scale</source>
        <translation>पैमाना(&amp;S)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ru&amp;bric (%d criteria)</source>
        <translation>रूब्रिक (%d मानदंड)(&amp;B)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ru&amp;bric (1 criterion)</source>
        <translation>रूब्रिक (1 मानदंड)(&amp;B)</translation>
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
        <translation>प्रधानाध्यापक</translation>
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
        <translation>ब्लॉक अधिकारी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officials</source>
        <translation>अधिकारी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schools</source>
        <translation>विद्यालय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clusters</source>
        <translation>क्लस्टर</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No recognition programmes yet. New from template gives Coffee with Collector or Pragatiya Hejje, with their rubrics, to adapt to the district.</source>
        <translation>अभी कोई सम्मान कार्यक्रम नहीं है। टेम्पलेट से नया चुनने पर Coffee with Collector या Pragatiya Hejje उनके रूब्रिक सहित मिलते हैं, जिन्हें जिले के अनुसार बदला जा सकता है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New programme…</source>
        <translation>नया कार्यक्रम…(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New from &amp;template</source>
        <translation>टेम्पलेट से नया(&amp;T)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit…</source>
        <translation>संपादित करें…(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>हटाएँ(&amp;D)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Programme</source>
        <translation>कार्यक्रम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional name</source>
        <translation>क्षेत्रीय नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who may be nominated</source>
        <translation>किसका नामांकन हो सकता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale</source>
        <translation>पैमाना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria</source>
        <translation>मानदंड</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <location line="+76"/>
        <source>Cycles</source>
        <translation>चक्र</translation>
    </message>
    <message>
        <location line="-149"/>
        <location line="+22"/>
        <source>Programmes</source>
        <translation>कार्यक्रम</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New c&amp;ycle…</source>
        <translation>नया चक्र…(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ed&amp;it…</source>
        <translation>संपादित करें…(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>हटाएँ(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close &amp;review now…</source>
        <translation>समीक्षा अभी बंद करें…(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock the scores before the review window ends, so that the shortlist can be drawn.</source>
        <translation>समीक्षा अवधि समाप्त होने से पहले अंक लॉक करें, ताकि शॉर्टलिस्ट बनाई जा सके।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open nominations</source>
        <translation>नामांकन खोलें(&amp;O)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cycle</source>
        <translation>चक्र</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nominations</source>
        <translation>नामांकन</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review</source>
        <translation>समीक्षा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>कार्यक्रम तिथि</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Places</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected</source>
        <translation>चयनित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominated</source>
        <translation>नामांकित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase</source>
        <translation>अवस्था</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Double-click a cycle to open its nominations</source>
        <translation>किसी चक्र के नामांकन खोलने के लिए उस पर डबल-क्लिक करें</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Cycles of %s</source>
        <translation>%s के चक्र</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition_programme_actions.py" line="+49"/>
        <source>Saved %s.</source>
        <translation>%s सहेजा गया।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New programme</source>
        <translation>नया कार्यक्रम</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%s was made from the template; Edit… adapts its rubric and rules to the district.</source>
        <translation>%s टेम्पलेट से बनाया गया; संपादित करें… से इसके रूब्रिक और नियम जिले के अनुसार बदलें।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete programme</source>
        <translation>कार्यक्रम हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the programme %s and its rubric? This cannot be undone.</source>
        <translation>कार्यक्रम %s और उसका रूब्रिक हटाएँ? इसे पूर्ववत नहीं किया जा सकता।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted %s.</source>
        <translation>%s हटाया गया।</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Saved cycle %s.</source>
        <translation>चक्र %s सहेजा गया।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete cycle</source>
        <translation>चक्र हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the cycle %s and its review panel? This cannot be undone.</source>
        <translation>चक्र %s और उसका समीक्षा पैनल हटाएँ? इसे पूर्ववत नहीं किया जा सकता।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted cycle %s.</source>
        <translation>चक्र %s हटाया गया।</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+16"/>
        <source>Close the review</source>
        <translation>समीक्षा बंद करें</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Close the review of %(cycle)s now, before %(date)s? Reviewers can no longer enter or change scores, and this cannot be undone; the shortlist can then be drawn.</source>
        <translation>%(cycle)s की समीक्षा %(date)s से पहले अभी बंद करें? समीक्षक अब अंक दर्ज या परिवर्तित नहीं कर सकेंगे, और इसे पूर्ववत नहीं किया जा सकता; इसके बाद शॉर्टलिस्ट बनाई जा सकेगी।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The review of %s is closed; its scores are locked.</source>
        <translation>%s की समीक्षा बंद हो गई; इसके अंक लॉक हैं।</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../desktop/services/progress.py" line="+20"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>रद्द किया गया; कुछ भी नहीं बदला।</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="+73"/>
        <source>&amp;Select All</source>
        <translation>सभी का चयन करें(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Step up</source>
        <translation>बढ़ाएँ(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step &amp;down</source>
        <translation>घटाएँ(&amp;D)</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location line="-40"/>
        <source>&amp;Cancel</source>
        <translation>रद्द करें(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>बंद करें(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;OK</source>
        <translation>ठीक है(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>सहेजें(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without Saving</source>
        <translation>सहेजे बिना बंद करें</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="+17"/>
        <source>&amp;Copy</source>
        <translation>कॉपी करें(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>चिपकाएँ(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>फिर से करें(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>काटें(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>सभी का चयन करें</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-10"/>
        <source>Hide Details...</source>
        <translation>विवरण छिपाएँ...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show Details...</source>
        <translation>विवरण दिखाएँ...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-37"/>
        <source>&amp;No</source>
        <translation>नहीं(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>हाँ(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>निरस्त करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>त्यागें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>सहायता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>अनदेखा करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>सभी को नहीं(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>रीसेट करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>डिफ़ॉल्ट पुनर्स्थापित करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>पुनः प्रयास करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>सभी सहेजें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>सभी को हाँ(&amp;A)</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location line="+21"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <location line="+23"/>
        <source>Bottom</source>
        <translation>सबसे नीचे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left edge</source>
        <translation>बायाँ किनारा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page down</source>
        <translation>पृष्ठ नीचे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page left</source>
        <translation>पृष्ठ बाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page right</source>
        <translation>पृष्ठ दाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page up</source>
        <translation>पृष्ठ ऊपर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right edge</source>
        <translation>दायाँ किनारा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll down</source>
        <translation>नीचे स्क्रॉल करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll here</source>
        <translation>यहाँ स्क्रॉल करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll left</source>
        <translation>बाएँ स्क्रॉल करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll right</source>
        <translation>दाएँ स्क्रॉल करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll up</source>
        <translation>ऊपर स्क्रॉल करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top</source>
        <translation>सबसे ऊपर</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="-25"/>
        <source>&amp;Copy</source>
        <translation>कॉपी करें(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>चिपकाएँ(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>फिर से करें(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>लिंक का पता कॉपी करें(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>काटें(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>सभी का चयन करें</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="-30"/>
        <source>&amp;Finish</source>
        <translation>समाप्त करें(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>सहायता(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>आगे(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>आगे(&amp;N) &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; पीछे(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>पुष्टि करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>जारी रखें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>पूर्ण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go Back</source>
        <translation>पीछे जाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>सहायता</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location filename="../../desktop/ui/pages/recognition_ranking_model.py" line="+104"/>
        <source>The reviewers&apos; totals are %(spread)s points apart (%(totals)s); worth talking over before selecting.</source>
        <translation>समीक्षकों के कुल अंकों में %(spread)s अंकों का अंतर है (%(totals)s); चयन से पहले इस पर चर्चा कर लेना उचित होगा।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Selected because: %s</source>
        <translation>चयन का कारण: %s</translation>
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
        <translation>प्रधानाध्यापक</translation>
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
        <translation>ब्लॉक अधिकारी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official</source>
        <translation>अधिकारी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School</source>
        <translation>विद्यालय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster</source>
        <translation>क्लस्टर</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition_ranking.py" line="+71"/>
        <source>All statuses</source>
        <translation>सभी स्थितियाँ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show status</source>
        <translation>स्थिति दिखाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;how:</source>
        <translation>दिखाएँ(&amp;H):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ranking</source>
        <translation>रैंकिंग</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Short&amp;list</source>
        <translation>शॉर्टलिस्ट करें(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Put the chosen nominations on the shortlist</source>
        <translation>चुने गए नामांकनों को शॉर्टलिस्ट में रखें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back to nominated</source>
        <translation>नामांकित में वापस(&amp;B)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take the chosen nominations off the shortlist</source>
        <translation>चुने गए नामांकनों को शॉर्टलिस्ट से हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;elect…</source>
        <translation>चयन करें…(&amp;E)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select the chosen shortlisted nominees; a reason is asked when the ranking is overridden or the places exceeded</source>
        <translation>चुने गए शॉर्टलिस्ट नामितों का चयन करें; रैंकिंग से हटकर चयन करने या स्थान संख्या से अधिक चयन होने पर कारण पूछा जाता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deselect</source>
        <translation>चयन रद्द करें(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo the selection of the chosen nominees</source>
        <translation>चुने गए नामितों का चयन पूर्ववत करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;attended…</source>
        <translation>उपस्थित चिह्नित करें…(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record that the chosen invited nominees attended the event</source>
        <translation>दर्ज करें कि चुने गए आमंत्रित नामित कार्यक्रम में उपस्थित रहे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw…</source>
        <translation>वापस लें…(&amp;W)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Withdraw the chosen nomination, with the reason</source>
        <translation>चुना गया नामांकन कारण सहित वापस लें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue &amp;invitations…</source>
        <translation>आमंत्रण जारी करें…(&amp;I)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One numbered invitation letter to the selected nominees (those chosen, or all of them)</source>
        <translation>चयनित नामितों (चुने गए, या सभी) को एक क्रमांकित आमंत्रण पत्र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue ce&amp;rtificates…</source>
        <translation>प्रमाण-पत्र जारी करें…(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Numbered certificates for the nominees who attended (those chosen, or all of them)</source>
        <translation>उपस्थित रहे नामितों (चुने गए, या सभी) के लिए क्रमांकित प्रमाण-पत्र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view certificate</source>
        <translation>प्रमाण-पत्र का पूर्वावलोकन(&amp;V)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The chosen nominee&apos;s certificate as it would print, marked DRAFT</source>
        <translation>चुने गए नामित का प्रमाण-पत्र, जैसा मुद्रित होगा, ‘मसौदा’ अंकित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;publicity summary…</source>
        <translation>प्रचार सारांश सहेजें…(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A press note of who was selected or recognised, and why</source>
        <translation>किसका चयन हुआ या कौन सम्मानित हुआ, और क्यों — इसकी प्रेस विज्ञप्ति</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Rank</source>
        <translation>क्रम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominee</source>
        <translation>नामित व्यक्ति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional name</source>
        <translation>क्षेत्रीय नाम</translation>
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
        <translation>कुल %</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Spread</source>
        <translation>अंतर</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reviews</source>
        <translation>समीक्षाएँ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%(complete)s of %(expected)s</source>
        <translation>%(expected)s में से %(complete)s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a cycle above.</source>
        <translation>ऊपर से कोई चक्र चुनें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%(places)d places · %(selected)d selected · %(shortlisted)d shortlisted</source>
        <translation>%(places)d स्थान · %(selected)d चयनित · %(shortlisted)d शॉर्टलिस्ट</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>scores locked on %s: the shortlist can be drawn.</source>
        <translation>अंक %s को लॉक हुए: शॉर्टलिस्ट बनाई जा सकती है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>scores not locked yet: the review closes on %s (or close it early on Programmes and cycles); shortlist after that.</source>
        <translation>अंक अभी लॉक नहीं हुए: समीक्षा %s को बंद होगी (या कार्यक्रम और चक्र पर उसे पहले बंद करें); शॉर्टलिस्ट उसके बाद।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;span style=&apos;color:%s&apos;&gt;More selected than places.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%s&apos;&gt;स्थानों से अधिक चयनित।&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Ranking and selection</source>
        <translation>रैंकिंग और चयन</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shortlisted: %s.</source>
        <translation>शॉर्टलिस्ट किए गए: %s।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taken off the shortlist: %s.</source>
        <translation>शॉर्टलिस्ट से हटाए गए: %s।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selection undone: %s.</source>
        <translation>चयन पूर्ववत किया गया: %s।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Selected with a reason: %s.</source>
        <translation>कारण सहित चयनित: %s।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select</source>
        <translation>चयन करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected: %s.</source>
        <translation>चयनित: %s।</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>Mark attended</source>
        <translation>उपस्थित चिह्नित करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attended: %s.</source>
        <translation>उपस्थित: %s।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Withdraw the nomination</source>
        <translation>नामांकन वापस लें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw</source>
        <translation>वापस लें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Reason (kept on record)</source>
        <translation>कारण (अभिलेख में रहेगा)(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdrawn: %s. It can be reinstated on the Nominations tab.</source>
        <translation>वापस लिया गया: %s। इसे नामांकन टैब पर पुनः बहाल किया जा सकता है।</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition_ranking_printing.py" line="-159"/>
        <source>Issue invitations</source>
        <translation>आमंत्रण जारी करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Issue</source>
        <translation>जारी करें</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Issue certificates</source>
        <translation>प्रमाण-पत्र जारी करें</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Certificate preview</source>
        <translation>प्रमाण-पत्र का पूर्वावलोकन</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparing the certificate</source>
        <translation>प्रमाण-पत्र तैयार किया जा रहा है</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save the publicity summary</source>
        <translation>प्रचार सारांश सहेजें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preparing the publicity summary</source>
        <translation>प्रचार सारांश तैयार किया जा रहा है</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %s</source>
        <translation>%s सहेजा गया</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cancelled: nothing was issued.</source>
        <translation>रद्द किया गया: कुछ भी जारी नहीं हुआ।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Issued as %s.</source>
        <translation>%s के रूप में जारी किया गया।</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/meeting_attendance.py" line="+20"/>
        <source>Attendance at %s</source>
        <translation>%s में उपस्थिति</translation>
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
        <translation>बैठकें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>उपस्थित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Represented</source>
        <translation>प्रतिनिधि द्वारा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation>अनुपस्थित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recorded</source>
        <translation>दर्ज नहीं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attended</source>
        <translation>उपस्थिति</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Meetings held from %(first)s to %(last)s; present or represented counts as attended.</source>
        <translation>%(first)s से %(last)s तक आयोजित बैठकें; स्वयं उपस्थित या प्रतिनिधि द्वारा उपस्थिति को उपस्थित माना गया है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No meeting of the body was held in these twelve months.</source>
        <translation>इन बारह महीनों में निकाय की कोई बैठक आयोजित नहीं हुई।</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/exchange_keys_tab.py" line="-275"/>
        <source>&amp;Reason (kept with the key)</source>
        <translation>कारण (कुंजी के साथ दर्ज रहेगा)(&amp;R)</translation>
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
        <translation>पावती मुद्रित करें; ड्राइव सौंपते समय दोनों पक्ष इस पर हस्ताक्षर करते हैं। साझेदार इससे पैकेज के SHA-256 और कार्यालय की कुंजी के फ़िंगरप्रिंट का मिलान करता है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print…</source>
        <translation>मुद्रित करें…(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save receipt…</source>
        <translation>पावती सहेजें…(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preparing the receipt…</source>
        <translation>पावती तैयार की जा रही है…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The receipt could not be made: %s</source>
        <translation>पावती नहीं बन सकी: %s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sent to the printer.</source>
        <translation>प्रिंटर को भेजा गया।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the receipt</source>
        <translation>पावती सहेजें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The receipt could not be saved: %s</source>
        <translation>पावती सहेजी नहीं जा सकी: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved %s</source>
        <translation>%s सहेजा गया</translation>
    </message>
</context>
<context>
    <name>Recognition</name>
    <message>
        <location filename="../../desktop/services/recognition/certificates.py" line="+66"/>
        <source>The name of {nominee} is too long for the certificate, even on two lines at the smallest size; record a shorter form of the name (initials for the middle names, say).</source>
        <translation>{nominee} का नाम प्रमाण-पत्र के लिए बहुत लंबा है, सबसे छोटे आकार में दो पंक्तियों में भी; नाम का छोटा रूप दर्ज करें (उदा. बीच के नामों के आद्याक्षर)।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The regional name of {nominee} (&apos;{text}&apos;) is too long for the certificate, even on two lines at the smallest size; record a shorter form of the name (initials for the middle names, say).</source>
        <translation>{nominee} का क्षेत्रीय भाषा में नाम (‘{text}’) प्रमाण-पत्र के लिए बहुत लंबा है, सबसे छोटे आकार में दो पंक्तियों में भी; नाम का छोटा रूप दर्ज करें (उदा. बीच के नामों के आद्याक्षर)।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{nominee}&apos;s certificate: the {what} &apos;{text}&apos; is too long for it, even on two lines.</source>
        <translation>{nominee} का प्रमाण-पत्र: {what} ‘{text}’ इसके लिए बहुत लंबा है, दो पंक्तियों में भी।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{nominee}&apos;s certificate: {problem}</source>
        <translation>{nominee} का प्रमाण-पत्र: {problem}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>… and {count} more.</source>
        <translation>… और {count} अन्य।</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Nomination #{number} no longer exists; no certificate was issued. Try again.</source>
        <translation>नामांकन #{number} अब मौजूद नहीं है; कोई प्रमाण-पत्र जारी नहीं किया गया। फिर से प्रयास करें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nomination #{number} is now {status}; no certificate was issued. Try again.</source>
        <translation>नामांकन #{number} अब {status} है; कोई प्रमाण-पत्र जारी नहीं किया गया। फिर से प्रयास करें।</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>for certificates</source>
        <translation>प्रमाण-पत्रों के लिए</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>issuing certificates</source>
        <translation>प्रमाण-पत्र जारी करने</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>their certificate</source>
        <translation>उनके प्रमाण-पत्र</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Issued certificates</source>
        <translation>जारी प्रमाण-पत्र</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{number} is a {kind}, not a batch of certificates.</source>
        <translation>{number} एक {kind} है, प्रमाण-पत्रों का बैच नहीं।</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Done</source>
        <translation>पूर्ण</translation>
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
        <translation>नामांकन</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The nomination was withdrawn; it gets no certificate.</source>
        <translation>नामांकन वापस लिया गया था; इसे कोई प्रमाण-पत्र नहीं मिलता।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for a certificate</source>
        <translation>प्रमाण-पत्र के लिए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>previewing a certificate</source>
        <translation>प्रमाण-पत्र का पूर्वावलोकन करने</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/conflicts.py" line="-22"/>
        <source>Reviewer nominated this nominee</source>
        <translation>समीक्षक ने इस नामिती को नामांकित किया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This nomination is about the reviewer</source>
        <translation>यह नामांकन समीक्षक के बारे में है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer works at the nominated school</source>
        <translation>समीक्षक नामांकित विद्यालय में कार्यरत है</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/cycle_checks.py" line="+33"/>
        <source>The day nominations open</source>
        <translation>नामांकन खुलने का दिन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day nominations close</source>
        <translation>नामांकन बंद होने का दिन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day the review opens</source>
        <translation>समीक्षा खुलने का दिन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day the review closes</source>
        <translation>समीक्षा बंद होने का दिन</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nominations cannot close ({closes}) before they open ({opens}).</source>
        <translation>नामांकन खुलने ({opens}) से पहले बंद ({closes}) नहीं हो सकते।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The review cannot close ({closes}) before it opens ({opens}).</source>
        <translation>समीक्षा खुलने ({opens}) से पहले बंद ({closes}) नहीं हो सकती।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The review cannot open ({opens}) before nominations open ({nominations_open}).</source>
        <translation>समीक्षा नामांकन खुलने ({nominations_open}) से पहले ({opens}) नहीं खुल सकती।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The review cannot close ({closes}) before nominations close ({nominations_close}): the last nominations would never be scored.</source>
        <translation>समीक्षा नामांकन बंद होने ({nominations_close}) से पहले ({closes}) बंद नहीं हो सकती: अंतिम नामांकनों को कभी अंक नहीं मिलेंगे।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The event ({day}) cannot come before the review closes ({closes}).</source>
        <translation>कार्यक्रम ({day}) समीक्षा बंद होने ({closes}) से पहले नहीं हो सकता।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the event&apos;s date with its time.</source>
        <translation>कार्यक्रम की तिथि समय सहित दें।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This programme already has a cycle named {name}.</source>
        <translation>इस कार्यक्रम में {name} नाम का चक्र पहले से है।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cycle name</source>
        <translation>चक्र का नाम</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the programme this cycle belongs to.</source>
        <translation>वह कार्यक्रम चुनें जिससे यह चक्र संबंधित है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Places must be a whole number of at least 1, not {places}.</source>
        <translation>स्थान कम से कम 1 की पूर्ण संख्या होने चाहिए, {places} नहीं।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chosen issuing office no longer exists; choose again.</source>
        <translation>चुना गया जारीकर्ता कार्यालय अब मौजूद नहीं है; फिर से चुनें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The chosen signatory no longer exists; choose again.</source>
        <translation>चुना गया हस्ताक्षरकर्ता अब मौजूद नहीं है; फिर से चुनें।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Venue</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local venue</source>
        <translation>स्थानीय स्थान</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{cycle} has one nomination made under its programme; it cannot move to another programme.</source>
        <translation>{cycle} में इसके कार्यक्रम के अंतर्गत एक नामांकन किया गया है; इसे दूसरे कार्यक्रम में नहीं ले जाया जा सकता।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{cycle} has {count} nominations made under its programme; it cannot move to another programme.</source>
        <translation>{cycle} में इसके कार्यक्रम के अंतर्गत {count} नामांकन किए गए हैं; इसे दूसरे कार्यक्रम में नहीं ले जाया जा सकता।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>One nominee of {cycle} is already selected; it cannot have fewer places than that ({places}). Move them back to the shortlist first.</source>
        <translation>{cycle} का एक नामिती पहले से चयनित है; इसमें उससे कम स्थान ({places}) नहीं हो सकते। पहले उन्हें शॉर्टलिस्ट में वापस ले जाएँ।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} nominees of {cycle} are already selected; it cannot have fewer places than that ({places}). Move some back to the shortlist first.</source>
        <translation>{cycle} के {count} नामिती पहले से चयनित हैं; इसमें उससे कम स्थान ({places}) नहीं हो सकते। पहले कुछ को शॉर्टलिस्ट में वापस ले जाएँ।</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>One nomination of {cycle} is dated outside the new nomination window ({opens} to {closes}), on {first}; the window must still include it.</source>
        <translation>{cycle} का एक नामांकन नई नामांकन अवधि ({opens} से {closes}) के बाहर, {first} को दिनांकित है; अवधि में उसे शामिल रहना चाहिए।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} nominations of {cycle} are dated outside the new nomination window ({opens} to {closes}), between {first} and {last}; the window must still include them.</source>
        <translation>{cycle} के {count} नामांकन नई नामांकन अवधि ({opens} से {closes}) के बाहर, {first} और {last} के बीच दिनांकित हैं; अवधि में उन्हें शामिल रहना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/cycles.py" line="+32"/>
        <source>Nominations not yet open</source>
        <translation>नामांकन अभी नहीं खुले</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominations open</source>
        <translation>नामांकन खुले</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominations and review open</source>
        <translation>नामांकन और समीक्षा खुले</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominations closed</source>
        <translation>नामांकन बंद</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review open</source>
        <translation>समीक्षा खुली</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review closed</source>
        <translation>समीक्षा बंद</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event today</source>
        <translation>कार्यक्रम आज</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event held</source>
        <translation>कार्यक्रम आयोजित</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+6"/>
        <source>{start} to {end}</source>
        <translation>{start} से {end} तक</translation>
    </message>
    <message>
        <location line="+123"/>
        <location line="+11"/>
        <location line="+34"/>
        <location line="+30"/>
        <location filename="../../desktop/services/recognition/nominations.py" line="-124"/>
        <source>Cycle</source>
        <translation>चक्र</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>{cycle} has one nomination; a cycle with nominations cannot be deleted.</source>
        <translation>{cycle} में एक नामांकन है; नामांकनों वाला चक्र हटाया नहीं जा सकता।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{cycle} has {count} nominations; a cycle with nominations cannot be deleted.</source>
        <translation>{cycle} में {count} नामांकन हैं; नामांकनों वाला चक्र हटाया नहीं जा सकता।</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The review of {cycle} was already closed on {day}.</source>
        <translation>{cycle} की समीक्षा पहले ही {day} को बंद हो चुकी है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The review of {cycle} closed on {day}; its scores are already locked.</source>
        <translation>{cycle} की समीक्षा {day} को बंद हुई; इसके अंक पहले से लॉक हैं।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The review of {cycle} opens on {day}; it cannot be closed before it has opened.</source>
        <translation>{cycle} की समीक्षा {day} को खुलती है; खुलने से पहले इसे बंद नहीं किया जा सकता।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/evidence.py" line="-39"/>
        <source>{file} is already attached to {nominee}&apos;s nomination (as &apos;{title}&apos;).</source>
        <translation>{file} पहले से {nominee} के नामांकन में संलग्न है (‘{title}’ के रूप में)।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{nominee}&apos;s nomination already has {count} evidence files, the most kept for one nomination; remove one before adding another.</source>
        <translation>{nominee} के नामांकन में पहले से {count} साक्ष्य फ़ाइलें हैं, जो एक नामांकन के लिए अधिकतम हैं; दूसरी जोड़ने से पहले एक हटाएँ।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{nominee}&apos;s nomination already has {total} of evidence; {file} ({size}) would take it past {limit}. Attach a smaller copy or remove a file.</source>
        <translation>{nominee} के नामांकन में पहले से {total} साक्ष्य है; {file} ({size}) से यह {limit} से अधिक हो जाएगा। छोटी प्रति संलग्न करें या कोई फ़ाइल हटाएँ।</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+8"/>
        <source>Evidence</source>
        <translation>साक्ष्य</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/invitations.py" line="+280"/>
        <source>issuing invitations</source>
        <translation>आमंत्रण जारी करने</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for an invitation</source>
        <translation>आमंत्रण के लिए</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>their invitation</source>
        <translation>उनके आमंत्रण</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The invitation is dated {day}, after the event on {event_day}; date it on or before the event.</source>
        <translation>आमंत्रण की तिथि {day} है, {event_day} के कार्यक्रम के बाद; कार्यक्रम की तिथि या उससे पहले की तिथि दें।</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nomination #{number} no longer exists; no invitation was issued. Try again.</source>
        <translation>नामांकन #{number} अब मौजूद नहीं है; कोई आमंत्रण जारी नहीं किया गया। फिर से प्रयास करें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nomination #{number} is now {status}; no invitation was issued. Try again.</source>
        <translation>नामांकन #{number} अब {status} है; कोई आमंत्रण जारी नहीं किया गया। फिर से प्रयास करें।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/nomination_checks.py" line="+35"/>
        <source>Justification is required: say what the nominee did and what changed.</source>
        <translation>औचित्य अनिवार्य है: बताएँ कि नामिती ने क्या किया और क्या बदला।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The justification is {count} characters long; write at least {least}: what the nominee did and what changed because of it.</source>
        <translation>औचित्य {count} अक्षरों का है; कम से कम {least} अक्षर लिखें: नामिती ने क्या किया और उससे क्या बदला।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The justification is {count} characters long; at most {limit} fit.</source>
        <translation>औचित्य {count} अक्षरों का है; अधिकतम {limit} अक्षर आ सकते हैं।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{programme} has no categories; leave the category empty.</source>
        <translation>{programme} में कोई श्रेणी नहीं है; श्रेणी खाली छोड़ें।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the category: {categories}.</source>
        <translation>श्रेणी चुनें: {categories}।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;{category}&apos; is not a category of {programme}; choose one of: {categories}.</source>
        <translation>‘{category}’ {programme} की श्रेणी नहीं है; इनमें से एक चुनें: {categories}।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose who nominates: a person, an office or an organisation.</source>
        <translation>नामांकनकर्ता चुनें: एक व्यक्ति, एक कार्यालय या एक संस्था।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chosen nominating {kind} no longer exists; choose again.</source>
        <translation>चुना गया नामांकनकर्ता {kind} अब मौजूद नहीं है; फिर से चुनें।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The date of the nomination is required.</source>
        <translation>नामांकन की तिथि अनिवार्य है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nominations for {cycle} are open from {opens} to {closes}; this one is dated {day}.</source>
        <translation>{cycle} के लिए नामांकन {opens} से {closes} तक खुले हैं; इस नामांकन की तिथि {day} है।</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{person} ({designation}) is already in the records; choose that person as the nominee instead of adding them again.</source>
        <translation>{person} ({designation}) पहले से अभिलेखों में है; उन्हें फिर से जोड़ने के बजाय नामिती के रूप में उसी व्यक्ति को चुनें।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the nominee: a person, a school or a cluster.</source>
        <translation>नामिती चुनें: एक व्यक्ति, एक विद्यालय या एक क्लस्टर।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose an existing nominee or add a new person, not both.</source>
        <translation>मौजूदा नामिती चुनें या नया व्यक्ति जोड़ें, दोनों नहीं।</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the {kind} nominated.</source>
        <translation>नामांकित {kind} चुनें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chosen {kind} no longer exists; choose again.</source>
        <translation>चुना गया {kind} अब मौजूद नहीं है; फिर से चुनें।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>person</source>
        <translation>व्यक्ति</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/nominations.py" line="-55"/>
        <source>{nominee} was nominated for {cycle} on {day} by {nominators}; that nomination was withdrawn on {withdrawn_on} and still counts. Reinstate it (back to Nominated), then merge this nomination into it.</source>
        <translation>{nominee} को {day} को {nominators} द्वारा {cycle} के लिए नामांकित किया गया था; वह नामांकन {withdrawn_on} को वापस लिया गया था और अभी भी गिना जाता है। उसे पुनः बहाल करें (वापस नामांकित), फिर इस नामांकन को उसमें मिलाएँ।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{nominee} is already nominated for {cycle} (on {day} by {nominators}; now {status}). Merge this nomination into it to add its nominator and justification.</source>
        <translation>{nominee} पहले से {cycle} के लिए नामांकित है ({day} को {nominators} द्वारा; अब {status})। इसका नामांकनकर्ता और औचित्य जोड़ने के लिए इस नामांकन को उसमें मिलाएँ।</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{nominator} already nominated {nominee} in this cycle (on {day}); the same nominator cannot be added twice.</source>
        <translation>{nominator} ने इस चक्र में पहले ही {nominee} को नामांकित किया है ({day} को); एक ही नामांकनकर्ता को दो बार नहीं जोड़ा जा सकता।</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Unknown source of nomination &apos;{source}&apos;.</source>
        <translation>नामांकन का अज्ञात स्रोत ‘{source}’।</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{nominee}&apos;s nomination is {status} (since {day}); it can be corrected only while Nominated or Shortlisted.</source>
        <translation>{nominee} का नामांकन {status} है ({day} से); इसे केवल नामांकित या शॉर्टलिस्ट रहते हुए सुधारा जा सकता है।</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{nominator} is already another nominator of this nomination.</source>
        <translation>{nominator} पहले से इस नामांकन का एक अन्य नामांकनकर्ता है।</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{nominee}&apos;s nomination is {status}; only a nomination still at Nominated can be deleted. Withdraw it instead, which keeps it on record.</source>
        <translation>{nominee} का नामांकन {status} है; केवल नामांकित अवस्था वाला नामांकन ही हटाया जा सकता है। इसके बजाय इसे वापस लें, जिससे यह अभिलेख में बना रहता है।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reviewers have given one score to {nominee}&apos;s nomination; withdraw it instead of deleting it.</source>
        <translation>समीक्षकों ने {nominee} के नामांकन को एक अंक दिया है; इसे हटाने के बजाय वापस लें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reviewers have given {count} scores to {nominee}&apos;s nomination; withdraw it instead of deleting it.</source>
        <translation>समीक्षकों ने {nominee} के नामांकन को {count} अंक दिए हैं; इसे हटाने के बजाय वापस लें।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/nominees.py" line="+53"/>
        <source>an {kind}</source>
        <translation>एक {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a {kind}</source>
        <translation>एक {kind}</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>{nominee}&apos;s designation &apos;{designation}&apos; is not one {programme} recognises (it recognises {kinds}); correct the designation if it is wrong.</source>
        <translation>{nominee} का पदनाम ‘{designation}’ ऐसा नहीं है जिसे {programme} सम्मानित करता है (यह {kinds} को सम्मानित करता है); यदि पदनाम गलत है तो उसे सुधारें।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{nominee} is {kind}; {programme} recognises {kinds} only.</source>
        <translation>{nominee} {kind} है; {programme} केवल {kinds} को सम्मानित करता है।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/printed.py" line="-63"/>
        <source>issuing office</source>
        <translation>जारीकर्ता कार्यालय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signatory</source>
        <translation>हस्ताक्षरकर्ता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event date</source>
        <translation>कार्यक्रम की तिथि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event time</source>
        <translation>कार्यक्रम का समय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>venue</source>
        <translation>स्थान</translation>
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
        <translation>सम्मान चक्र</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/services/recognition/ranking.py" line="+2"/>
        <location filename="../../desktop/services/recognition/scoring.py" line="-270"/>
        <location line="+162"/>
        <location line="+114"/>
        <source>Recognition programme</source>
        <translation>सम्मान कार्यक्रम</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{cycle} has no {details}; record it in the cycle before {purpose}.</source>
        <translation>{cycle} में {details} नहीं है; {purpose} से पहले इसे चक्र में दर्ज करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{cycle} has no {details}; record them in the cycle before {purpose}.</source>
        <translation>{cycle} में {details} नहीं हैं; {purpose} से पहले इन्हें चक्र में दर्ज करें।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signatory</source>
        <translation>हस्ताक्षरकर्ता</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Choose at least one nominee {purpose}.</source>
        <translation>{purpose} कम से कम एक नामिती चुनें।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nomination #{numbers} is not in the cycle {cycle}.</source>
        <translation>नामांकन #{numbers} चक्र {cycle} में नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominations #{numbers} are not in the cycle {cycle}.</source>
        <translation>नामांकन #{numbers} चक्र {cycle} में नहीं हैं।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{nominee} is {status}</source>
        <translation>{nominee} {status} है</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only {status} nominees can be chosen {purpose}: {nominees}; and {count} more.</source>
        <translation>{purpose} केवल {status} नामिती चुने जा सकते हैं: {nominees}; और {count} अन्य।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only {status} nominees can be chosen {purpose}: {nominees}.</source>
        <translation>{purpose} केवल {status} नामिती चुने जा सकते हैं: {nominees}।</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{nominee} reached this step on {day}; {what} cannot be dated {issued_on}, before that.</source>
        <translation>{nominee} {day} को इस अवस्था में पहुँचा; {what} की तिथि उससे पहले {issued_on} नहीं हो सकती।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/programme_checks.py" line="+37"/>
        <source>A programme named {name} already exists; give this one another name.</source>
        <translation>{name} नाम का कार्यक्रम पहले से मौजूद है; इसे कोई अन्य नाम दें।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The scale&apos;s lowest and highest levels must be whole numbers.</source>
        <translation>पैमाने के न्यूनतम और उच्चतम स्तर पूर्ण संख्याएँ होने चाहिए।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The scale cannot start below {lowest} (it starts at {start}).</source>
        <translation>पैमाना {lowest} से नीचे शुरू नहीं हो सकता (यह {start} से शुरू होता है)।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The scale&apos;s highest level ({highest}) must be above its lowest ({lowest}).</source>
        <translation>पैमाने का उच्चतम स्तर ({highest}) उसके न्यूनतम ({lowest}) से ऊपर होना चाहिए।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The scale can go up to {highest} at most, not {end}.</source>
        <translation>पैमाना अधिकतम {highest} तक जा सकता है, {end} तक नहीं।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown kind of nominee: {kinds}.</source>
        <translation>नामिती का अज्ञात प्रकार: {kinds}।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown kinds of nominee: {kinds}.</source>
        <translation>नामिती के अज्ञात प्रकार: {kinds}।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose who may be nominated: at least one kind of person or unit.</source>
        <translation>चुनें कि किसे नामांकित किया जा सकता है: व्यक्ति या इकाई का कम से कम एक प्रकार।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Category &apos;{category}…&apos; is {count} characters; at most 120 fit.</source>
        <translation>श्रेणी ‘{category}…’ {count} अक्षरों की है; अधिकतम 120 अक्षर आ सकते हैं।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The rubric needs at least one criterion.</source>
        <translation>मूल्यांकन मानदंड तालिका में कम से कम एक मानदंड आवश्यक है।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The name of criterion {number}</source>
        <translation>मानदंड {number} का नाम</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Criterion &apos;{name}&apos;</source>
        <translation>मानदंड ‘{name}’</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Criterion {number}</source>
        <translation>मानदंड {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two criteria are named &apos;{name}&apos;; each needs its own name.</source>
        <translation>दो मानदंडों का नाम ‘{name}’ है; प्रत्येक का अपना नाम होना चाहिए।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{criterion} needs a weight that is a number.</source>
        <translation>{criterion} का भार एक संख्या होना चाहिए।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{criterion} has weight {weight:g}; a weight must be above 0.</source>
        <translation>{criterion} का भार {weight:g} है; भार 0 से अधिक होना चाहिए।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{criterion} has {count} level descriptor; the scale {lowest} to {highest} needs {levels}, one for each level.</source>
        <translation>{criterion} में {count} स्तर विवरण है; {lowest} से {highest} के पैमाने के लिए {levels} चाहिए, प्रत्येक स्तर के लिए एक।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{criterion} has {count} level descriptors; the scale {lowest} to {highest} needs {levels}, one for each level.</source>
        <translation>{criterion} में {count} स्तर विवरण हैं; {lowest} से {highest} के पैमाने के लिए {levels} चाहिए, प्रत्येक स्तर के लिए एक।</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{criterion} has no descriptor for level {level}.</source>
        <translation>{criterion} में स्तर {level} का कोई विवरण नहीं है।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{criterion}&apos;s local name</source>
        <translation>{criterion} का स्थानीय नाम</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Programme name</source>
        <translation>कार्यक्रम का नाम</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The regional language must be one of {values}, not &apos;{language}&apos;.</source>
        <translation>क्षेत्रीय भाषा {values} में से एक होनी चाहिए, ‘{language}’ नहीं।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Local name</source>
        <translation>स्थानीय नाम</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purpose</source>
        <translation>उद्देश्य</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Selection rules</source>
        <translation>चयन नियम</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Criterion #{number} is not part of {programme}&apos;s rubric (it may have been removed meanwhile); reopen the programme and edit it again.</source>
        <translation>मानदंड #{number} {programme} की मूल्यांकन मानदंड तालिका का भाग नहीं है (संभवतः इस बीच हटा दिया गया); कार्यक्रम फिर से खोलें और दोबारा संपादित करें।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reviewers have already given one score under {programme}&apos;s rubric; criterion &apos;{criterion}&apos; cannot be removed now, or the totals already given would change meaning. Correct its wording or weight instead.</source>
        <translation>समीक्षक {programme} की मूल्यांकन मानदंड तालिका के अंतर्गत पहले ही एक अंक दे चुके हैं; मानदंड ‘{criterion}’ अब हटाया नहीं जा सकता, अन्यथा दिए गए कुल योग का अर्थ बदल जाएगा। इसके बजाय इसके शब्द या भार सुधारें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reviewers have already given {count} scores under {programme}&apos;s rubric; criterion &apos;{criterion}&apos; cannot be removed now, or the totals already given would change meaning. Correct its wording or weight instead.</source>
        <translation>समीक्षक {programme} की मूल्यांकन मानदंड तालिका के अंतर्गत पहले ही {count} अंक दे चुके हैं; मानदंड ‘{criterion}’ अब हटाया नहीं जा सकता, अन्यथा दिए गए कुल योग का अर्थ बदल जाएगा। इसके बजाय इसके शब्द या भार सुधारें।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reviewers have already given one score on {programme}&apos;s scale of {lowest} to {highest}; the scale cannot change now.</source>
        <translation>समीक्षक {programme} के {lowest} से {highest} के पैमाने पर पहले ही एक अंक दे चुके हैं; पैमाना अब बदला नहीं जा सकता।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reviewers have already given {count} scores on {programme}&apos;s scale of {lowest} to {highest}; the scale cannot change now.</source>
        <translation>समीक्षक {programme} के {lowest} से {highest} के पैमाने पर पहले ही {count} अंक दे चुके हैं; पैमाना अब बदला नहीं जा सकता।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>One nomination under {programme} is of kind {kind}; it must stay eligible while it is on record.</source>
        <translation>{programme} के अंतर्गत एक नामांकन {kind} प्रकार का है; जब तक वह अभिलेख में है, यह प्रकार पात्र रहना चाहिए।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} nominations under {programme} are of kind {kind}; it must stay eligible while they are on record.</source>
        <translation>{programme} के अंतर्गत {count} नामांकन {kind} प्रकार के हैं; जब तक वे अभिलेख में हैं, यह प्रकार पात्र रहना चाहिए।</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>One nomination under {programme} is in category &apos;{category}&apos;; it cannot be removed while it is on record.</source>
        <translation>{programme} के अंतर्गत एक नामांकन श्रेणी ‘{category}’ में है; जब तक वह अभिलेख में है, इसे हटाया नहीं जा सकता।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} nominations under {programme} are in category &apos;{category}&apos;; it cannot be removed while they are on record.</source>
        <translation>{programme} के अंतर्गत {count} नामांकन श्रेणी ‘{category}’ में हैं; जब तक वे अभिलेख में हैं, इसे हटाया नहीं जा सकता।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/programme_templates.py" line="+199"/>
        <source>Coffee with Collector (students, teachers, headmasters, officers)</source>
        <translation>Coffee with Collector (विद्यार्थी, शिक्षक, प्रधानाध्यापक, अधिकारी)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pragatiya Hejje (Cluster Resource Persons, four areas)</source>
        <translation>Pragatiya Hejje (क्लस्टर संसाधन व्यक्ति, चार क्षेत्र)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/programmes.py" line="+206"/>
        <source>There is no programme template &apos;{key}&apos;.</source>
        <translation>कोई कार्यक्रम टेम्पलेट ‘{key}’ नहीं है।</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <location line="+29"/>
        <source>Programme</source>
        <translation>कार्यक्रम</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>{programme} has one cycle; delete it first, or keep the programme.</source>
        <translation>{programme} में एक चक्र है; पहले उसे हटाएँ, या कार्यक्रम रखें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{programme} has {count} cycles; delete them first, or keep the programme.</source>
        <translation>{programme} में {count} चक्र हैं; पहले उन्हें हटाएँ, या कार्यक्रम रखें।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/publicity.py" line="+62"/>
        <source>preparing its publicity summary</source>
        <translation>इसका प्रचार सारांश तैयार करने</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nobody has been selected in {cycle} yet; the publicity summary names those selected or recognised.</source>
        <translation>{cycle} में अभी तक किसी का चयन नहीं हुआ है; प्रचार सारांश में चयनित या सम्मानित व्यक्तियों के नाम होते हैं।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/ranking.py" line="-111"/>
        <source>not scored</source>
        <translation>अंक नहीं दिए गए</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rank {rank} (tied), {total}%</source>
        <translation>क्रम {rank} (बराबर), {total}%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rank {rank}, {total}%</source>
        <translation>क्रम {rank}, {total}%</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/register_release.py" line="+33"/>
        <source>{number} cannot be cancelled: attendance or later steps are already recorded against it for {nominees}, so the letter stays issued.</source>
        <translation>{number} रद्द नहीं किया जा सकता: {nominees} के लिए इस पर उपस्थिति या आगे की प्रगति पहले से दर्ज है, इसलिए पत्र जारी ही रहेगा।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/reviewers.py" line="-67"/>
        <source>Scores for {cycle} were locked on {day} when the review closed; no reviewer can be added now.</source>
        <translation>समीक्षा बंद होने पर {day} को {cycle} के अंक लॉक कर दिए गए; अब कोई समीक्षक नहीं जोड़ा जा सकता।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{person} is already a reviewer of {cycle}.</source>
        <translation>{person} पहले से {cycle} के समीक्षक हैं।</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{count} score</source>
        <translation>{count} अंक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} scores</source>
        <translation>{count} अंक</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} nomination</source>
        <translation>{count} नामांकन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} nominations</source>
        <translation>{count} नामांकन</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{person} has given {scores} to {nominations} in {cycle}; a reviewer with scores stays on the panel, so that the ranking can be traced to them.</source>
        <translation>{person} ने {cycle} में {nominations} को {scores} दिए हैं; अंक देने वाला समीक्षक पैनल में बना रहता है, ताकि रैंकिंग का स्रोत उन तक खोजा जा सके।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/scoring.py" line="-264"/>
        <source>Scores for {cycle} were locked on {day} when the review closed; they can no longer be entered or changed.</source>
        <translation>समीक्षा बंद होने पर {day} को {cycle} के अंक लॉक कर दिए गए; अब उन्हें दर्ज या बदला नहीं जा सकता।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Review opens on {day}; scores for {cycle} can be entered from that day.</source>
        <translation>समीक्षा {day} को खुलती है; {cycle} के अंक उस दिन से दर्ज किए जा सकते हैं।</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>{person} is not a reviewer of {cycle}; add them to the review panel first.</source>
        <translation>{person} {cycle} के समीक्षक नहीं हैं; पहले उन्हें समीक्षा पैनल में जोड़ें।</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Criterion #{number} is not part of the rubric of {programme}.</source>
        <translation>मानदंड #{number} {programme} की मूल्यांकन मानदंड तालिका का भाग नहीं है।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{level} for &apos;{criterion}&apos; is outside the rubric&apos;s scale {scale}.</source>
        <translation>‘{criterion}’ के लिए {level} मूल्यांकन मानदंड तालिका के पैमाने {scale} से बाहर है।</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The nomination of {nominee} was withdrawn on {day}; it is no longer scored.</source>
        <translation>{nominee} का नामांकन {day} को वापस लिया गया था; अब इसे अंक नहीं दिए जाते।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{person} cannot score the nomination of {nominee}: {conflict}.</source>
        <translation>{person} {nominee} के नामांकन को अंक नहीं दे सकते: {conflict}।</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Give at least one level before a note; the note is kept with the scores.</source>
        <translation>टिप्पणी से पहले कम से कम एक स्तर दें; टिप्पणी अंकों के साथ रखी जाती है।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/selection.py" line="-182"/>
        <source>Give the reason for this selection; it is kept with it.</source>
        <translation>इस चयन का कारण दें; यह इसके साथ रखा जाता है।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The nomination is {status}; it cannot become {target} (a {status} nomination stays {status}).</source>
        <translation>नामांकन {status} है; यह {target} नहीं हो सकता ({status} नामांकन {status} ही रहता है)।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{nominee} is {status}; it cannot become {target} (a {status} nomination stays {status}).</source>
        <translation>{nominee} {status} है; यह {target} नहीं हो सकता ({status} नामांकन {status} ही रहता है)।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The nomination is {status}; it cannot become {target} (from {status} it can become {next}).</source>
        <translation>नामांकन {status} है; यह {target} नहीं हो सकता ({status} से यह {next} हो सकता है)।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{nominee} is {status}; it cannot become {target} (from {status} it can become {next}).</source>
        <translation>{nominee} {status} है; यह {target} नहीं हो सकता ({status} से यह {next} हो सकता है)।</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>None of the {batch} nominations was changed; one cannot take this step:</source>
        <translation>{batch} नामांकनों में से कोई नहीं बदला गया; एक नामांकन यह कदम नहीं उठा सकता:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of the {batch} nominations was changed; {count} cannot take this step:</source>
        <translation>{batch} नामांकनों में से कोई नहीं बदला गया; {count} नामांकन यह कदम नहीं उठा सकते:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Choose at least one nomination.</source>
        <translation>कम से कम एक नामांकन चुनें।</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{nominee} was {status} on {previous}; the step to {target} cannot be dated {day}, before that.</source>
        <translation>{nominee} {previous} को {status} हुआ था; {target} की प्रगति की तिथि उससे पहले {day} नहीं हो सकती।</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{nominee} cannot be shortlisted on {day}: scores for {cycle} are not locked until the review closes on {closes}. Shortlist after that, or close the review early to lock the scores now.</source>
        <translation>{nominee} को {day} को शॉर्टलिस्ट नहीं किया जा सकता: {cycle} के अंक {closes} को समीक्षा बंद होने तक लॉक नहीं होते। उसके बाद शॉर्टलिस्ट करें, या अंक अभी लॉक करने के लिए समीक्षा पहले बंद करें।</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Select nominations of one cycle at a time; these belong to different cycles.</source>
        <translation>एक समय में एक ही चक्र के नामांकन चुनें; ये अलग-अलग चक्रों के हैं।</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Selecting {nominee} ({place}) passes over {others}, shortlisted and ranked higher but not selected.</source>
        <translation>{nominee} ({place}) का चयन {others} को छोड़ देता है, जो शॉर्टलिस्ट हैं और ऊँचे क्रम पर हैं पर चयनित नहीं।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{count} would be selected for {places} place in {cycle}.</source>
        <translation>{cycle} में {places} स्थान के लिए {count} चयनित होंगे।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} would be selected for {places} places in {cycle}.</source>
        <translation>{cycle} में {places} स्थानों के लिए {count} चयनित होंगे।</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{nominee}: attendance cannot be marked for {day}, a day still to come; mark it on or after the event.</source>
        <translation>{nominee}: {day} के लिए उपस्थिति चिह्नित नहीं की जा सकती, वह दिन अभी आना है; कार्यक्रम के दिन या उसके बाद चिह्नित करें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{nominee}: {cycle} has no event date yet; set it before marking attendance.</source>
        <translation>{nominee}: {cycle} में अभी कार्यक्रम की तिथि नहीं है; उपस्थिति चिह्नित करने से पहले इसे निर्धारित करें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{nominee}: the event of {cycle} is on {event_day}; attendance cannot be marked on {day}, before it.</source>
        <translation>{nominee}: {cycle} का कार्यक्रम {event_day} को है; उपस्थिति उससे पहले {day} को चिह्नित नहीं की जा सकती।</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Give the reason for withdrawing the nomination; it is kept on record.</source>
        <translation>नामांकन वापस लेने का कारण दें; यह अभिलेख में रखा जाता है।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/suggestions.py" line="-154"/>
        <source>Clusters</source>
        <translation>क्लस्टर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schools</source>
        <translation>विद्यालय</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Choose two different rounds: suggestions come from the change between them.</source>
        <translation>दो अलग-अलग चरण चुनें: सुझाव उनके बीच के परिवर्तन से आते हैं।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{round} has no students&apos; results yet; import its results first (Baseline → Imports).</source>
        <translation>{round} में अभी विद्यार्थियों के परिणाम नहीं हैं; पहले इसके परिणाम आयात करें (बेसलाइन → आयात)।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{earlier} ({earlier_day}) was held after {later} ({later_day}); choose the earlier round first.</source>
        <translation>{earlier} ({earlier_day}) {later} ({later_day}) के बाद आयोजित हुआ था; पहले पहले वाला चरण चुनें।</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Suggestions are of clusters or schools; not of &apos;{level}&apos;.</source>
        <translation>सुझाव क्लस्टरों या विद्यालयों के होते हैं; ‘{level}’ के नहीं।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask for at least one suggestion.</source>
        <translation>कम से कम एक सुझाव माँगें।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/usage.py" line="+42"/>
        <source>{name} is nominated in {count} recognition cycle ({cycles}); it stays on record while they do.</source>
        <translation>{name} {count} सम्मान चक्र ({cycles}) में नामांकित है; जब तक ऐसा है, यह अभिलेख में बना रहेगा।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is nominated in {count} recognition cycles ({cycles}); it stays on record while they do.</source>
        <translation>{name} {count} सम्मान चक्रों ({cycles}) में नामांकित है; जब तक ऐसा है, यह अभिलेख में बना रहेगा।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} nominated someone in {count} recognition cycle ({cycles}); it stays on record while they do.</source>
        <translation>{name} ने {count} सम्मान चक्र ({cycles}) में किसी को नामांकित किया; जब तक ऐसा है, यह अभिलेख में बना रहेगा।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} nominated someone in {count} recognition cycles ({cycles}); it stays on record while they do.</source>
        <translation>{name} ने {count} सम्मान चक्रों ({cycles}) में किसी को नामांकित किया; जब तक ऐसा है, यह अभिलेख में बना रहेगा।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} reviews nominations in {count} recognition cycle ({cycles}); it stays on record while they do.</source>
        <translation>{name} {count} सम्मान चक्र ({cycles}) में नामांकनों की समीक्षा करता है; जब तक ऐसा है, यह अभिलेख में बना रहेगा।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} reviews nominations in {count} recognition cycles ({cycles}); it stays on record while they do.</source>
        <translation>{name} {count} सम्मान चक्रों ({cycles}) में नामांकनों की समीक्षा करता है; जब तक ऐसा है, यह अभिलेख में बना रहेगा।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} signs for {count} recognition cycle ({cycles}); it stays on record while they do.</source>
        <translation>{name} {count} सम्मान चक्र ({cycles}) के लिए हस्ताक्षर करता है; जब तक ऐसा है, यह अभिलेख में बना रहेगा।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} signs for {count} recognition cycles ({cycles}); it stays on record while they do.</source>
        <translation>{name} {count} सम्मान चक्रों ({cycles}) के लिए हस्ताक्षर करता है; जब तक ऐसा है, यह अभिलेख में बना रहेगा।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} issues the letters of {count} recognition cycle ({cycles}); it stays on record while they do.</source>
        <translation>{name} {count} सम्मान चक्र ({cycles}) के पत्र जारी करता है; जब तक ऐसा है, यह अभिलेख में बना रहेगा।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} issues the letters of {count} recognition cycles ({cycles}); it stays on record while they do.</source>
        <translation>{name} {count} सम्मान चक्रों ({cycles}) के पत्र जारी करता है; जब तक ऐसा है, यह अभिलेख में बना रहेगा।</translation>
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
        <translation>प्रधानाध्यापक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster Resource Person (CRP / CRC)</source>
        <translation>क्लस्टर संसाधन व्यक्ति (CRP / CRC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block Resource Person (BRP / BRC)</source>
        <translation>ब्लॉक संसाधन व्यक्ति (BRP / BRC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block officer (BEO)</source>
        <translation>ब्लॉक अधिकारी (BEO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official</source>
        <translation>अधिकारी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School</source>
        <translation>विद्यालय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster</source>
        <translation>क्लस्टर</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nominated</source>
        <translation>नामांकित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortlisted</source>
        <translation>शॉर्टलिस्ट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected</source>
        <translation>चयनित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invited</source>
        <translation>आमंत्रित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>उपस्थित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognised</source>
        <translation>सम्मानित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>वापस लिया गया</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Person</source>
        <translation>व्यक्ति</translation>
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
        <translation>चक्र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cycle:</source>
        <translation>चक्र(&amp;C):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Programmes and cycles</source>
        <translation>कार्यक्रम और चक्र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominations</source>
        <translation>नामांकन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring</source>
        <translation>अंकन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranking and selection</source>
        <translation>रैंकिंग और चयन</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recognition</source>
        <translation>सम्मान</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No cycles yet: add one on Programmes and cycles</source>
        <translation>अभी कोई चक्र नहीं: कार्यक्रम और चक्र पर एक चक्र जोड़ें</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../desktop/ui/pages/geography_page.py" line="-172"/>
        <source>Add…</source>
        <translation>जोड़ें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>संपादित करें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../../desktop/services/records.py" line="+20"/>
        <source>{label} #{id} no longer exists; it may have been deleted.</source>
        <translation>{label} #{id} अब मौजूद नहीं है; संभवतः इसे हटा दिया गया है।</translation>
    </message>
</context>
<context>
    <name>RenewDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_actions.py" line="-65"/>
        <source>Renew MoU %s</source>
        <translation>MoU %s का नवीनीकरण</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference of the renewed MoU</source>
        <translation>नवीनीकृत MoU का संदर्भ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts on</source>
        <translation>आरंभ तिथि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends on</source>
        <translation>समाप्ति तिथि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renew</source>
        <translation>नवीनीकरण करें</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/action_item_dialogs.py" line="-18"/>
        <source>Reopen the action item</source>
        <translation>कार्रवाई बिंदु पुनः खोलें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reopen</source>
        <translation>पुनः खोलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened on</source>
        <translation>पुनः खोलने की तिथि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for reopening</source>
        <translation>पुनः खोलने का कारण</translation>
    </message>
</context>
<context>
    <name>RepairsPanel</name>
    <message>
        <location filename="../../desktop/ui/dialogs/import_check_tables.py" line="-128"/>
        <source>Row</source>
        <translation>पंक्ति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>कॉलम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the file</source>
        <translation>फ़ाइल में</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repaired to</source>
        <translation>सुधारा गया रूप</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Apply these %s repairs</source>
        <translation>ये %s सुधार लागू करें</translation>
    </message>
</context>
<context>
    <name>ReplaceMemberDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/membership_dialogs.py" line="+155"/>
        <source>Replace %s</source>
        <translation>%s के स्थान पर नया सदस्य</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New member</source>
        <translation>नया सदस्य</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Takes the seat on</source>
        <translation>पद ग्रहण की तिथि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for leaving</source>
        <translation>हटने का कारण</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Transferred</source>
        <translation>उदा. स्थानांतरित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>बदलें</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/restore_dialog.py" line="+24"/>
        <source>Daily</source>
        <translation>दैनिक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by hand</source>
        <translation>स्वयं लिया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an upgrade</source>
        <translation>अपग्रेड से पहले</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>पुनर्स्थापना से पहले</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a bulk change</source>
        <translation>बड़े पैमाने पर परिवर्तन से पहले</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an import</source>
        <translation>आयात से पहले</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore from a backup</source>
        <translation>बैकअप से पुनर्स्थापित करें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made on</source>
        <translation>कब लिया गया</translation>
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
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database is replaced by the backup you choose. The current database is backed up first, so this can be undone by restoring that backup.</source>
        <translation>डेटाबेस को आपके चुने गए बैकअप से बदल दिया जाता है। वर्तमान डेटाबेस का पहले बैकअप लिया जाता है, ताकि उस बैकअप को पुनर्स्थापित करके इसे पूर्ववत किया जा सके।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other file…</source>
        <translation>अन्य फ़ाइल…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>पुनर्स्थापित करें</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a backup file</source>
        <translation>बैकअप फ़ाइल चुनें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Database files (*.db);;All files (*)</source>
        <translation>डेटाबेस फ़ाइलें (*.db);;सभी फ़ाइलें (*)</translation>
    </message>
</context>
<context>
    <name>ReturnTemplateDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/return_template_dialog.py" line="+72"/>
        <source>Return template for a partner</source>
        <translation>साझेदार के लिए वापसी टेम्पलेट</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A workbook a partner without the app fills in to send data back. It carries the MoU&apos;s school list and, where the MoU&apos;s terms allow pseudonymised results, its students under their pseudonyms with grade and gender. It is recorded in the exchange log as data given to the partner.</source>
        <translation>एक वर्कबुक, जिसे ऐप के बिना काम करने वाला साझेदार डेटा वापस भेजने के लिए भरता है। इसमें MoU की विद्यालय सूची होती है और, जहाँ MoU की शर्तें छद्मनाम वाले परिणामों की अनुमति देती हैं, वहाँ उसके विद्यार्थी उनके छद्मनामों, कक्षा और लिंग सहित होते हैं। इसे आदान-प्रदान लॉग में साझेदार को दिए गए डेटा के रूप में दर्ज किया जाता है।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>MoU</source>
        <translation>MoU</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>e.g. Endline 2027 (type a new round, or choose one)</source>
        <translation>उदा. एंडलाइन 2027 (नए चरण का नाम टाइप करें, या कोई चुनें)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round</source>
        <translation>चरण</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;MoU</source>
        <translation>MoU(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Round</source>
        <translation>चरण(&amp;R)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save template…</source>
        <translation>टेम्पलेट सहेजें…(&amp;S)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>There is no MoU in the register yet.</source>
        <translation>रजिस्टर में अभी कोई MoU नहीं है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not offered (a template needs an MoU in force that covers schools):</source>
        <translation>प्रस्तुत नहीं (टेम्पलेट के लिए विद्यालयों को शामिल करने वाला प्रभावी MoU आवश्यक है):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No MoU can have a return template today:</source>
        <translation>आज किसी भी MoU का वापसी टेम्पलेट नहीं बन सकता:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… and %s more</source>
        <translation>… और %s अन्य</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>For: %s</source>
        <translation>किसके लिए: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s schools (UDISE code, name, block, cluster)</source>
        <translation>%s विद्यालय (UDISE कोड, नाम, ब्लॉक, क्लस्टर)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no students: the MoU&apos;s terms do not allow pseudonymised results</source>
        <translation>कोई विद्यार्थी नहीं: MoU की शर्तें छद्मनाम वाले परिणामों की अनुमति नहीं देतीं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no students: the office has no results for these schools yet</source>
        <translation>कोई विद्यार्थी नहीं: कार्यालय के पास इन विद्यालयों के परिणाम अभी नहीं हैं</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%(students)s students of %(round)s under their pseudonyms for this MoU, with grade and gender</source>
        <translation>%(round)s के %(students)s विद्यार्थी, इस MoU के लिए उनके छद्मनामों, कक्षा और लिंग सहित</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pre-filled: %(schools)s; %(students)s.</source>
        <translation>पहले से भरा गया: %(schools)s; %(students)s।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The partner keeps it until %s.</source>
        <translation>साझेदार इसे %s तक रखेगा।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No keep-until date: the MoU&apos;s terms name none of what it carries.</source>
        <translation>रखने की कोई अंतिम तिथि नहीं: MoU की शर्तों में इसकी किसी भी सामग्री का उल्लेख नहीं है।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give the name of the round the partner returns data for.</source>
        <translation>उस चरण का नाम दें जिसके लिए साझेदार डेटा लौटाएगा।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the return template</source>
        <translation>वापसी टेम्पलेट सहेजें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel वर्कबुक (*.xlsx)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelled: nothing was written or recorded.</source>
        <translation>रद्द किया गया: कुछ भी लिखा या दर्ज नहीं किया गया।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Making the return template…</source>
        <translation>वापसी टेम्पलेट बनाया जा रहा है…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The template was not made, on an unexpected error: %s</source>
        <translation>अप्रत्याशित त्रुटि के कारण टेम्पलेट नहीं बना: %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The return template is saved and recorded in the exchange log.</source>
        <translation>वापसी टेम्पलेट सहेजा गया और आदान-प्रदान लॉग में दर्ज किया गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved to: %s</source>
        <translation>यहाँ सहेजा गया: %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%(schools)s schools; %(students)s students under their pseudonyms (%(rows)s rows to fill in).</source>
        <translation>%(schools)s विद्यालय; %(students)s विद्यार्थी उनके छद्मनामों सहित (भरने के लिए %(rows)s पंक्तियाँ)।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%s schools; no students.</source>
        <translation>%s विद्यालय; कोई विद्यार्थी नहीं।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep until: %s</source>
        <translation>कब तक रखें: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give it to the partner; it is not locked, so hand it over in person or on a drive.</source>
        <translation>इसे साझेदार को दें; यह लॉक नहीं है, इसलिए इसे स्वयं या ड्राइव पर सौंपें।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>रद्द किया जा रहा है…</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/meeting_actions_tab.py" line="+169"/>
        <source>Review note</source>
        <translation>समीक्षा टिप्पणी</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What was reported in this meeting</source>
        <translation>इस बैठक में क्या बताया गया</translation>
    </message>
</context>
<context>
    <name>ReviewGroupsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/cadence_dialogs.py" line="+18"/>
        <source>Review groups</source>
        <translation>समीक्षा समूह</translation>
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
        <translation>गठन तिथि</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schools</source>
        <translation>विद्यालय</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form review groups</source>
        <translation>समीक्षा समूह बनाएँ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A school committee on the 2-4-6-8 cadence is formed for each school chosen below that has none; it reviews on the 2nd working day of every month.</source>
        <translation>नीचे चुने गए प्रत्येक ऐसे विद्यालय के लिए, जिसकी कोई समिति नहीं है, 2-4-6-8 क्रम पर एक विद्यालय समिति बनाई जाती है; समीक्षा का दिन: प्रत्येक माह का दूसरा कार्य दिवस।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A district review group is formed if the district has none; it reviews on the 8th working day.</source>
        <translation>जिले का कोई समीक्षा समूह न होने पर जिला समीक्षा समूह बनाया जाता है; समीक्षा का दिन: माह का आठवाँ कार्य दिवस।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A %(level)s review group is formed for every %(level)s of the office&apos;s district that has none; those that have one keep it. They review on the %(day)s working day.</source>
        <translation>कार्यालय के जिले के प्रत्येक ऐसे %(level)s के लिए, जिसका कोई समीक्षा समूह नहीं है, एक %(level)s समीक्षा समूह बनाया जाता है; जिनका पहले से है, उनका वही रहता है। समीक्षा का दिन: माह का %(day)s कार्य दिवस।</translation>
    </message>
</context>
<context>
    <name>ReviewerPanel</name>
    <message>
        <location filename="../../desktop/ui/dialogs/cycle_dialog.py" line="+37"/>
        <source>Reviewer</source>
        <translation>समीक्षक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Designation</source>
        <translation>पदनाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Works at</source>
        <translation>कार्यस्थल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scored</source>
        <translation>अंकित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>हित-टकराव</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reviewers</source>
        <translation>समीक्षक</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person to add as reviewer</source>
        <translation>समीक्षक के रूप में जोड़े जाने वाला व्यक्ति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of a name, designation or office</source>
        <translation>नाम, पदनाम या कार्यालय का कोई अंश टाइप करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add reviewer</source>
        <translation>समीक्षक जोड़ें(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move reviewer</source>
        <translation>समीक्षक हटाएँ(&amp;M)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Additions and removals are saved at once. Scored: nominations a reviewer has scored on every criterion. Conflicts: nominations they made, about themselves or about their school, which they may not score.</source>
        <translation>जोड़ना और हटाना तुरंत सहेजा जाता है। अंकित: वे नामांकन जिनके प्रत्येक मानदंड पर समीक्षक ने अंक दिए हैं। हित-टकराव: वे नामांकन जो उन्होंने स्वयं किए, जो उनके स्वयं के बारे में हैं या उनके विद्यालय के बारे में हैं, जिन पर वे अंक नहीं दे सकते।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Review panel</source>
        <translation>समीक्षा पैनल</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“%s” is not in the list of people: choose a person from the list.</source>
        <translation>“%s” व्यक्तियों की सूची में नहीं है: सूची से कोई व्यक्ति चुनें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the person to add to the panel.</source>
        <translation>पैनल में जोड़ने के लिए व्यक्ति चुनें।</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/round_dialog.py" line="+54"/>
        <source>New assessment round</source>
        <translation>नया आकलन चरण</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit round</source>
        <translation>चरण संपादित करें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Baseline 2026-27</source>
        <translation>उदा. बेसलाइन 2026-27</translation>
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
        <translation>आरंभ</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+20"/>
        <source>Ends</source>
        <translation>समाप्ति</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Assessment tool</source>
        <translation>आकलन उपकरण</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. FLN oral assessment</source>
        <translation>उदा. FLN मौखिक आकलन</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(कोई नहीं)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Under MoU</source>
        <translation>MoU के अंतर्गत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no levels)</source>
        <translation>(कोई स्तर नहीं)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Level scheme</source>
        <translation>स्तर योजना</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Maximum score</source>
        <translation>अधिकतम अंक</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>empty if results have no score</source>
        <translation>यदि परिणामों में अंक नहीं हैं तो खाली छोड़ें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>टिप्पणियाँ</translation>
    </message>
</context>
<context>
    <name>RoundsTab</name>
    <message>
        <location filename="../../desktop/ui/pages/baseline_rounds.py" line="+47"/>
        <source>Search by name, kind, tool, scheme or MoU</source>
        <translation>नाम, प्रकार, उपकरण, योजना या MoU से खोजें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New round…</source>
        <translation>नया चरण…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>संपादित करें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level schemes…</source>
        <translation>स्तर योजनाएँ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export results…</source>
        <translation>परिणाम निर्यात करें…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>तिथियाँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool</source>
        <translation>उपकरण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level scheme</source>
        <translation>स्तर योजना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MoU</source>
        <translation>MoU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schools with indicators</source>
        <translation>संकेतकों वाले विद्यालय</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%(shown)s of %(total)s</source>
        <translation>%(total)s में से %(shown)s</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Delete round</source>
        <translation>चरण हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the assessment round %s? This cannot be undone.</source>
        <translation>आकलन चरण %s हटाएँ? इसे पूर्ववत नहीं किया जा सकता।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Round %s</source>
        <translation>चरण %s</translation>
    </message>
</context>
<context>
    <name>RubricEditor</name>
    <message>
        <location filename="../../desktop/ui/dialogs/rubric_editor.py" line="+127"/>
        <source>Rubric criteria</source>
        <translation>रूब्रिक के मानदंड</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the criterion looks at, for the reviewers</source>
        <translation>समीक्षकों के लिए: यह मानदंड किस बात को देखता है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add criterion</source>
        <translation>मानदंड जोड़ें(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>हटाएँ(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>ऊपर ले जाएँ(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>नीचे ले जाएँ(&amp;W)</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>1 criterion</source>
        <translation>1 मानदंड</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%d criteria</source>
        <translation>%d मानदंड</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%(criteria)s, total weight %(weight)s; each share is the criterion&apos;s part of a nomination&apos;s total.</source>
        <translation>%(criteria)s, कुल भार %(weight)s; प्रत्येक हिस्सा नामांकन के कुल योग में उस मानदंड का भाग है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No criteria yet: add at least one.</source>
        <translation>अभी कोई मानदंड नहीं: कम से कम एक जोड़ें।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What criterion %d
looks a&amp;t:</source>
        <translation>मानदंड %d किस बात
को देखता है(&amp;T):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it
looks a&amp;t:</source>
        <translation>यह किस बात
को देखता है(&amp;T):</translation>
    </message>
</context>
<context>
    <name>RubricModel</name>
    <message>
        <location filename="../../desktop/ui/dialogs/rubric_model.py" line="+272"/>
        <source>Criterion</source>
        <translation>मानदंड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional name</source>
        <translation>क्षेत्रीय नाम</translation>
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
        <translation>यह किस बात को देखता है</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Level %d</source>
        <translation>स्तर %d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The criterion&apos;s share of a nomination&apos;s weighted total</source>
        <translation>नामांकन के भारित कुल योग में मानदंड का हिस्सा</translation>
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
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cancelling…</source>
        <translation>रद्द किया जा रहा है…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Importing %s; a backup is taken first.</source>
        <translation>%s आयात किया जा रहा है; पहले बैकअप लिया जाता है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing…</source>
        <translation>आयात हो रहा है…</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+13"/>
        <source>Nothing was imported.</source>
        <translation>कुछ भी आयात नहीं किया गया।</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The import stopped on an unexpected error and was rolled back: %s</source>
        <translation>आयात अप्रत्याशित त्रुटि के कारण रुक गया और वापस ले लिया गया: %s</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing needed storing: every valid row is already in the database.</source>
        <translation>कुछ भी संग्रहीत करने की आवश्यकता नहीं थी: प्रत्येक मान्य पंक्ति पहले से डेटाबेस में है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported as batch %s.</source>
        <translation>बैच %s के रूप में आयात किया गया।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New: %s</source>
        <translation>नए: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated: %s</source>
        <translation>अद्यतन: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged: %s</source>
        <translation>अपरिवर्तित: %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UDISE codes repaired: %s</source>
        <translation>सुधारे गए UDISE कोड: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows left out with problems: %s</source>
        <translation>समस्याओं के कारण छोड़ी गई पंक्तियाँ: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check found:</source>
        <translation>जाँच में पाया गया:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database was backed up first to %s</source>
        <translation>डेटाबेस का बैकअप पहले %s में लिया गया</translation>
    </message>
</context>
<context>
    <name>ScaleField</name>
    <message>
        <location filename="../../desktop/ui/dialogs/programme_dialog.py" line="-122"/>
        <source>Lowest level</source>
        <translation>निम्नतम स्तर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest level</source>
        <translation>उच्चतम स्तर</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>levels from</source>
        <translation>स्तर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>से</translation>
    </message>
</context>
<context>
    <name>SchoolDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/school_dialog.py" line="+16"/>
        <source>Edit school</source>
        <translation>विद्यालय संपादित करें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add school</source>
        <translation>विद्यालय जोड़ें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>UDISE code</source>
        <translation>UDISE कोड</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>11 digits, e.g. 29900101001</source>
        <translation>11 अंक, उदा. 29900101001</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (regional language)</source>
        <translation>नाम (क्षेत्रीय भाषा में)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Block</source>
        <translation>ब्लॉक</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>— choose —</source>
        <translation>— चुनें —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster</source>
        <translation>क्लस्टर</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Village</source>
        <translation>गाँव</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Management</source>
        <translation>प्रबंधन</translation>
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
        <translation>दशमलव डिग्री, उदा. 16.1817</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longitude</source>
        <translation>देशांतर</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>decimal degrees, e.g. 75.6958</source>
        <translation>दशमलव डिग्री, उदा. 75.6958</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no cluster)</source>
        <translation>(कोई क्लस्टर नहीं)</translation>
    </message>
</context>
<context>
    <name>SchoolPicker</name>
    <message>
        <location filename="../../desktop/ui/school_picker.py" line="+66"/>
        <source>Filter blocks and clusters</source>
        <translation>ब्लॉक और क्लस्टर छाँटें</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>all kinds of school</source>
        <translation>सभी प्रकार के विद्यालय</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Narrows the blocks and clusters; single schools always go.</source>
        <translation>ब्लॉक और क्लस्टर को सीमित करता है; अलग से जोड़े गए विद्यालय हमेशा शामिल रहते हैं।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name or 11-digit UDISE code</source>
        <translation>नाम या 11 अंकों का UDISE कोड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single schools</source>
        <translation>अलग-अलग विद्यालय</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Blocks and clusters</source>
        <translation>ब्लॉक और क्लस्टर</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind of school:</source>
        <translation>विद्यालय का प्रकार:</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>No schools chosen yet: tick blocks or clusters, or add single schools.</source>
        <translation>अभी कोई विद्यालय नहीं चुना गया: ब्लॉक या क्लस्टर पर निशान लगाएँ, या अलग-अलग विद्यालय जोड़ें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>block</source>
        <translation>ब्लॉक</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>blocks</source>
        <translation>ब्लॉक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cluster</source>
        <translation>क्लस्टर</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>clusters</source>
        <translation>क्लस्टर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>single school</source>
        <translation>अलग विद्यालय</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>single schools</source>
        <translation>अलग विद्यालय</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>school</source>
        <translation>विद्यालय</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>schools</source>
        <translation>विद्यालय</translation>
    </message>
</context>
<context>
    <name>SchoolSearch</name>
    <message>
        <location filename="../../desktop/ui/dialogs/body_dialog.py" line="-250"/>
        <source>Type part of the school&apos;s name or its UDISE code</source>
        <translation>विद्यालय के नाम का कोई अंश या उसका UDISE कोड टाइप करें</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Nothing matches “%s”.</source>
        <translation>“%s” से कुछ भी मेल नहीं खाता।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>none yet</source>
        <translation>अभी कोई नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School: %s</source>
        <translation>विद्यालय: %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%(cluster)s cluster, %(block)s block</source>
        <translation>%(cluster)s क्लस्टर, %(block)s ब्लॉक</translation>
    </message>
</context>
<context>
    <name>Schools</name>
    <message>
        <location filename="../../desktop/services/schools.py" line="+29"/>
        <source>Department of Education</source>
        <translation>शिक्षा विभाग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local body</source>
        <translation>स्थानीय निकाय</translation>
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
        <translation>निजी सहायता प्राप्त</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private unaided</source>
        <translation>निजी गैर-सहायता प्राप्त</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central government</source>
        <translation>केंद्र सरकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Other</source>
        <translation>अन्य</translation>
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
        <translation>उच्चतर माध्यमिक (1-12)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper primary only (6-8)</source>
        <translation>केवल उच्च प्राथमिक (6-8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secondary (1-10)</source>
        <translation>माध्यमिक (1-10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secondary only (9-10)</source>
        <translation>केवल माध्यमिक (9-10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Higher secondary only (11-12)</source>
        <translation>केवल उच्चतर माध्यमिक (11-12)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kannada</source>
        <translation>कन्नड़</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>अंग्रेज़ी</translation>
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
        <translation>हिन्दी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telugu</source>
        <translation>तेलुगु</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tamil</source>
        <translation>तमिल</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>UDISE code {code} already belongs to {school}.</source>
        <translation>UDISE कोड {code} पहले से {school} का है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>School name</source>
        <translation>विद्यालय का नाम</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the block the school is in.</source>
        <translation>वह ब्लॉक चुनें जिसमें विद्यालय स्थित है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chosen cluster no longer exists.</source>
        <translation>चुना गया क्लस्टर अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster {cluster} is not in block {block}.</source>
        <translation>क्लस्टर {cluster} ब्लॉक {block} में नहीं है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Local name</source>
        <translation>स्थानीय नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>गाँव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management</source>
        <translation>प्रबंधन</translation>
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
        <translation>देशांतर</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+12"/>
        <location line="+26"/>
        <source>School</source>
        <translation>विद्यालय</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>{school} ({code}) still has one person recorded at it; move them to another school or remove them first.</source>
        <translation>{school} ({code}) में अभी भी एक व्यक्ति दर्ज है; पहले उन्हें किसी अन्य विद्यालय में स्थानांतरित करें या हटाएँ।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{school} ({code}) still has {count} people recorded at it; move them to another school or remove them first.</source>
        <translation>{school} ({code}) में अभी भी {count} व्यक्ति दर्ज हैं; पहले उन्हें किसी अन्य विद्यालय में स्थानांतरित करें या हटाएँ।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/udise.py" line="+16"/>
        <source>UDISE code is required.</source>
        <translation>UDISE कोड आवश्यक है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UDISE code {code} contains &apos;{character}&apos;; it must have digits only.</source>
        <translation>UDISE कोड {code} में &apos;{character}&apos; है; इसमें केवल अंक होने चाहिए।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UDISE code {code} has {count} digits; expected {expected}.</source>
        <translation>UDISE कोड {code} में {count} अंक हैं; {expected} अपेक्षित हैं।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>district {code}</source>
        <translation>जिला कोड {code} वाले जिले</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} district</source>
        <translation>{name} जिले</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UDISE code {code} starts with {start}, but school codes of {where} start with {prefix}.</source>
        <translation>UDISE कोड {code} {start} से आरंभ होता है, परंतु {where} के विद्यालय कोड {prefix} से आरंभ होते हैं।</translation>
    </message>
</context>
<context>
    <name>ScoringTab</name>
    <message>
        <location filename="../../desktop/ui/pages/recognition_score_sheet_model.py" line="+16"/>
        <source>Nominated by you</source>
        <translation>आपके द्वारा नामांकित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About you</source>
        <translation>आपके बारे में</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your school</source>
        <translation>आपका विद्यालय</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Conflict of interest</source>
        <translation>हितों का टकराव</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>पूर्ण</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%(scored)d of %(criteria)d</source>
        <translation>%(criteria)d में से %(scored)d</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not started</source>
        <translation>आरंभ नहीं</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition_scoring.py" line="+70"/>
        <source>Reviewer</source>
        <translation>समीक्षक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reviewer:</source>
        <translation>समीक्षक(&amp;R):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Scored</source>
        <translation>अंकन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominee</source>
        <translation>नामित व्यक्ति</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nominations to score</source>
        <translation>अंक दिए जाने वाले नामांकन</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Optional: a note kept with your scores</source>
        <translation>वैकल्पिक: आपके अंकों के साथ रखी जाने वाली टिप्पणी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;ote:</source>
        <translation>टिप्पणी(&amp;O):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keys: a digit gives the current criterion that level and moves on · ↑ ↓ or Tab: criteria · ← →: level · Delete: clear · Ctrl+Enter: save and next · PgUp PgDn: nominations</source>
        <translation>कुंजियाँ: कोई अंक दबाने पर वर्तमान मानदंड को वह स्तर मिलता है और अगला मानदंड आता है · ↑ ↓ या Tab: मानदंड · ← →: स्तर · Delete: मिटाएँ · Ctrl+Enter: सहेजें और अगला · PgUp PgDn: नामांकन</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Re&amp;vert</source>
        <translation>पूर्ववत करें(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back the levels last saved for this nomination</source>
        <translation>इस नामांकन के लिए अंतिम बार सहेजे गए स्तर वापस लाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save and next</source>
        <translation>सहेजें और अगला(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the levels and open the next nomination not yet scored (Ctrl+Enter)</source>
        <translation>स्तर सहेजें और अगला ऐसा नामांकन खोलें जिसे अभी अंक नहीं दिए गए (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Choose a cycle above.</source>
        <translation>ऊपर से कोई चक्र चुनें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No reviewers on this cycle&apos;s panel yet: add them with Edit… on Programmes and cycles.</source>
        <translation>इस चक्र के पैनल में अभी कोई समीक्षक नहीं है: कार्यक्रम और चक्र पर संपादित करें… से उन्हें जोड़ें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read-only. %s</source>
        <translation>केवल पढ़ने के लिए। %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review open until %s: scores can be entered and changed until that day.</source>
        <translation>समीक्षा %s तक खुली है: उस दिन तक अंक दर्ज और परिवर्तित किए जा सकते हैं।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%(complete)d of %(scorable)d scored</source>
        <translation>%(scorable)d में से %(complete)d को अंक दिए गए</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition_scoring_sheet.py" line="+79"/>
        <source>No nominations in this cycle yet.</source>
        <translation>इस चक्र में अभी कोई नामांकन नहीं है।</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Category: %s</source>
        <translation>श्रेणी: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status: %s</source>
        <translation>स्थिति: %s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nominated by %s</source>
        <translation>%s द्वारा नामांकित</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From the data</source>
        <translation>डेटा से</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%d evidence file(s) attached: open them on the Nominations tab.</source>
        <translation>%d साक्ष्य फ़ाइल(ें) संलग्न: उन्हें नामांकन टैब पर खोलें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No evidence files attached.</source>
        <translation>कोई साक्ष्य फ़ाइल संलग्न नहीं है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You cannot score this nomination: %s.</source>
        <translation>आप इस नामांकन को अंक नहीं दे सकते: %s।</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>(not saved yet)</source>
        <translation>(अभी सहेजा नहीं गया)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Weighted total: — (no level given yet)</source>
        <translation>भारित कुल योग: — (अभी कोई स्तर नहीं दिया गया)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weighted total: &lt;b&gt;%s%%&lt;/b&gt;</source>
        <translation>भारित कुल योग: &lt;b&gt;%s%%&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weighted total so far: &lt;b&gt;%(percent)s%%&lt;/b&gt; on %(scored)d of %(criteria)d criteria</source>
        <translation>अब तक का भारित कुल योग: %(criteria)d में से %(scored)d मानदंडों पर &lt;b&gt;%(percent)s%%&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Saved the scores for %s.</source>
        <translation>%s के अंक सहेजे गए।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Every nomination %s can score is scored.</source>
        <translation>%s जिन नामांकनों को अंक दे सकते हैं, उन सभी को अंक दे दिए गए हैं।</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Scores not saved</source>
        <translation>अंक सहेजे नहीं गए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The levels you gave %s are not saved yet. Save them?</source>
        <translation>आपने %s को जो स्तर दिए हैं वे अभी सहेजे नहीं गए हैं। उन्हें सहेजें?</translation>
    </message>
</context>
<context>
    <name>SearchChooser</name>
    <message>
        <location filename="../../desktop/ui/dialogs/nominee_chooser.py" line="-254"/>
        <source>Chosen: &lt;b&gt;%s&lt;/b&gt;</source>
        <translation>चुना गया: &lt;b&gt;%s&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing chosen yet.</source>
        <translation>अभी कुछ नहीं चुना गया।</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_picker.py" line="-129"/>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Nothing matches “%s”.</source>
        <translation>“%s” से कुछ भी मेल नहीं खाता।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first %d matches are shown; type more to narrow them.</source>
        <translation>पहले %d मिलान दिखाए गए हैं; इन्हें सीमित करने के लिए और टाइप करें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type to search.</source>
        <translation>खोजने के लिए टाइप करें।</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Chosen: %d</source>
        <translation>चुने गए: %d</translation>
    </message>
</context>
<context>
    <name>SelectionReasonDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/selection_reason_dialog.py" line="-74"/>
        <source>Select with a reason</source>
        <translation>कारण सहित चयन करें</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reason (kept with the selection)</source>
        <translation>कारण (चयन के साथ दर्ज रहेगा)(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select</source>
        <translation>चयन करें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the reason for this selection, or cancel.</source>
        <translation>इस चयन का कारण बताएँ, या रद्द करें।</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="+59"/>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recorded as the author of every change in the audit log.</source>
        <translation>ऑडिट लॉग में प्रत्येक परिवर्तन के कर्ता के रूप में दर्ज होता है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System default (%s)</source>
        <translation>सिस्टम डिफ़ॉल्ट (%s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new language takes effect when the app is started again.</source>
        <translation>नई भाषा ऐप को दोबारा आरंभ करने पर लागू होती है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save and restart now</source>
        <translation>सहेजें और अभी पुनः आरंभ करें</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your name</source>
        <translation>आपका नाम</translation>
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
        <translation>नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Designation</source>
        <translation>पदनाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs for</source>
        <translation>किसकी ओर से हस्ताक्षर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which partner</source>
        <translation>कौन-सा साझेदार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>अनिवार्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date signed</source>
        <translation>हस्ताक्षर तिथि</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone who signs the MoU. Give the date each one signed once they have; the MoU can be marked signed when every required signatory has a date.</source>
        <translation>MoU पर हस्ताक्षर करने वाले सभी व्यक्ति। प्रत्येक के हस्ताक्षर करने के बाद उसकी तिथि भरें; जब प्रत्येक अनिवार्य हस्ताक्षरकर्ता की तिथि भर जाए, तब MoU को हस्ताक्षरित चिह्नित किया जा सकता है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add signatory</source>
        <translation>हस्ताक्षरकर्ता जोड़ें</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not signed</source>
        <translation>हस्ताक्षर नहीं हुए</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/selection_reason_dialog.py" line="+23"/>
        <source>Nominees</source>
        <translation>नामित व्यक्ति</translation>
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
        <translation>डेटा से सुझाव — %s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>all grades</source>
        <translation>सभी कक्षाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all subjects</source>
        <translation>सभी विषय</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Earlier round</source>
        <translation>पहले का चरण(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later round</source>
        <translation>बाद का चरण(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le&amp;vel</source>
        <translation>स्तर(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grade</source>
        <translation>कक्षा(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;bject</source>
        <translation>विषय(&amp;B)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Suggestions need two assessment rounds with students&apos; results: import them on Baseline → Imports.</source>
        <translation>सुझावों के लिए विद्यार्थियों के परिणामों वाले दो आकलन चरण आवश्यक हैं: उन्हें बेसलाइन → आयात पर आयात करें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The units whose share of students at or above grade level rose most (then their mean score), largest rise first; units with too few students in either round are left out.</source>
        <translation>वे इकाइयाँ जिनमें कक्षा-स्तर पर या उससे ऊपर के विद्यार्थियों का अनुपात सबसे अधिक बढ़ा (फिर उनका औसत अंक), सबसे अधिक वृद्धि पहले; किसी भी चरण में बहुत कम विद्यार्थियों वाली इकाइयाँ छोड़ दी गई हैं।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unit</source>
        <translation>इकाई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block</source>
        <translation>ब्लॉक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier %</source>
        <translation>पहले %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later %</source>
        <translation>बाद में %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change (points)</source>
        <translation>परिवर्तन (अंक)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean score change</source>
        <translation>औसत अंक में परिवर्तन</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Students</source>
        <translation>विद्यार्थी</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already nominated</source>
        <translation>पहले से नामांकित</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Suggested nominees</source>
        <translation>सुझाए गए नामित</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Nominate…</source>
        <translation>नामांकन करें…(&amp;N)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>, %s cluster</source>
        <translation>, %s क्लस्टर</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Grade %d</source>
        <translation>कक्षा %d</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No unit improved between these rounds for this choice.</source>
        <translation>इस चयन के लिए इन चरणों के बीच किसी इकाई में सुधार नहीं हुआ।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Already nominated in this cycle</source>
        <translation>इस चक्र में पहले से नामांकित</translation>
    </message>
</context>
<context>
    <name>TaskPageMixin</name>
    <message>
        <location filename="../../desktop/ui/dialogs/wizard_task.py" line="+20"/>
        <source>Cancelling…</source>
        <translation>रद्द किया जा रहा है…</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="+22"/>
        <source>Schools</source>
        <translation>विद्यालय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offices</source>
        <translation>कार्यालय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>व्यक्ति</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edit template</source>
        <translation>टेम्पलेट संपादित करें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New template</source>
        <translation>नया टेम्पलेट</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent to</source>
        <translation>किसे भेजा जाता है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>References (one a line)</source>
        <translation>संदर्भ (प्रति पंक्ति एक)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>मुख्य पाठ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One line per paragraph; “- ” starts a bullet, “1. ” a numbered point, “|” a table row; *bold*, _italic_. Placeholders such as {school_name} are filled per recipient.</source>
        <translation>प्रति अनुच्छेद एक पंक्ति; “- ” से बुलेट, “1. ” से क्रमांकित बिंदु, “|” से तालिका की पंक्ति आरंभ होती है; *बोल्ड*, _इटैलिक_। {school_name} जैसे प्लेसहोल्डर प्रत्येक प्राप्तकर्ता के लिए भरे जाते हैं।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Own fields (one a line)</source>
        <translation>अपने फ़ील्ड (प्रति पंक्ति एक)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. meeting_date — filled in once per circular</source>
        <translation>उदा. meeting_date — प्रत्येक परिपत्र में एक बार भरा जाता है</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filled in for you</source>
        <translation>आपके लिए स्वतः भरे जाते हैं</translation>
    </message>
</context>
<context>
    <name>TemplateManager</name>
    <message>
        <location filename="../../desktop/ui/dialogs/template_manager.py" line="+37"/>
        <source>Circular templates</source>
        <translation>परिपत्र टेम्पलेट</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All languages</source>
        <translation>सभी भाषाएँ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>नाम</translation>
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
        <translation>किसे भेजा जाता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Built-in</source>
        <translation>अंतर्निहित</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Own copy</source>
        <translation>अपनी प्रति</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Make a copy to edit…</source>
        <translation>संपादन के लिए प्रति बनाएँ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>संपादित करें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New…</source>
        <translation>नया…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Built-in templates come with the app and are kept up to date by it, so they cannot be changed: make a copy and edit the copy.</source>
        <translation>अंतर्निहित टेम्पलेट ऐप के साथ आते हैं और ऐप ही उन्हें अद्यतन रखता है, इसलिए उन्हें बदला नहीं जा सकता: एक प्रति बनाएँ और उस प्रति को संपादित करें।</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%s templates</source>
        <translation>%s टेम्पलेट</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A built-in template cannot be changed: make a copy to edit.</source>
        <translation>अंतर्निहित टेम्पलेट बदला नहीं जा सकता: संपादन के लिए प्रति बनाएँ।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built-in templates cannot be deleted.</source>
        <translation>अंतर्निहित टेम्पलेट हटाए नहीं जा सकते।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Make a copy</source>
        <translation>प्रति बनाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the copy</source>
        <translation>प्रति का नाम</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s (our copy)</source>
        <translation>%s (हमारी प्रति)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Cannot copy</source>
        <translation>प्रति नहीं बन सकी</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot edit</source>
        <translation>संपादित नहीं किया जा सकता</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Delete template</source>
        <translation>टेम्पलेट हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the template %s? Circulars already issued from it keep their text.</source>
        <translation>टेम्पलेट %s हटाएँ? इससे पहले जारी हो चुके परिपत्रों का पाठ यथावत रहेगा।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot delete</source>
        <translation>हटाया नहीं जा सकता</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../desktop/services/templates.py" line="+88"/>
        <source>Template name</source>
        <translation>टेम्पलेट का नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language must be one of {values}.</source>
        <translation>भाषा इनमें से एक होनी चाहिए: {values}।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recipients must be {values}.</source>
        <translation>प्राप्तकर्ता {values} होने चाहिए।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Field &apos;{field}&apos; must be lower-case letters, digits and _ (e.g. meeting_date).</source>
        <translation>फ़ील्ड ‘{field}’ में केवल छोटे अक्षर, अंक और _ हो सकते हैं (उदा. meeting_date)।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The body is empty.</source>
        <translation>मुख्य भाग खाली है।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A {language} template named {name} already exists.</source>
        <translation>{name} नाम का {language} टेम्पलेट पहले से मौजूद है।</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+12"/>
        <source>Template</source>
        <translation>टेम्पलेट</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{template} is a built-in template; make a copy of it and change the copy.</source>
        <translation>{template} अंतर्निहित टेम्पलेट है; इसकी एक प्रति बनाएँ और उस प्रति को बदलें।</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>List name</source>
        <translation>सूची का नाम</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A copy-to list needs at least one entry.</source>
        <translation>प्रतिलिपि सूची में कम से कम एक प्रविष्टि आवश्यक है।</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Copy-to list</source>
        <translation>प्रतिलिपि सूची</translation>
    </message>
</context>
<context>
    <name>TerminateDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_actions.py" line="-22"/>
        <source>Terminate MoU %s</source>
        <translation>MoU %s समाप्त करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminated on</source>
        <translation>समाप्ति तिथि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason (kept in the register)</source>
        <translation>कारण (रजिस्टर में दर्ज रहेगा)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminate</source>
        <translation>समाप्त करें</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_records.py" line="+33"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>किसने</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
</context>
<context>
    <name>UnitChooser</name>
    <message>
        <location filename="../../desktop/ui/dialogs/body_dialog.py" line="+30"/>
        <source>Type part of the name</source>
        <translation>नाम का कोई अंश टाइप करें</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../desktop/services/recognition/cycle_checks.py" line="-181"/>
        <location filename="../../desktop/services/validation.py" line="+36"/>
        <source>{label} is required.</source>
        <translation>{label} आवश्यक है।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/validation.py" line="+14"/>
        <source>{label} &apos;{value}&apos; is not one of: {allowed}.</source>
        <translation>{label} &apos;{value}&apos; इनमें से कोई नहीं है: {allowed}।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PIN code &apos;{value}&apos; must be 6 digits, not starting with 0.</source>
        <translation>पिन कोड &apos;{value}&apos; 6 अंकों का होना चाहिए और 0 से आरंभ नहीं होना चाहिए।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Phone number &apos;{value}&apos; may contain only digits, spaces, dashes and a leading +.</source>
        <translation>फ़ोन नंबर &apos;{value}&apos; में केवल अंक, रिक्त स्थान, डैश और आरंभ में + हो सकते हैं।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Phone number &apos;{value}&apos; has {count} digits after the prefix; expected 10.</source>
        <translation>फ़ोन नंबर &apos;{value}&apos; में उपसर्ग के बाद {count} अंक हैं; 10 अपेक्षित हैं।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;{value}&apos; is not an e-mail address (expected name@example.org).</source>
        <translation>&apos;{value}&apos; ई-मेल पता नहीं है (अपेक्षित: name@example.org)।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>NGO-Darpan ID &apos;{value}&apos; should look like KA/2017/0123456 (state/year/7 digits).</source>
        <translation>NGO-Darpan ID &apos;{value}&apos; KA/2017/0123456 जैसी होनी चाहिए (राज्य/वर्ष/7 अंक)।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{label} &apos;{value}&apos; is not a number (expected decimal degrees such as 15.85).</source>
        <translation>{label} &apos;{value}&apos; कोई संख्या नहीं है (दशमलव डिग्री अपेक्षित, जैसे 15.85)।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{label} {value} is outside India ({low} to {high}).</source>
        <translation>{label} {value} भारत की सीमा ({low} से {high}) से बाहर है।</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/programme_checks.py" line="-164"/>
        <location filename="../../desktop/services/validation.py" line="+6"/>
        <source>{label} is {length} characters long; at most {max_length} fit.</source>
        <translation>{label} {length} अक्षरों का है; अधिकतम {max_length} आ सकते हैं।</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="+126"/>
        <source>The file could not be written for viewing: %s</source>
        <translation>देखने के लिए फ़ाइल नहीं लिखी जा सकी: %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No program on this computer opens %s.</source>
        <translation>इस कंप्यूटर पर %s को खोलने वाला कोई प्रोग्राम नहीं है।</translation>
    </message>
</context>
<context>
    <name>WritePage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/export_write_pages.py" line="-302"/>
        <source>Nothing was written to the drive and nothing was recorded.</source>
        <translation>ड्राइव पर कुछ भी नहीं लिखा गया और कुछ भी दर्ज नहीं किया गया।</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Write the package</source>
        <translation>पैकेज लिखें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The package is written, read back and checked, then recorded in the exchange log.</source>
        <translation>पैकेज लिखा जाता है, फिर से पढ़ा और जाँचा जाता है, और फिर आदान-प्रदान लॉग में दर्ज किया जाता है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The package</source>
        <translation>पैकेज</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Write package</source>
        <translation>पैकेज लिखें(&amp;W)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ca&amp;ncel writing</source>
        <translation>लिखना रद्द करें(&amp;N)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>File:</source>
        <translation>फ़ाइल:</translation>
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
        <translation>कार्यालय की कुंजी से हस्ताक्षरित:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The partner keeps it until:</source>
        <translation>साझेदार इसे कब तक रखेगा:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>MoU %(reference)s: %(title)s</source>
        <translation>MoU %(reference)s: %(title)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For: %s</source>
        <translation>किसके लिए: %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>• %(category)s: %(count)s records</source>
        <translation>• %(category)s: %(count)s अभिलेख</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rounds: %s</source>
        <translation>चरण: %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Into: %s</source>
        <translation>कहाँ: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep until: %s</source>
        <translation>कब तक रखें: %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This first package creates the office&apos;s signing key.</source>
        <translation>यह पहला पैकेज कार्यालय की हस्ताक्षर कुंजी बनाता है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed with the office key %s</source>
        <translation>कार्यालय की कुंजी %s से हस्ताक्षरित</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Writing the package…</source>
        <translation>पैकेज लिखा जा रहा है…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelled. </source>
        <translation>रद्द किया गया। </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Go Back to the passphrase page to type it.</source>
        <translation>इसे टाइप करने के लिए पासफ़्रेज़ पृष्ठ पर वापस जाएँ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The package could not be written to %(folder)s: %(error)s</source>
        <translation>पैकेज %(folder)s में नहीं लिखा जा सका: %(error)s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing stopped on an unexpected error: %s</source>
        <translation>अप्रत्याशित त्रुटि के कारण लिखना रुक गया: %s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The package is written, checked and recorded in the exchange log.</source>
        <translation>पैकेज लिखा गया, जाँचा गया और आदान-प्रदान लॉग में दर्ज किया गया।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%(size)s (%(bytes)s bytes)</source>
        <translation>%(size)s (%(bytes)s बाइट)</translation>
    </message>
</context>
<context>
    <name>_MemberForm</name>
    <message>
        <location filename="../../desktop/ui/dialogs/membership_dialogs.py" line="-135"/>
        <source>Type part of the name, designation or office</source>
        <translation>नाम, पदनाम या कार्यालय का कोई अंश टाइप करें</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— none —</source>
        <translation>— कोई नहीं —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Representing</source>
        <translation>प्रतिनिधित्व</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office or organisation the member speaks for on the body</source>
        <translation>वह कार्यालय या संस्था जिसकी ओर से सदस्य निकाय में बोलता है</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nobody in the directory is called “%s”; choose a person from the list.</source>
        <translation>निर्देशिका में “%s” नाम का कोई व्यक्ति नहीं है; सूची से कोई व्यक्ति चुनें।</translation>
    </message>
</context>
</TS>
