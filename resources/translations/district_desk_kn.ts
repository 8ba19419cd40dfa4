<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kn" sourcelanguage="en">
<context>
    <name>AchievingChart</name>
    <message>
        <location filename="../../desktop/ui/pages/baseline_chart.py" line="+102"/>
        <source>Grey bars: fewer than 5 students, suppressed in shared reports</source>
        <translation>ಬೂದು ಪಟ್ಟಿಗಳು: 5 ಕ್ಕಿಂತ ಕಡಿಮೆ ವಿದ್ಯಾರ್ಥಿಗಳು; ಹಂಚಿಕೊಳ್ಳುವ ವರದಿಗಳಲ್ಲಿ ತೋರಿಸಲಾಗುವುದಿಲ್ಲ</translation>
    </message>
</context>
<context>
    <name>ActionItemDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/meeting_actions_tab.py" line="+264"/>
        <source>Change the action item</source>
        <translation>ಕ್ರಮ ಅಂಶವನ್ನು ಬದಲಿಸಿ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New action item</source>
        <translation>ಹೊಸ ಕ್ರಮ ಅಂಶ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Action</source>
        <translation>ಕ್ರಮ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>ಜವಾಬ್ದಾರರು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due on</source>
        <translation>ಗಡುವು ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(ಯಾವುದೂ ಇಲ್ಲ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Under agenda item</source>
        <translation>ಕಾರ್ಯಸೂಚಿ ವಿಷಯ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>ಉಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add</source>
        <translation>ಸೇರಿಸಿ</translation>
    </message>
</context>
<context>
    <name>ActionItemDialogs</name>
    <message>
        <location filename="../../desktop/ui/dialogs/action_item_dialogs.py" line="+45"/>
        <source>%(status)s on %(day)s</source>
        <translation>%(day)s ರಂದು %(status)s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%(description)s”
%(owner)s, %(designation)s · due %(due)s · %(status)s · followed up by %(body)s (%(level)s level)</source>
        <translation>“%(description)s”
%(owner)s, %(designation)s · ಗಡುವು %(due)s · %(status)s · ಅನುಸರಣೆ: %(body)s (%(level)s ಹಂತ)</translation>
    </message>
</context>
<context>
    <name>ActionItems</name>
    <message>
        <location filename="../../desktop/services/meetings/action_checks.py" line="+38"/>
        <source>Action item “{text}”</source>
        <translation>ಕ್ರಮ ಅಂಶ “{text}”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{meeting} was cancelled; record {what} in the next meeting.</source>
        <translation>{meeting} ರದ್ದಾಗಿದೆ; {what} ಅನ್ನು ಮುಂದಿನ ಸಭೆಯಲ್ಲಿ ದಾಖಲಿಸಿ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{item} is {status} since {day}; reopen it to change it.</source>
        <translation>{item} {day} ರಿಂದ {status}; ಬದಲಿಸಲು ಅದನ್ನು ಮತ್ತೆ ತೆರೆಯಿರಿ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{item} is {status} since {day}; reopen it to close it again.</source>
        <translation>{item} {day} ರಿಂದ {status}; ಮತ್ತೆ ಮುಕ್ತಾಯಗೊಳಿಸಲು ಅದನ್ನು ಮತ್ತೆ ತೆರೆಯಿರಿ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{item} is {status} since {day}; reopen it to record progress on it.</source>
        <translation>{item} {day} ರಿಂದ {status}; ಅದರ ಪ್ರಗತಿಯನ್ನು ದಾಖಲಿಸಲು ಅದನ್ನು ಮತ್ತೆ ತೆರೆಯಿರಿ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{item} is {status} since {day}; reopen it to escalate it.</source>
        <translation>{item} {day} ರಿಂದ {status}; ಮೇಲ್ಹಂತಕ್ಕೆ ವರ್ಗಾಯಿಸಲು ಅದನ್ನು ಮತ್ತೆ ತೆರೆಯಿರಿ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Description</source>
        <translation>ವಿವರಣೆ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the owner: the person who answers for this action item.</source>
        <translation>ಜವಾಬ್ದಾರರನ್ನು ಆಯ್ಕೆಮಾಡಿ: ಈ ಕ್ರಮ ಅಂಶಕ್ಕೆ ಉತ್ತರದಾಯಿಯಾದ ವ್ಯಕ್ತಿ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Person #{owner_person_id} is not in the records (deleted?); choose the owner from the people list.</source>
        <translation>ವ್ಯಕ್ತಿ #{owner_person_id} ದಾಖಲೆಗಳಲ್ಲಿ ಇಲ್ಲ (ಅಳಿಸಲಾಗಿದೆಯೇ?); ವ್ಯಕ್ತಿಗಳ ಪಟ್ಟಿಯಿಂದ ಜವಾಬ್ದಾರರನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the date the action item is due.</source>
        <translation>ಕ್ರಮ ಅಂಶದ ಗಡುವು ದಿನಾಂಕವನ್ನು ನೀಡಿ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The due date {due_date} is before {meeting}, which raised the item; give a date on or after the meeting.</source>
        <translation>ಗಡುವು ದಿನಾಂಕ {due_date}, ಈ ಅಂಶವನ್ನು ಪ್ರಸ್ತಾಪಿಸಿದ {meeting} ಕ್ಕಿಂತ ಮೊದಲಿದೆ; ಸಭೆಯ ದಿನ ಅಥವಾ ನಂತರದ ದಿನಾಂಕ ನೀಡಿ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Agenda item #{agenda_item_id} no longer exists.</source>
        <translation>ಕಾರ್ಯಸೂಚಿ ವಿಷಯ #{agenda_item_id} ಈಗ ಅಸ್ತಿತ್ವದಲ್ಲಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agenda item “{agenda}” belongs to another meeting, not to {meeting}; choose one of this meeting&apos;s items.</source>
        <translation>ಕಾರ್ಯಸೂಚಿ ವಿಷಯ “{agenda}” {meeting} ಗೆ ಅಲ್ಲ, ಬೇರೊಂದು ಸಭೆಗೆ ಸೇರಿದೆ; ಈ ಸಭೆಯ ವಿಷಯಗಳಲ್ಲಿ ಒಂದನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no body (it was raised in an ad-hoc meeting)</source>
        <translation>ಯಾವುದೇ ಸಮಿತಿ ಇಲ್ಲ (ವಿಶೇಷ ಸಭೆಯಲ್ಲಿ ಪ್ರಸ್ತಾಪಿಸಲಾಗಿದೆ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item} is not followed up in {meeting}; it was raised at {raised} and is followed up by {body}.</source>
        <translation>{item} ಅನ್ನು {meeting} ನಲ್ಲಿ ಅನುಸರಿಸಲಾಗುವುದಿಲ್ಲ; ಅದನ್ನು {raised} ನಲ್ಲಿ ಪ್ರಸ್ತಾಪಿಸಲಾಗಿದ್ದು {body} ಅನುಸರಿಸುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{item} is already followed up at district level; there is no level above it.</source>
        <translation>{item} ಅನ್ನು ಈಗಾಗಲೇ ಜಿಲ್ಲಾ ಹಂತದಲ್ಲಿ ಅನುಸರಿಸಲಾಗುತ್ತಿದೆ; ಅದಕ್ಕಿಂತ ಮೇಲಿನ ಹಂತ ಇಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{meeting} was cancelled; choose another meeting.</source>
        <translation>{meeting} ರದ್ದಾಗಿದೆ; ಬೇರೆ ಸಭೆಯನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The minutes of {meeting} are already approved; choose a meeting still to be held.</source>
        <translation>{meeting} ನ ನಡಾವಳಿ ಈಗಾಗಲೇ ಅನುಮೋದಿತವಾಗಿದೆ; ಇನ್ನೂ ನಡೆಯಬೇಕಿರುವ ಸಭೆಯನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{meeting} is before the escalation on {day}; choose a meeting on or after that day.</source>
        <translation>{meeting}, {day} ರಂದು ಮೇಲ್ಹಂತಕ್ಕೆ ವರ್ಗಾಯಿಸಿದ ದಿನಕ್ಕಿಂತ ಮೊದಲಿದೆ; ಆ ದಿನ ಅಥವಾ ನಂತರದ ಸಭೆಯನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{meeting} is an ad-hoc meeting; an escalated item needs a body to follow it up.</source>
        <translation>{meeting} ಒಂದು ವಿಶೇಷ ಸಭೆ; ಮೇಲ್ಹಂತಕ್ಕೆ ವರ್ಗಾಯಿಸಿದ ಅಂಶವನ್ನು ಅನುಸರಿಸಲು ಒಂದು ಸಮಿತಿ ಬೇಕು.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{meeting} is a {level} meeting; an item followed up at {current} level is escalated to a {above} meeting.</source>
        <translation>{meeting} {level} ಹಂತದ ಸಭೆ; {current} ಹಂತದಲ್ಲಿ ಅನುಸರಿಸುವ ಅಂಶವನ್ನು {above} ಹಂತದ ಸಭೆಗೆ ವರ್ಗಾಯಿಸಲಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{meeting} is a meeting of {unit}, which does not include {current}; escalate to a meeting of the {above} above it.</source>
        <translation>{meeting} {unit} ನ ಸಭೆ, ಅದು {current} ಅನ್ನು ಒಳಗೊಂಡಿಲ್ಲ; ಅದರ ಮೇಲಿನ {above} ನ ಸಭೆಗೆ ವರ್ಗಾಯಿಸಿ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings/action_listing.py" line="+30"/>
        <source>Raised</source>
        <translation>ಪ್ರಸ್ತಾಪಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed</source>
        <translation>ಪರಿಶೀಲಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>ಬದಲಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>ಮೇಲ್ಹಂತಕ್ಕೆ ವರ್ಗಾಯಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/services/meetings/vocabulary.py" line="+28"/>
        <source>Done</source>
        <translation>ಪೂರ್ಣಗೊಂಡಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/services/meetings/vocabulary.py" line="+1"/>
        <source>Dropped</source>
        <translation>ಕೈಬಿಡಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened</source>
        <translation>ಮತ್ತೆ ತೆರೆಯಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Raised at {meeting} on {day}</source>
        <translation>{day} ರಂದು {meeting} ನಲ್ಲಿ ಪ್ರಸ್ತಾಪಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{origin}, escalated to {meeting} on {day}</source>
        <translation>{origin}, {day} ರಂದು {meeting} ಗೆ ವರ್ಗಾಯಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{origin}, escalated on {day}</source>
        <translation>{origin}, {day} ರಂದು ಮೇಲ್ಹಂತಕ್ಕೆ ವರ್ಗಾಯಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+121"/>
        <location filename="../../desktop/services/meetings/action_loading.py" line="+135"/>
        <location filename="../../desktop/services/meetings/action_report.py" line="+138"/>
        <location filename="../../desktop/services/meetings/actions.py" line="+103"/>
        <location line="+113"/>
        <source>Action item</source>
        <translation>ಕ್ರಮ ಅಂಶ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings/action_report.py" line="-10"/>
        <source>Save the action-item report as a .pdf or an .xlsx file.</source>
        <translation>ಕ್ರಮ ಅಂಶಗಳ ವರದಿಯನ್ನು .pdf ಅಥವಾ .xlsx ಕಡತವಾಗಿ ಉಳಿಸಿ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings/actions.py" line="-147"/>
        <source>the action item</source>
        <translation>ಕ್ರಮ ಅಂಶ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{meeting} has not been held yet (today is {today}); action items are recorded from the meeting&apos;s decisions.</source>
        <translation>{meeting} ಇನ್ನೂ ನಡೆದಿಲ್ಲ (ಇಂದು {today}); ಕ್ರಮ ಅಂಶಗಳನ್ನು ಸಭೆಯ ನಿರ್ಣಯಗಳಿಂದ ದಾಖಲಿಸಲಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>a correction to the item&apos;s wording</source>
        <translation>ಅಂಶದ ಪದಗಳಿಗೆ ತಿದ್ದುಪಡಿ</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>An action item is closed as done or dropped, not &apos;{status}&apos;.</source>
        <translation>ಕ್ರಮ ಅಂಶವನ್ನು ಪೂರ್ಣಗೊಂಡಿದೆ ಅಥವಾ ಕೈಬಿಡಲಾಗಿದೆ ಎಂದು ಮುಕ್ತಾಯಗೊಳಿಸಲಾಗುತ್ತದೆ, &apos;{status}&apos; ಎಂದಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the reason for dropping the action item; the register keeps it.</source>
        <translation>ಕ್ರಮ ಅಂಶವನ್ನು ಕೈಬಿಡಲು ಕಾರಣ ನೀಡಿ; ವಹಿಯಲ್ಲಿ ಅದು ಉಳಿಯುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the date the action item was closed.</source>
        <translation>ಕ್ರಮ ಅಂಶವನ್ನು ಮುಕ್ತಾಯಗೊಳಿಸಿದ ದಿನಾಂಕ ನೀಡಿ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{day} is before {meeting}, which raised the item; it cannot be closed before it was raised.</source>
        <translation>{day}, ಈ ಅಂಶವನ್ನು ಪ್ರಸ್ತಾಪಿಸಿದ {meeting} ಕ್ಕಿಂತ ಮೊದಲಿದೆ; ಪ್ರಸ್ತಾಪಿಸುವ ಮೊದಲೇ ಅದನ್ನು ಮುಕ್ತಾಯಗೊಳಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The item was reopened on {reopened}; close it on or after that day.</source>
        <translation>ಈ ಅಂಶವನ್ನು {reopened} ರಂದು ಮತ್ತೆ ತೆರೆಯಲಾಗಿದೆ; ಆ ದಿನ ಅಥವಾ ನಂತರ ಮುಕ್ತಾಯಗೊಳಿಸಿ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the closing</source>
        <translation>ಮುಕ್ತಾಯ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{day} is after {meeting}; a meeting records what was done by its own date.</source>
        <translation>{day}, {meeting} ನ ನಂತರದ ದಿನ; ಸಭೆಯು ತನ್ನ ದಿನಾಂಕದವರೆಗೆ ಆದುದನ್ನು ಮಾತ್ರ ದಾಖಲಿಸುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{item} is still open; there is nothing to reopen.</source>
        <translation>{item} ಇನ್ನೂ ಬಾಕಿ ಇದೆ; ಮತ್ತೆ ತೆರೆಯಲು ಏನೂ ಇಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the reason for reopening the action item.</source>
        <translation>ಕ್ರಮ ಅಂಶವನ್ನು ಮತ್ತೆ ತೆರೆಯಲು ಕಾರಣ ನೀಡಿ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the date the action item was reopened.</source>
        <translation>ಕ್ರಮ ಅಂಶವನ್ನು ಮತ್ತೆ ತೆರೆದ ದಿನಾಂಕ ನೀಡಿ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{day} is before the item was closed ({closed_on}); reopen it on or after that day.</source>
        <translation>{day}, ಅಂಶವನ್ನು ಮುಕ್ತಾಯಗೊಳಿಸಿದ ದಿನಕ್ಕಿಂತ ({closed_on}) ಮೊದಲಿದೆ; ಆ ದಿನ ಅಥವಾ ನಂತರ ಮತ್ತೆ ತೆರೆಯಿರಿ.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Write what was reported on the action item in this meeting.</source>
        <translation>ಈ ಸಭೆಯಲ್ಲಿ ಕ್ರಮ ಅಂಶದ ಬಗ್ಗೆ ವರದಿಯಾದುದನ್ನು ಬರೆಯಿರಿ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the review</source>
        <translation>ಪರಿಶೀಲನೆ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item} was raised at {meeting}; its progress is reviewed in the meetings after it.</source>
        <translation>{item} ಅನ್ನು {meeting} ನಲ್ಲಿ ಪ್ರಸ್ತಾಪಿಸಲಾಗಿದೆ; ಅದರ ಪ್ರಗತಿಯನ್ನು ನಂತರದ ಸಭೆಗಳಲ್ಲಿ ಪರಿಶೀಲಿಸಲಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{item} is due on {due_date}, so it is not overdue on {day}; only overdue items are escalated.</source>
        <translation>{item} ನ ಗಡುವು {due_date}, ಆದ್ದರಿಂದ {day} ರಂದು ಅದು ಗಡುವು ಮೀರಿಲ್ಲ; ಗಡುವು ಮೀರಿದ ಅಂಶಗಳನ್ನು ಮಾತ್ರ ಮೇಲ್ಹಂತಕ್ಕೆ ವರ್ಗಾಯಿಸಲಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The item was last escalated on {last}; escalate it again on or after that day.</source>
        <translation>ಈ ಅಂಶವನ್ನು ಕೊನೆಯದಾಗಿ {last} ರಂದು ಮೇಲ್ಹಂತಕ್ಕೆ ವರ್ಗಾಯಿಸಲಾಗಿದೆ; ಆ ದಿನ ಅಥವಾ ನಂತರ ಮತ್ತೆ ವರ್ಗಾಯಿಸಿ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings/vocabulary.py" line="-2"/>
        <source>Open</source>
        <translation>ಬಾಕಿ ಇದೆ</translation>
    </message>
</context>
<context>
    <name>ActionItemsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/action_items_page.py" line="+75"/>
        <source>Search by action, owner, meeting, unit or body</source>
        <translation>ಕ್ರಮ, ಜವಾಬ್ದಾರರು, ಸಭೆ, ಘಟಕ ಅಥವಾ ಸಮಿತಿಯ ಮೂಲಕ ಹುಡುಕಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any owner</source>
        <translation>ಎಲ್ಲಾ ಜವಾಬ್ದಾರರು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any status</source>
        <translation>ಎಲ್ಲಾ ಸ್ಥಿತಿಗಳು</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>any level</source>
        <translation>ಎಲ್ಲಾ ಹಂತಗಳು</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>any body</source>
        <translation>ಎಲ್ಲಾ ಸಮಿತಿಗಳು</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue only</source>
        <translation>ಗಡುವು ಮೀರಿದವು ಮಾತ್ರ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mark done…</source>
        <translation>ಪೂರ್ಣಗೊಂಡಿದೆ ಎಂದು ಗುರುತಿಸಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop…</source>
        <translation>ಕೈಬಿಡಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen…</source>
        <translation>ಮತ್ತೆ ತೆರೆಯಿರಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change…</source>
        <translation>ಬದಲಿಸಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalate…</source>
        <translation>ಮೇಲ್ಹಂತಕ್ಕೆ ವರ್ಗಾಯಿಸಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History…</source>
        <translation>ಇತಿಹಾಸ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status report…</source>
        <translation>ಸ್ಥಿತಿ ವರದಿ…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Action</source>
        <translation>ಕ್ರಮ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>ಜವಾಬ್ದಾರರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>ಸಮಿತಿ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>(ಯಾವುದೂ ಇಲ್ಲ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>ಹಂತ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Raised on</source>
        <translation>ಪ್ರಸ್ತಾಪಿಸಿದ ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due</source>
        <translation>ಗಡುವು</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>ಸ್ಥಿತಿ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Days overdue</source>
        <translation>ಗಡುವು ಮೀರಿದ ದಿನಗಳು</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Escalated from</source>
        <translation>ಮೂಲ ಸಭೆ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Action items</source>
        <translation>ಕ್ರಮ ಅಂಶಗಳು</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%(shown)s of %(total)s</source>
        <translation>%(total)s ರಲ್ಲಿ %(shown)s</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Action item</source>
        <translation>ಕ್ರಮ ಅಂಶ</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Save the action-item report</source>
        <translation>ಕ್ರಮ ಅಂಶಗಳ ವರದಿಯನ್ನು ಉಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preparing the action-item report</source>
        <translation>ಕ್ರಮ ಅಂಶಗಳ ವರದಿ ಸಿದ್ಧಪಡಿಸಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved %s</source>
        <translation>ಉಳಿಸಲಾಗಿದೆ: %s</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/meeting_actions_tab.py" line="-216"/>
        <location line="+11"/>
        <source>Action</source>
        <translation>ಕ್ರಮ</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Owner</source>
        <translation>ಜವಾಬ್ದಾರರು</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Due</source>
        <translation>ಗಡುವು</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Status</source>
        <translation>ಸ್ಥಿತಿ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Overdue then</source>
        <translation>ಆಗ ಗಡುವು ಮೀರಿದ್ದು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%d days</source>
        <translation>%d ದಿನಗಳು</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status now</source>
        <translation>ಈಗಿನ ಸ್ಥಿತಿ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where it came from</source>
        <translation>ಎಲ್ಲಿಂದ ಬಂದಿದೆ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add action item…</source>
        <translation>ಕ್ರಮ ಅಂಶ ಸೇರಿಸಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change…</source>
        <translation>ಬದಲಿಸಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark done…</source>
        <translation>ಪೂರ್ಣಗೊಂಡಿದೆ ಎಂದು ಗುರುತಿಸಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review note…</source>
        <translation>ಪರಿಶೀಲನಾ ಟಿಪ್ಪಣಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop…</source>
        <translation>ಕೈಬಿಡಿ…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Raised in this meeting</source>
        <translation>ಈ ಸಭೆಯಲ್ಲಿ ಪ್ರಸ್ತಾಪಿಸಿದವು</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Carried forward from earlier meetings</source>
        <translation>ಹಿಂದಿನ ಸಭೆಗಳಿಂದ ಮುಂದುವರಿದವು</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Carried forward from earlier meetings (%(count)d), as they stood on %(date)s</source>
        <translation>ಹಿಂದಿನ ಸಭೆಗಳಿಂದ ಮುಂದುವರಿದವು (%(count)d), %(date)s ರಂದು ಇದ್ದ ಸ್ಥಿತಿಯಲ್ಲಿ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action items are recorded from the meeting&apos;s decisions, from its day on.</source>
        <translation>ಕ್ರಮ ಅಂಶಗಳನ್ನು ಸಭೆಯ ನಿರ್ಣಯಗಳಿಂದ, ಸಭೆಯ ದಿನದಿಂದ ದಾಖಲಿಸಬಹುದು.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items raised here are followed up in the body&apos;s later meetings until done or dropped. Overdue items are in red.</source>
        <translation>ಇಲ್ಲಿ ಪ್ರಸ್ತಾಪಿಸಿದ ಅಂಶಗಳನ್ನು ಪೂರ್ಣಗೊಳ್ಳುವವರೆಗೆ ಅಥವಾ ಕೈಬಿಡುವವರೆಗೆ ಸಮಿತಿಯ ಮುಂದಿನ ಸಭೆಗಳಲ್ಲಿ ಅನುಸರಿಸಲಾಗುತ್ತದೆ. ಗಡುವು ಮೀರಿದವು ಕೆಂಪು ಬಣ್ಣದಲ್ಲಿವೆ.</translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/membership_dialogs.py" line="+126"/>
        <source>Add a member to %s</source>
        <translation>%s ಸಮಿತಿಗೆ ಸದಸ್ಯರನ್ನು ಸೇರಿಸಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person</source>
        <translation>ವ್ಯಕ್ತಿ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Member from</source>
        <translation>ಸದಸ್ಯತ್ವ ಆರಂಭ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no end date</source>
        <translation>ಅಂತಿಮ ದಿನಾಂಕವಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member until</source>
        <translation>ಸದಸ್ಯತ್ವ ಅಂತ್ಯ</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/meeting_tabs.py" line="+82"/>
        <source>Item</source>
        <translation>ವಿಷಯ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Presented by</source>
        <translation>ಮಂಡಿಸುವವರು</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>ನಿಮಿಷಗಳು</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starts at</source>
        <translation>ಆರಂಭ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add item</source>
        <translation>ವಿಷಯ ಸೇರಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>ತೆಗೆದುಹಾಕಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>ಮೇಲಕ್ಕೆ ಸರಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>ಕೆಳಕ್ಕೆ ಸರಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save agenda</source>
        <translation>ಕಾರ್ಯಸೂಚಿ ಉಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The items in the order they are taken up. The first item of a body&apos;s meeting, the confirmation of the previous minutes, is added by itself and stays first; give minutes per item to see when each starts.</source>
        <translation>ವಿಷಯಗಳು ಕೈಗೆತ್ತಿಕೊಳ್ಳುವ ಕ್ರಮದಲ್ಲಿವೆ. ಸಮಿತಿಯ ಸಭೆಯ ಮೊದಲ ವಿಷಯವಾದ ಹಿಂದಿನ ಸಭೆಯ ನಡಾವಳಿಯ ದೃಢೀಕರಣ ತಾನಾಗಿಯೇ ಸೇರುತ್ತದೆ ಮತ್ತು ಮೊದಲಲ್ಲೇ ಇರುತ್ತದೆ; ಪ್ರತಿ ವಿಷಯ ಯಾವಾಗ ಆರಂಭವಾಗುತ್ತದೆ ಎಂದು ತಿಳಿಯಲು ಪ್ರತಿ ವಿಷಯಕ್ಕೆ ನಿಮಿಷಗಳನ್ನು ನೀಡಿ.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Added by itself: %s</source>
        <translation>ತಾನಾಗಿಯೇ ಸೇರಿದೆ: %s</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_actions.py" line="+63"/>
        <source>Amend MoU %s</source>
        <translation>MoU %s ತಿದ್ದುಪಡಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Takes effect on</source>
        <translation>ಜಾರಿಗೆ ಬರುವ ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it changes</source>
        <translation>ಏನನ್ನು ಬದಲಿಸುತ್ತದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text of the amendment</source>
        <translation>ತಿದ್ದುಪಡಿಯ ಪಠ್ಯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed on</source>
        <translation>ಸಹಿ ಮಾಡಿದ ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes the end date to</source>
        <translation>ಮುಕ್ತಾಯ ದಿನಾಂಕವನ್ನು ಬದಲಿಸುತ್ತದೆ:</translation>
    </message>
</context>
<context>
    <name>AnalysisTab</name>
    <message>
        <location filename="../../desktop/ui/pages/baseline_analysis_view.py" line="+76"/>
        <source>no comparison</source>
        <translation>ಹೋಲಿಕೆ ಇಲ್ಲ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>all grades</source>
        <translation>ಎಲ್ಲಾ ತರಗತಿಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all subjects</source>
        <translation>ಎಲ್ಲಾ ವಿಷಯಗಳು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a unit</source>
        <translation>ಘಟಕವನ್ನು ಹುಡುಕಿ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Round</source>
        <translation>ಸುತ್ತು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with</source>
        <translation>ಇದರೊಂದಿಗೆ ಹೋಲಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>ಹಂತವಾರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>ತರಗತಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>ವಿಷಯ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>◀ Back</source>
        <translation>◀ ಹಿಂದೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working out the figures…</source>
        <translation>ಅಂಕಿಅಂಶಗಳನ್ನು ಲೆಕ್ಕಹಾಕಲಾಗುತ್ತಿದೆ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The office whose letterhead the report and workbook carry</source>
        <translation>ವರದಿ ಮತ್ತು ವರ್ಕ್‌ಬುಕ್‌ನಲ್ಲಿ ಯಾವ ಕಚೇರಿಯ ಲೆಟರ್‌ಹೆಡ್ ಇರಬೇಕು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save report as PDF…</source>
        <translation>ವರದಿಯನ್ನು PDF ಆಗಿ ಉಳಿಸಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save workbook…</source>
        <translation>ವರ್ಕ್‌ಬುಕ್ ಉಳಿಸಿ…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Letterhead</source>
        <translation>ಲೆಟರ್‌ಹೆಡ್</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Impact indicator (whole district)</source>
        <translation>ಪರಿಣಾಮ ಸೂಚಕ (ಇಡೀ ಜಿಲ್ಲೆ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier</source>
        <translation>ಹಿಂದಿನದು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>ನಂತರದ್ದು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>ಬದಲಾವಣೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>ಟಿಪ್ಪಣಿ</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>No assessment rounds yet: add one on the Rounds tab, then import its results.</source>
        <translation>ಇನ್ನೂ ಯಾವುದೇ ಮೌಲ್ಯಮಾಪನ ಸುತ್ತು ಇಲ್ಲ: &apos;ಸುತ್ತುಗಳು&apos; ಟ್ಯಾಬ್‌ನಲ್ಲಿ ಒಂದನ್ನು ಸೇರಿಸಿ, ನಂತರ ಅದರ ಫಲಿತಾಂಶಗಳನ್ನು ಆಮದು ಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Grade %s</source>
        <translation>%sನೇ ತರಗತಿ</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%s has no results or indicators yet for these choices.</source>
        <translation>ಈ ಆಯ್ಕೆಗಳಿಗೆ %s ನಲ್ಲಿ ಇನ್ನೂ ಫಲಿತಾಂಶಗಳು ಅಥವಾ ಸೂಚಕಗಳು ಇಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> points</source>
        <translation> ಅಂಶಗಳು</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%(unit)s as a whole: %(students)s students, %(achieving)s%% achieving, mean score %(mean)s; %(schools)s schools with indicators.</source>
        <translation>%(unit)s ಒಟ್ಟಾರೆ: %(students)s ವಿದ್ಯಾರ್ಥಿಗಳು, %(achieving)s%% ಗುರಿ ಸಾಧಿಸಿದ್ದಾರೆ, ಸರಾಸರಿ ಅಂಕ %(mean)s; ಸೂಚಕಗಳಿರುವ ಶಾಲೆಗಳು %(schools)s.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change in %% achieving since %(round)s: %(change)s points.</source>
        <translation>%(round)s ನಂತರ ಗುರಿ ಸಾಧಿಸಿದವರ %% ನಲ್ಲಿ ಬದಲಾವಣೆ: %(change)s ಅಂಶಗಳು.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%(shown)s of %(total)s</source>
        <translation>%(total)s ರಲ್ಲಿ %(shown)s</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Within the %(level)s %(unit)s</source>
        <translation>%(unit)s %(level)s ಒಳಗೆ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/baseline_exports.py" line="+38"/>
        <source>Add the office whose letterhead the report goes on first.</source>
        <translation>ವರದಿಯ ಲೆಟರ್‌ಹೆಡ್‌ಗಾಗಿ ಮೊದಲು ಕಚೇರಿಯನ್ನು ಸೇರಿಸಿ.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved %s</source>
        <translation>ಉಳಿಸಲಾಗಿದೆ: %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Report saved</source>
        <translation>ವರದಿ ಉಳಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Saved %s.

Open it now?</source>
        <translation>ಉಳಿಸಲಾಗಿದೆ: %s.

ಈಗ ತೆರೆಯಬೇಕೇ?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No program on this computer opens %s.</source>
        <translation>%s ಅನ್ನು ತೆರೆಯುವ ಯಾವುದೇ ಪ್ರೋಗ್ರಾಂ ಈ ಕಂಪ್ಯೂಟರ್‌ನಲ್ಲಿ ಇಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving the assessment report</source>
        <translation>ಮೌಲ್ಯಮಾಪನ ವರದಿಯನ್ನು ಉಳಿಸಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ಕಡತಗಳು (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving the assessment workbook</source>
        <translation>ಮೌಲ್ಯಮಾಪನ ವರ್ಕ್‌ಬುಕ್ ಉಳಿಸಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ವರ್ಕ್‌ಬುಕ್ (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/meeting_tabs.py" line="+150"/>
        <source>Approve the minutes of %s</source>
        <translation>%s ರ ನಡಾವಳಿಯನ್ನು ಅನುಮೋದಿಸಿ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Once approved, the minutes are locked: a mistake found later is put right by a correction recorded in a later meeting.</source>
        <translation>ಅನುಮೋದನೆಯ ನಂತರ ನಡಾವಳಿಯನ್ನು ಬದಲಿಸುವಂತಿಲ್ಲ: ನಂತರ ಕಂಡುಬರುವ ತಪ್ಪನ್ನು ಮುಂದಿನ ಸಭೆಯಲ್ಲಿ ತಿದ್ದುಪಡಿ ದಾಖಲಿಸುವ ಮೂಲಕ ಸರಿಪಡಿಸಲಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approved on</source>
        <translation>ಅನುಮೋದಿಸಿದ ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by</source>
        <translation>ಅನುಮೋದಿಸಿದವರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>ಅನುಮೋದಿಸಿ</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_records.py" line="+69"/>
        <source>Kind</source>
        <translation>ಬಗೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>ಶೀರ್ಷಿಕೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>ಕಡತ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>ಗಾತ್ರ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>ಸೇರಿಸಿದ್ದು</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Title (the file&apos;s name if left empty)</source>
        <translation>ಶೀರ್ಷಿಕೆ (ಖಾಲಿ ಬಿಟ್ಟರೆ ಕಡತದ ಹೆಸರು)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach…</source>
        <translation>ಲಗತ್ತಿಸಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>ತೆರೆಯಿರಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>ತೆಗೆದುಹಾಕಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach as</source>
        <translation>ಲಗತ್ತಿನ ಬಗೆ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Scanned signed copies and annexures, as PDF, PNG or JPEG. A file is kept as soon as it is attached, without pressing Save.</source>
        <translation>ಸಹಿ ಮಾಡಿದ ಪ್ರತಿಗಳ ಸ್ಕ್ಯಾನ್ ಮತ್ತು ಅನುಬಂಧಗಳು, PDF, PNG ಅಥವಾ JPEG ರೂಪದಲ್ಲಿ. ಕಡತವನ್ನು ಲಗತ್ತಿಸಿದ ಕೂಡಲೇ ಉಳಿಸಲಾಗುತ್ತದೆ; &apos;ಉಳಿಸಿ&apos; ಒತ್ತಬೇಕಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Attach a scanned copy or annexure</source>
        <translation>ಸ್ಕ್ಯಾನ್ ಪ್ರತಿ ಅಥವಾ ಅನುಬಂಧವನ್ನು ಲಗತ್ತಿಸಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF or image (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>PDF ಅಥವಾ ಚಿತ್ರ (*.pdf *.png *.jpg *.jpeg);;ಎಲ್ಲಾ ಕಡತಗಳು (*)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Remove attachment</source>
        <translation>ಲಗತ್ತನ್ನು ತೆಗೆದುಹಾಕಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “%(title)s” (%(file_name)s) from this MoU? The history keeps a record of it.</source>
        <translation>“%(title)s” (%(file_name)s) ಅನ್ನು ಈ MoU ನಿಂದ ತೆಗೆದುಹಾಕಬೇಕೇ? ಇತಿಹಾಸದಲ್ಲಿ ಅದರ ದಾಖಲೆ ಉಳಿಯುತ್ತದೆ.</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/meeting_attendance.py" line="+77"/>
        <source>Name</source>
        <translation>ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>ಪಾತ್ರ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representing</source>
        <translation>ಪ್ರತಿನಿಧಿಸುವುದು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance</source>
        <translation>ಹಾಜರಾತಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Represented by</source>
        <translation>ಪ್ರತಿನಿಧಿ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All present</source>
        <translation>ಎಲ್ಲರೂ ಹಾಜರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Add guest…</source>
        <translation>ಆಹ್ವಾನಿತರನ್ನು ಸೇರಿಸಿ…</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Remove guest</source>
        <translation>ಆಹ್ವಾನಿತರನ್ನು ತೆಗೆದುಹಾಕಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance rates…</source>
        <translation>ಹಾಜರಾತಿ ಪ್ರಮಾಣ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save attendance</source>
        <translation>ಹಾಜರಾತಿ ಉಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The members of %(body)s on %(date)s. Leave a row blank if it is not known.</source>
        <translation>%(date)s ರಂದು %(body)s ಸಮಿತಿಯ ಸದಸ್ಯರು. ತಿಳಿದಿಲ್ಲದಿದ್ದರೆ ಸಾಲನ್ನು ಖಾಲಿ ಬಿಡಿ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An ad-hoc meeting has no members: add everyone who was invited.</source>
        <translation>ವಿಶೇಷ ಸಭೆಗೆ ಸದಸ್ಯರಿಲ್ಲ: ಆಹ್ವಾನಿಸಿದ ಎಲ್ಲರನ್ನೂ ಸೇರಿಸಿ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attendance can be recorded from the day of the meeting.</source>
        <translation>ಸಭೆಯ ದಿನದಿಂದ ಹಾಜರಾತಿ ದಾಖಲಿಸಬಹುದು.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add person…</source>
        <translation>ವ್ಯಕ್ತಿಯನ್ನು ಸೇರಿಸಿ…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Name and designation of the representative</source>
        <translation>ಪ್ರತಿನಿಧಿಯ ಹೆಸರು ಮತ್ತು ಹುದ್ದೆ</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Attendance saved: %d member(s) recorded.</source>
        <translation>ಹಾಜರಾತಿ ಉಳಿಸಲಾಗಿದೆ: %d ಸದಸ್ಯ(ರು) ದಾಖಲಾಗಿದ್ದಾರೆ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorded as guest (not a member of %(body)s on %(date)s): %(guests)s</source>
        <translation>ಆಹ್ವಾನಿತರಾಗಿ ದಾಖಲಿಸಲಾಗಿದೆ (%(date)s ರಂದು %(body)s ಸಮಿತಿಯ ಸದಸ್ಯರಲ್ಲ): %(guests)s</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../desktop/ui/tasks.py" line="+98"/>
        <source>Cancel</source>
        <translation>ರದ್ದುಮಾಡಿ</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../desktop/services/backups.py" line="+65"/>
        <source>Copying</source>
        <translation>ನಕಲಿಸಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Could not back up {database}: {reason}</source>
        <translation>{database} ಅನ್ನು ಬ್ಯಾಕಪ್ ಮಾಡಲು ಸಾಧ್ಯವಾಗಲಿಲ್ಲ: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The backup copy failed its integrity check ({detail}); the database itself may be damaged.</source>
        <translation>ಬ್ಯಾಕಪ್ ಪ್ರತಿ ಸಮಗ್ರತೆ ಪರಿಶೀಲನೆಯಲ್ಲಿ ವಿಫಲವಾಯಿತು ({detail}); ಡೇಟಾಬೇಸ್ ಸ್ವತಃ ಹಾನಿಗೊಳಗಾಗಿರಬಹುದು.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>{backup} cannot be restored: it is damaged ({detail}).</source>
        <translation>{backup} ಅನ್ನು ಮರುಸ್ಥಾಪಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ: ಅದು ಹಾನಿಗೊಳಗಾಗಿದೆ ({detail}).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not restore from {backup}: {reason}</source>
        <translation>{backup} ನಿಂದ ಮರುಸ್ಥಾಪಿಸಲು ಸಾಧ್ಯವಾಗಲಿಲ್ಲ: {reason}</translation>
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
        <translation>ಮೌಲ್ಯಮಾಪನ ಸುತ್ತು</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Figures can be grouped by {levels}; not by &apos;{by}&apos;.</source>
        <translation>ಅಂಕಿಅಂಶಗಳನ್ನು {levels} ಪ್ರಕಾರ ಗುಂಪು ಮಾಡಬಹುದು; &apos;{by}&apos; ಪ್ರಕಾರ ಅಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Figures can be narrowed to one block or one cluster; not to a {level}.</source>
        <translation>ಅಂಕಿಅಂಶಗಳನ್ನು ಒಂದು ಬ್ಲಾಕ್ ಅಥವಾ ಒಂದು ಕ್ಲಸ್ಟರ್‌ಗೆ ಸೀಮಿತಗೊಳಿಸಬಹುದು; {level} ಗೆ ಅಲ್ಲ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/baseline/comparison.py" line="+30"/>
        <source>Increase in enrolment</source>
        <translation>ದಾಖಲಾತಿಯಲ್ಲಿ ಹೆಚ್ಚಳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Increase in average attendance</source>
        <translation>ಸರಾಸರಿ ಹಾಜರಾತಿಯಲ್ಲಿ ಹೆಚ್ಚಳ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Students achieving reading competency (%)</source>
        <translation>ಓದುವ ಸಾಮರ್ಥ್ಯ ಸಾಧಿಸಿದ ವಿದ್ಯಾರ್ಥಿಗಳು (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Students achieving numeracy competency (%)</source>
        <translation>ಸಂಖ್ಯಾಜ್ಞಾನ ಸಾಮರ್ಥ್ಯ ಸಾಧಿಸಿದ ವಿದ್ಯಾರ್ಥಿಗಳು (%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schools&apos; enrolment, all grades.</source>
        <translation>ಶಾಲೆಗಳ ದಾಖಲಾತಿ, ಎಲ್ಲಾ ತರಗತಿಗಳು.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average daily attendance, weighted by enrolment.</source>
        <translation>ಸರಾಸರಿ ದೈನಂದಿನ ಹಾಜರಾತಿ, ದಾಖಲಾತಿಯ ಭಾರಾಂಕದೊಂದಿಗೆ.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>no such subject</source>
        <translation>ಅಂತಹ ವಿಷಯವಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subjects: {earlier} (earlier); {later} (later).</source>
        <translation>ವಿಷಯಗಳು: {earlier} (ಹಿಂದಿನ ಸುತ್ತು); {later} (ನಂತರದ ಸುತ್ತು).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Choose two different rounds to compare.</source>
        <translation>ಹೋಲಿಸಲು ಎರಡು ಬೇರೆ ಬೇರೆ ಸುತ್ತುಗಳನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/baseline/reports.py" line="+69"/>
        <source>Save the assessment report as a .pdf or an .xlsx file.</source>
        <translation>ಮೌಲ್ಯಮಾಪನ ವರದಿಯನ್ನು .pdf ಅಥವಾ .xlsx ಕಡತವಾಗಿ ಉಳಿಸಿ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/rounds.py" line="-337"/>
        <source>Baseline</source>
        <translation>ಬೇಸ್‌ಲೈನ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Midline</source>
        <translation>ಮಧ್ಯಂತರ (ಮಿಡ್‌ಲೈನ್)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endline</source>
        <translation>ಅಂತಿಮ (ಎಂಡ್‌ಲೈನ್)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>ಇತರೆ</translation>
    </message>
    <message>
        <location line="+88"/>
        <location line="+110"/>
        <source>Name</source>
        <translation>ಹೆಸರು</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>A scheme needs at least two levels, lowest first.</source>
        <translation>ಮಟ್ಟ ಶ್ರೇಣಿಗೆ ಕನಿಷ್ಠ ಎರಡು ಮಟ್ಟಗಳು ಬೇಕು, ಕೆಳಗಿನದು ಮೊದಲು.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A scheme has at most {limit} levels; this one has {count}.</source>
        <translation>ಮಟ್ಟ ಶ್ರೇಣಿಯಲ್ಲಿ ಗರಿಷ್ಠ {limit} ಮಟ್ಟಗಳು ಇರಬಹುದು; ಇದರಲ್ಲಿ {count} ಇವೆ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Each level once; {level} is listed twice.</source>
        <translation>ಪ್ರತಿ ಮಟ್ಟ ಒಮ್ಮೆ ಮಾತ್ರ; {level} ಎರಡು ಬಾರಿ ಪಟ್ಟಿಯಲ್ಲಿದೆ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the lowest level that meets the state&apos;s goal.</source>
        <translation>ರಾಜ್ಯದ ಗುರಿ ಸಾಧಿಸುವ ಅತ್ಯಂತ ಕೆಳಗಿನ ಮಟ್ಟವನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is already a level scheme named {name}.</source>
        <translation>{name} ಹೆಸರಿನ ಮಟ್ಟ ಶ್ರೇಣಿ ಈಗಾಗಲೇ ಇದೆ.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+21"/>
        <source>Level scheme</source>
        <translation>ಮಟ್ಟ ಶ್ರೇಣಿ</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Stored results use level {number} ({level}) of {scheme}; keep at least {number} levels, or undo those imports first.</source>
        <translation>ಉಳಿಸಿರುವ ಫಲಿತಾಂಶಗಳು {scheme} ನ ಮಟ್ಟ {number} ({level}) ಬಳಸುತ್ತವೆ; ಕನಿಷ್ಠ {number} ಮಟ್ಟಗಳನ್ನು ಉಳಿಸಿಕೊಳ್ಳಿ, ಅಥವಾ ಮೊದಲು ಆ ಆಮದುಗಳನ್ನು ರದ್ದುಗೊಳಿಸಿ.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{scheme} is used by {count} assessment round; choose another scheme for it first.</source>
        <translation>{scheme} ಅನ್ನು {count} ಮೌಲ್ಯಮಾಪನ ಸುತ್ತು ಬಳಸುತ್ತಿದೆ; ಮೊದಲು ಅದಕ್ಕೆ ಬೇರೆ ಮಟ್ಟ ಶ್ರೇಣಿ ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{scheme} is used by {count} assessment rounds; choose another scheme for them first.</source>
        <translation>{scheme} ಅನ್ನು {count} ಮೌಲ್ಯಮಾಪನ ಸುತ್ತುಗಳು ಬಳಸುತ್ತಿವೆ; ಮೊದಲು ಅವುಗಳಿಗೆ ಬೇರೆ ಮಟ್ಟ ಶ್ರೇಣಿ ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Kind</source>
        <translation>ಬಗೆ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose whether this is the baseline, a midline, the endline or another round.</source>
        <translation>ಇದು ಬೇಸ್‌ಲೈನ್, ಮಧ್ಯಂತರ, ಅಂತಿಮ ಅಥವಾ ಇತರೆ ಸುತ್ತು ಎಂಬುದನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The round ends before it starts.</source>
        <translation>ಸುತ್ತಿನ ಮುಕ್ತಾಯ ದಿನಾಂಕ ಆರಂಭ ದಿನಾಂಕಕ್ಕಿಂತ ಮೊದಲಿದೆ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The maximum score must be above zero, or left empty.</source>
        <translation>ಗರಿಷ್ಠ ಅಂಕ ಸೊನ್ನೆಗಿಂತ ಹೆಚ್ಚಿರಬೇಕು, ಅಥವಾ ಖಾಲಿ ಬಿಡಿ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a round named {name}.</source>
        <translation>{name} ಹೆಸರಿನ ಸುತ್ತು ಈಗಾಗಲೇ ಇದೆ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That MoU no longer exists.</source>
        <translation>ಆ MoU ಈಗ ಅಸ್ತಿತ್ವದಲ್ಲಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That level scheme no longer exists.</source>
        <translation>ಆ ಮಟ್ಟ ಶ್ರೇಣಿ ಈಗ ಅಸ್ತಿತ್ವದಲ್ಲಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>{round} has results stored with levels of {scheme}; a scheme with fewer levels, or none, would leave them meaningless. Undo those imports first.</source>
        <translation>{round} ಸುತ್ತಿನಲ್ಲಿ {scheme} ನ ಮಟ್ಟಗಳೊಂದಿಗೆ ಫಲಿತಾಂಶಗಳು ಉಳಿಸಲ್ಪಟ್ಟಿವೆ; ಕಡಿಮೆ ಮಟ್ಟಗಳ ಶ್ರೇಣಿ ಅಥವಾ ಶ್ರೇಣಿಯೇ ಇಲ್ಲದಿದ್ದರೆ ಅವು ಅರ್ಥಹೀನವಾಗುತ್ತವೆ. ಮೊದಲು ಆ ಆಮದುಗಳನ್ನು ರದ್ದುಗೊಳಿಸಿ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{round} has a stored score of {score:g}, above the maximum of {maximum:g}; set a higher maximum or undo that import first.</source>
        <translation>{round} ಸುತ್ತಿನಲ್ಲಿ {score:g} ಅಂಕ ಉಳಿಸಲಾಗಿದೆ, ಇದು ಗರಿಷ್ಠ {maximum:g} ಕ್ಕಿಂತ ಹೆಚ್ಚು; ಹೆಚ್ಚಿನ ಗರಿಷ್ಠ ಅಂಕ ನೀಡಿ ಅಥವಾ ಮೊದಲು ಆ ಆಮದು ರದ್ದುಗೊಳಿಸಿ.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{round} has {count} import in place; undo it first (Baseline → Imports).</source>
        <translation>{round} ಸುತ್ತಿನಲ್ಲಿ {count} ಆಮದು ಜಾರಿಯಲ್ಲಿದೆ; ಮೊದಲು ಅದನ್ನು ರದ್ದುಗೊಳಿಸಿ (ಬೇಸ್‌ಲೈನ್ → ಆಮದುಗಳು).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{round} has {count} imports in place; undo them first (Baseline → Imports).</source>
        <translation>{round} ಸುತ್ತಿನಲ್ಲಿ {count} ಆಮದುಗಳು ಜಾರಿಯಲ್ಲಿವೆ; ಮೊದಲು ಅವುಗಳನ್ನು ರದ್ದುಗೊಳಿಸಿ (ಬೇಸ್‌ಲೈನ್ → ಆಮದುಗಳು).</translation>
    </message>
</context>
<context>
    <name>BaselineAnalysis</name>
    <message>
        <location filename="../../desktop/ui/pages/baseline_analysis_table.py" line="+88"/>
        <source>District</source>
        <translation>ಜಿಲ್ಲೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Block</source>
        <translation>ಬ್ಲಾಕ್</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+10"/>
        <source>Cluster</source>
        <translation>ಕ್ಲಸ್ಟರ್</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>School</source>
        <translation>ಶಾಲೆ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>UDISE code</source>
        <translation>UDISE ಕೋಡ್</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Students</source>
        <translation>ವಿದ್ಯಾರ್ಥಿಗಳು</translation>
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
        <translation>% ಗುರಿ ಸಾಧನೆ</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+44"/>
        <source>Mean score</source>
        <translation>ಸರಾಸರಿ ಅಂಕ</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+47"/>
        <source>Enrolment</source>
        <translation>ದಾಖಲಾತಿ</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+45"/>
        <source>Attendance %</source>
        <translation>ಹಾಜರಾತಿ %</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>PTR</source>
        <translation>PTR</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Students (earlier)</source>
        <translation>ವಿದ್ಯಾರ್ಥಿಗಳು (ಹಿಂದಿನ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Students (later)</source>
        <translation>ವಿದ್ಯಾರ್ಥಿಗಳು (ನಂತರದ)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>change (points)</source>
        <translation>ಬದಲಾವಣೆ (ಅಂಶಗಳು)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>change</source>
        <translation>ಬದಲಾವಣೆ</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>change %</source>
        <translation>ಬದಲಾವಣೆ %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>earlier</source>
        <translation>ಹಿಂದಿನ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>later</source>
        <translation>ನಂತರದ</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Fewer than %s students: suppressed in shared reports</source>
        <translation>%s ಕ್ಕಿಂತ ಕಡಿಮೆ ವಿದ್ಯಾರ್ಥಿಗಳು: ಹಂಚಿಕೊಳ್ಳುವ ವರದಿಗಳಲ್ಲಿ ತೋರಿಸಲಾಗುವುದಿಲ್ಲ</translation>
    </message>
</context>
<context>
    <name>BaselineDataExports</name>
    <message>
        <location filename="../../desktop/ui/pages/baseline_data_exports.py" line="+16"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel ವರ್ಕ್‌ಬುಕ್ (*.xlsx);;CSV ಕಡತ (*.csv)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved %(count)s %(what)s to %(file)s.</source>
        <translation>%(count)s %(what)s ಅನ್ನು %(file)s ಗೆ ಉಳಿಸಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export the school directory</source>
        <translation>ಶಾಲಾ ಪಟ್ಟಿಯನ್ನು ರಫ್ತು ಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>schools</source>
        <translation>ಶಾಲೆಗಳು</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the results of %s</source>
        <translation>%s ರ ಫಲಿತಾಂಶಗಳನ್ನು ರಫ್ತು ಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>results</source>
        <translation>ಫಲಿತಾಂಶಗಳು</translation>
    </message>
</context>
<context>
    <name>BaselinePage</name>
    <message>
        <location filename="../../desktop/ui/pages/baseline_page.py" line="+31"/>
        <source>Rounds</source>
        <translation>ಸುತ್ತುಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imports</source>
        <translation>ಆಮದುಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analysis</source>
        <translation>ವಿಶ್ಲೇಷಣೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baseline and assessments</source>
        <translation>ಬೇಸ್‌ಲೈನ್ ಮತ್ತು ಮೌಲ್ಯಮಾಪನಗಳು</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/geography_dialogs.py" line="+52"/>
        <source>Edit block</source>
        <translation>ಬ್ಲಾಕ್ ಸಂಪಾದಿಸಿ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add block</source>
        <translation>ಬ್ಲಾಕ್ ಸೇರಿಸಿ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Block</source>
        <translation>ಬ್ಲಾಕ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block (regional language)</source>
        <translation>ಬ್ಲಾಕ್ (ಸ್ಥಳೀಯ ಭಾಷೆ)</translation>
    </message>
</context>
<context>
    <name>BodyDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/body_dialog.py" line="+225"/>
        <source>Edit %s</source>
        <translation>%s ಸಂಪಾದಿಸಿ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New body</source>
        <translation>ಹೊಸ ಸಮಿತಿ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. District Task Force on FLN</source>
        <translation>ಉದಾ: FLN ಕುರಿತ ಜಿಲ್ಲಾ ಕಾರ್ಯಪಡೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (regional language)</source>
        <translation>ಹೆಸರು (ಸ್ಥಳೀಯ ಭಾಷೆ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>ಬಗೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind, described</source>
        <translation>ಬಗೆ (ವಿವರಿಸಿ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>ಹಂತ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belongs to</source>
        <translation>ಯಾವ ಘಟಕಕ್ಕೆ ಸೇರಿದೆ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The level and unit are fixed: %(body)s has %(count)d meeting(s) on record.</source>
        <translation>ಹಂತ ಮತ್ತು ಘಟಕವನ್ನು ಬದಲಿಸುವಂತಿಲ್ಲ: %(body)s ಸಮಿತಿಯ %(count)d ಸಭೆ(ಗಳು) ದಾಖಲಾಗಿವೆ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Convening office</source>
        <translation>ಸಂಚಾಲಕ ಕಚೇರಿ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Formed on</source>
        <translation>ರಚಿಸಿದ ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meets</source>
        <translation>ಸಭೆಗಳ ಆವರ್ತನ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purpose</source>
        <translation>ಉದ್ದೇಶ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Constituting order No.</source>
        <translation>ರಚನಾ ಆದೇಶ ಸಂಖ್ಯೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set when the order is issued from the Constitution order button</source>
        <translation>&apos;ರಚನಾ ಆದೇಶ&apos; ಗುಂಡಿಯಿಂದ ಆದೇಶ ಹೊರಡಿಸಿದಾಗ ತುಂಬಲಾಗುತ್ತದೆ</translation>
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
        <translation>ಪ್ರತಿಯೊಂದು ಪರಿಶೀಲನಾ ತಂಡವು ತಿಂಗಳ ತನ್ನ ನಿಗದಿತ ಕೆಲಸದ ದಿನದಂದು ಸಭೆ ಸೇರುತ್ತದೆ (%s); ಕೆಲಸದ ದಿನಗಳನ್ನು ಸಭೆ ಕರೆಯುವ ಕಚೇರಿಯ ಕ್ಯಾಲೆಂಡರ್ ಪ್ರಕಾರ ಎಣಿಸಲಾಗುತ್ತದೆ.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../desktop/services/calendar/cadence.py" line="+99"/>
        <source>{month}/{year} is not a month (expected 1–12 and a 4-digit year).</source>
        <translation>{month}/{year} ಒಂದು ತಿಂಗಳಲ್ಲ (1–12 ಮತ್ತು 4 ಅಂಕಿಯ ವರ್ಷ ನಿರೀಕ್ಷಿತ).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Already has a meeting on {day} ({status}).</source>
        <translation>{day} ರಂದು ಈಗಾಗಲೇ ಸಭೆ ಇದೆ ({status}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This month&apos;s review ({day}) was cancelled; add a meeting by hand if it is to be held after all.</source>
        <translation>ಈ ತಿಂಗಳ ಪರಿಶೀಲನಾ ಸಭೆ ({day}) ರದ್ದಾಗಿದೆ; ಅದನ್ನು ನಡೆಸಬೇಕಿದ್ದರೆ ಸಭೆಯನ್ನು ಕೈಯಾರೆ ಸೇರಿಸಿ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{month} has only {count} working days in the calendar of {office}; the {level} review needs the {nth}.</source>
        <translation>{office} ನ ಕ್ಯಾಲೆಂಡರ್‌ನಲ್ಲಿ {month} ನಲ್ಲಿ ಕೇವಲ {count} ಕೆಲಸದ ದಿನಗಳಿವೆ; {level} ಪರಿಶೀಲನಾ ಸಭೆಗೆ {nth} ದಿನ ಬೇಕು.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dissolved on {dissolved_on}, before the {nth} working day ({day}); no review this month.</source>
        <translation>{dissolved_on} ರಂದು, {nth} ಕೆಲಸದ ದಿನಕ್ಕಿಂತ ({day}) ಮೊದಲು ವಿಸರ್ಜಿತ; ಈ ತಿಂಗಳು ಪರಿಶೀಲನಾ ಸಭೆ ಇಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Formed on {formed_on}, after the {nth} working day ({day}); its first review is next month.</source>
        <translation>{formed_on} ರಂದು, {nth} ಕೆಲಸದ ದಿನದ ({day}) ನಂತರ ರಚಿತ; ಅದರ ಮೊದಲ ಪರಿಶೀಲನಾ ಸಭೆ ಮುಂದಿನ ತಿಂಗಳು.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{nth} working day of {month}.</source>
        <translation>{month} ನ {nth} ಕೆಲಸದ ದಿನ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calendar/holidays.py" line="+63"/>
        <source>Holiday name</source>
        <translation>ರಜೆಯ ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date is required.</source>
        <translation>ದಿನಾಂಕ ಕಡ್ಡಾಯ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{day} is already a holiday of {office}: {holiday}. Edit that holiday, or choose another date.</source>
        <translation>{day} ಈಗಾಗಲೇ {office} ನ ರಜೆ: {holiday}. ಆ ರಜೆಯನ್ನು ಸಂಪಾದಿಸಿ, ಅಥವಾ ಬೇರೆ ದಿನಾಂಕ ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+12"/>
        <source>Holiday</source>
        <translation>ರಜೆ</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose at least one other office to copy to.</source>
        <translation>ನಕಲಿಸಲು ಕನಿಷ್ಠ ಒಂದು ಬೇರೆ ಕಚೇರಿಯನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{office} already has {day} as {theirs}; {holiday} was not copied there.</source>
        <translation>{office} ನಲ್ಲಿ {day} ಈಗಾಗಲೇ {theirs} ಆಗಿದೆ; {holiday} ಅನ್ನು ಅಲ್ಲಿಗೆ ನಕಲಿಸಲಾಗಿಲ್ಲ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calendar/review_groups.py" line="+41"/>
        <source>Choose at least one {level}.</source>
        <translation>ಕನಿಷ್ಠ ಒಂದು {level} ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the schools whose committees are to review monthly.</source>
        <translation>ಯಾವ ಶಾಲೆಗಳ ಸಮಿತಿಗಳು ಮಾಸಿಕ ಪರಿಶೀಲನೆ ನಡೆಸಬೇಕೋ ಆ ಶಾಲೆಗಳನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>These {levels} are not in {district} district or no longer exist: {numbers}.</source>
        <translation>ಈ {levels} {district} ಜಿಲ್ಲೆಯಲ್ಲಿ ಇಲ್ಲ ಅಥವಾ ಈಗ ಅಸ್ತಿತ್ವದಲ್ಲಿಲ್ಲ: {numbers}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>schools</source>
        <translation>ಶಾಲೆಗಳು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clusters</source>
        <translation>ಕ್ಲಸ್ಟರ್‌ಗಳು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blocks</source>
        <translation>ಬ್ಲಾಕ್‌ಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>districts</source>
        <translation>ಜಿಲ್ಲೆಗಳು</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose the level: district, block, cluster or school.</source>
        <translation>ಹಂತವನ್ನು ಆಯ್ಕೆಮಾಡಿ: ಜಿಲ್ಲೆ, ಬ್ಲಾಕ್, ಕ್ಲಸ್ಟರ್ ಅಥವಾ ಶಾಲೆ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date of formation is required.</source>
        <translation>ರಚಿಸಿದ ದಿನಾಂಕ ಕಡ್ಡಾಯ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{office} has no district set, so it is not known whose {levels} it reviews; set its district on the Offices page first.</source>
        <translation>{office} ಗೆ ಜಿಲ್ಲೆಯನ್ನು ನಿಗದಿಪಡಿಸಿಲ್ಲ, ಆದ್ದರಿಂದ ಅದು ಯಾರ {levels} ಅನ್ನು ಪರಿಶೀಲಿಸುತ್ತದೆ ಎಂದು ತಿಳಿದಿಲ್ಲ; ಮೊದಲು &apos;ಕಚೇರಿಗಳು&apos; ಪುಟದಲ್ಲಿ ಅದರ ಜಿಲ್ಲೆಯನ್ನು ನಿಗದಿಪಡಿಸಿ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calendar/settings.py" line="+36"/>
        <source>{nth} Saturday</source>
        <translation>{nth} ಶನಿವಾರ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{nth} Saturdays</source>
        <translation>{nth} ಶನಿವಾರಗಳು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no weekly offs</source>
        <translation>ವಾರದ ರಜೆ ಇಲ್ಲ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Weekly offs must be weekdays numbered 0 (Monday) to 6 (Sunday), not {values}.</source>
        <translation>ವಾರದ ರಜೆಗಳು 0 (ಸೋಮವಾರ) ರಿಂದ 6 (ಭಾನುವಾರ) ವರೆಗಿನ ವಾರದ ದಿನಗಳಾಗಿರಬೇಕು, {values} ಅಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saturdays off are counted 1st to 5th in the month, not {values}.</source>
        <translation>ರಜೆಯ ಶನಿವಾರಗಳನ್ನು ತಿಂಗಳಲ್ಲಿ 1ನೇ ರಿಂದ 5ನೇ ವರೆಗೆ ಎಣಿಸಲಾಗುತ್ತದೆ, {values} ಅಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>With these days off some weeks would have no working day at all; keep at least one weekday working every week.</source>
        <translation>ಈ ರಜಾ ದಿನಗಳಿಂದ ಕೆಲವು ವಾರಗಳಲ್ಲಿ ಕೆಲಸದ ದಿನವೇ ಇರುವುದಿಲ್ಲ; ಪ್ರತಿ ವಾರ ಕನಿಷ್ಠ ಒಂದು ದಿನವನ್ನು ಕೆಲಸದ ದಿನವಾಗಿ ಇಡಿ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calendar/working_days.py" line="+23"/>
        <source>Monday</source>
        <translation>ಸೋಮವಾರ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>ಮಂಗಳವಾರ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>ಬುಧವಾರ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>ಗುರುವಾರ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>ಶುಕ್ರವಾರ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>ಶನಿವಾರ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>ಭಾನುವಾರ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1st Saturday</source>
        <translation>1ನೇ ಶನಿವಾರ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2nd Saturday</source>
        <translation>2ನೇ ಶನಿವಾರ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3rd Saturday</source>
        <translation>3ನೇ ಶನಿವಾರ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4th Saturday</source>
        <translation>4ನೇ ಶನಿವಾರ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5th Saturday</source>
        <translation>5ನೇ ಶನಿವಾರ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>January</source>
        <translation>ಜನವರಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>February</source>
        <translation>ಫೆಬ್ರವರಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>March</source>
        <translation>ಮಾರ್ಚ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>April</source>
        <translation>ಏಪ್ರಿಲ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>ಮೇ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>June</source>
        <translation>ಜೂನ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>July</source>
        <translation>ಜುಲೈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>August</source>
        <translation>ಆಗಸ್ಟ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>ಸೆಪ್ಟೆಂಬರ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>October</source>
        <translation>ಅಕ್ಟೋಬರ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation>ನವೆಂಬರ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>December</source>
        <translation>ಡಿಸೆಂಬರ್</translation>
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
        <translation>%s ರದ್ದುಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason (kept with the meeting)</source>
        <translation>ಕಾರಣ (ಸಭೆಯೊಂದಿಗೆ ದಾಖಲಾಗುತ್ತದೆ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the meeting</source>
        <translation>ಸಭೆಯನ್ನು ರದ್ದುಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>ರದ್ದುಮಾಡಬೇಡಿ</translation>
    </message>
</context>
<context>
    <name>CascadeView</name>
    <message>
        <location filename="../../desktop/ui/pages/cascade_view.py" line="+45"/>
        <source>Level</source>
        <translation>ಹಂತ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>ಯೋಜಿತ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>ನಡೆದವು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes recorded</source>
        <translation>ನಡಾವಳಿ ದಾಖಲಾದವು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>ಅನುಮೋದಿತ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not held, day passed</source>
        <translation>ದಿನ ಕಳೆದರೂ ನಡೆದಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled</source>
        <translation>ರದ್ದಾದವು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated upward</source>
        <translation>ಮೇಲ್ಹಂತಕ್ಕೆ ವರ್ಗಾಯಿಸಿದವು</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Review cascade, all offices</source>
        <translation>ಪರಿಶೀಲನಾ ಸರಣಿ, ಎಲ್ಲಾ ಕಚೇರಿಗಳು</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>no reviews planned yet.</source>
        <translation>ಇನ್ನೂ ಯಾವುದೇ ಪರಿಶೀಲನಾ ಸಭೆ ಯೋಜಿಸಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not held although their day has passed: %s.</source>
        <translation>ದಿನ ಕಳೆದರೂ ನಡೆಯದವು: %s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%(shown)s of %(total)s reviews held.</source>
        <translation>%(total)s ಪರಿಶೀಲನಾ ಸಭೆಗಳಲ್ಲಿ %(shown)s ನಡೆದಿವೆ.</translation>
    </message>
</context>
<context>
    <name>CertificatePreviewDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/recognition_ranking_printing.py" line="+238"/>
        <source>&amp;Save PDF…</source>
        <translation>PDF ಉಳಿಸಿ…(&amp;S)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ಕಡತಗಳು (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ChangeDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/action_item_dialogs.py" line="+145"/>
        <source>Change the action item</source>
        <translation>ಕ್ರಮ ಅಂಶವನ್ನು ಬದಲಿಸಿ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>ಉಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>ಕ್ರಮ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>ಜವಾಬ್ದಾರರು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due on</source>
        <translation>ಗಡುವು ದಿನಾಂಕ</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/import_check_page.py" line="+34"/>
        <location filename="../../desktop/ui/dialogs/package_import_check.py" line="+69"/>
        <source>Check</source>
        <translation>ಪರಿಶೀಲನೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every row is checked against the database; nothing is saved yet.</source>
        <translation>ಪ್ರತಿಯೊಂದು ಸಾಲನ್ನು ಡೇಟಾಬೇಸ್‌ನೊಂದಿಗೆ ಪರಿಶೀಲಿಸಲಾಗುತ್ತದೆ; ಇನ್ನೂ ಏನನ್ನೂ ಉಳಿಸಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>ಆಮದು</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>ರದ್ದುಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check again</source>
        <translation>ಮತ್ತೆ ಪರಿಶೀಲಿಸಿ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Preview</source>
        <translation>ಮುನ್ನೋಟ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import only if every row is valid</source>
        <translation>ಎಲ್ಲಾ ಸಾಲುಗಳೂ ಸರಿಯಾಗಿದ್ದರೆ ಮಾತ್ರ ಆಮದು ಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+65"/>
        <location filename="../../desktop/ui/dialogs/package_import_check.py" line="+110"/>
        <source>Checking %s…</source>
        <translation>%s ಪರಿಶೀಲಿಸಲಾಗುತ್ತಿದೆ…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The check stopped on an unexpected error: %s</source>
        <translation>ಅನಿರೀಕ್ಷಿತ ದೋಷದಿಂದ ಪರಿಶೀಲನೆ ನಿಂತಿತು: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be checked.</source>
        <translation>ಕಡತವನ್ನು ಪರಿಶೀಲಿಸಲು ಸಾಧ್ಯವಾಗಲಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checked %s.</source>
        <translation>%s ಪರಿಶೀಲಿಸಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%s new schools</source>
        <translation>%s ಹೊಸ ಶಾಲೆಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s new schools&apos; indicators</source>
        <translation>%s ಹೊಸ ಶಾಲಾ ಸೂಚಕಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s new results</source>
        <translation>%s ಹೊಸ ಫಲಿತಾಂಶಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s new</source>
        <translation>%s ಹೊಸದು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%s updated</source>
        <translation>%s ನವೀಕರಿಸಿದವು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s unchanged</source>
        <translation>%s ಬದಲಾಗದವು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s with problems</source>
        <translation>%s ಸಮಸ್ಯೆಯುಳ್ಳವು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%s with a repaired UDISE code</source>
        <translation>%s ಸರಿಪಡಿಸಿದ UDISE ಕೋಡ್‌ನೊಂದಿಗೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s codes read without spaces or as text</source>
        <translation>%s ಕೋಡ್‌ಗಳನ್ನು ಖಾಲಿ ಜಾಗವಿಲ್ಲದೆ ಅಥವಾ ಪಠ್ಯವಾಗಿ ಓದಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 row</source>
        <translation>1 ಸಾಲು</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%s rows</source>
        <translation>%s ಸಾಲುಗಳು</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Problems (%s)</source>
        <translation>ಸಮಸ್ಯೆಗಳು (%s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proposed repairs (%s)</source>
        <translation>ಸೂಚಿಸಿದ ತಿದ್ದುಪಡಿಗಳು (%s)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import the %(valid)s valid rows and leave out the %(errors)s with problems</source>
        <translation>ಸರಿಯಾದ %(valid)s ಸಾಲುಗಳನ್ನು ಆಮದು ಮಾಡಿ, ಸಮಸ್ಯೆಯುಳ್ಳ %(errors)s ಸಾಲುಗಳನ್ನು ಬಿಡಿ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/package_import_check.py" line="-140"/>
        <source>Cancelled; nothing was read into the database.</source>
        <translation>ರದ್ದುಮಾಡಲಾಗಿದೆ; ಡೇಟಾಬೇಸ್‌ಗೆ ಏನನ್ನೂ ಓದಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong passphrase</source>
        <translation>ತಪ್ಪು ಗುಪ್ತ ವಾಕ್ಯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package was changed after it was signed</source>
        <translation>ಸಹಿ ಮಾಡಿದ ನಂತರ ಪ್ಯಾಕೇಜ್ ಬದಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package is damaged or incomplete</source>
        <translation>ಪ್ಯಾಕೇಜ್ ಹಾನಿಗೊಳಗಾಗಿದೆ ಅಥವಾ ಅಪೂರ್ಣವಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature does not match the package</source>
        <translation>ಸಹಿ ಪ್ಯಾಕೇಜಿಗೆ ಹೊಂದಿಕೆಯಾಗುವುದಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by a key this office has not registered</source>
        <translation>ಈ ಕಚೇರಿ ನೋಂದಾಯಿಸದ ಕೀಲಿಯಿಂದ ಸಹಿ ಮಾಡಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an exchange package</source>
        <translation>ಇದು ವಿನಿಮಯ ಪ್ಯಾಕೇಜ್ ಅಲ್ಲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A package format this version cannot read</source>
        <translation>ಈ ಆವೃತ್ತಿ ಓದಲಾಗದ ಪ್ಯಾಕೇಜ್ ಸ್ವರೂಪ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package&apos;s lock is costlier than allowed</source>
        <translation>ಪ್ಯಾಕೇಜಿನ ಬೀಗ ತೆರೆಯಲು ಅನುಮತಿಸಿದ್ದಕ್ಕಿಂತ ಹೆಚ್ಚು ಗಣನೆ ಬೇಕಾಗುತ್ತದೆ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go Back and type the passphrase again, exactly as the partner gave it.</source>
        <translation>ಹಿಂದಿನ ಪುಟಕ್ಕೆ ಹೋಗಿ, ಪಾಲುದಾರ ಸಂಸ್ಥೆ ನೀಡಿದಂತೆಯೇ ಗುಪ್ತ ವಾಕ್ಯವನ್ನು ಮತ್ತೆ ಟೈಪ್ ಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go Back to the first page and register the partner&apos;s key from their receipt.</source>
        <translation>ಮೊದಲ ಪುಟಕ್ಕೆ ಹಿಂತಿರುಗಿ, ಪಾಲುದಾರರ ರಸೀದಿಯಿಂದ ಅವರ ಕೀಲಿಯನ್ನು ನೋಂದಾಯಿಸಿ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go Back and choose the round these data belong to.</source>
        <translation>ಹಿಂದಿನ ಪುಟಕ್ಕೆ ಹೋಗಿ, ಈ ದತ್ತಾಂಶ ಸೇರಿದ ಸುತ್ತನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Verified and checked row by row, as a dry run: nothing is stored yet.</source>
        <translation>ಪರಿಶೀಲಿಸಿ, ಪ್ರಯೋಗಾತ್ಮಕವಾಗಿ ಸಾಲು ಸಾಲಾಗಿ ತಪಾಸಣೆ ಮಾಡಲಾಗಿದೆ: ಇನ್ನೂ ಏನನ್ನೂ ಉಳಿಸಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cance&amp;l check</source>
        <translation>ಪರಿಶೀಲನೆ ರದ್ದುಮಾಡಿ(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check &amp;again</source>
        <translation>ಮತ್ತೆ ಪರಿಶೀಲಿಸಿ(&amp;A)</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+133"/>
        <source>Verified</source>
        <translation>ಪರಿಶೀಲಿತ</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Signed by:</source>
        <translation>ಸಹಿ ಮಾಡಿದವರು:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MoU:</source>
        <translation>MoU:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round:</source>
        <translation>ಸುತ್ತು:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created:</source>
        <translation>ರಚಿಸಿದ್ದು:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>ಕಡತ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key fingerprint:</source>
        <translation>ಕೀಲಿಯ ಬೆರಳಚ್ಚು:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Table</source>
        <translation>ಕೋಷ್ಟಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>ಕಡತ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows</source>
        <translation>ಸಾಲುಗಳು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To add</source>
        <translation>ಸೇರಿಸಬೇಕಾದವು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To update</source>
        <translation>ನವೀಕರಿಸಬೇಕಾದವು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>ಬದಲಾಗದವು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With problems</source>
        <translation>ಸಮಸ್ಯೆಯುಳ್ಳವು</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the import would do, table by table</source>
        <translation>ಆಮದು ಏನು ಮಾಡುತ್ತದೆ, ಕೋಷ್ಟಕವಾರು</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Not checked: nothing was read into the database.</source>
        <translation>ಪರಿಶೀಲಿಸಿಲ್ಲ: ಡೇಟಾಬೇಸ್‌ಗೆ ಏನನ್ನೂ ಓದಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This file cannot be imported</source>
        <translation>ಈ ಕಡತವನ್ನು ಆಮದು ಮಾಡಲು ಸಾಧ್ಯವಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which round?</source>
        <translation>ಯಾವ ಸುತ್ತು?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This package cannot be imported</source>
        <translation>ಈ ಪ್ಯಾಕೇಜನ್ನು ಆಮದು ಮಾಡಲು ಸಾಧ್ಯವಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check stopped on an unexpected error</source>
        <translation>ಅನಿರೀಕ್ಷಿತ ದೋಷದಿಂದ ಪರಿಶೀಲನೆ ನಿಂತಿತು</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checked.</source>
        <translation>ಪರಿಶೀಲಿಸಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Read (not signed)</source>
        <translation>ಓದಲಾಗಿದೆ (ಸಹಿ ಇಲ್ಲ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not signed — the return template filled in for %s</source>
        <translation>ಸಹಿ ಇಲ್ಲ — %s ಗಾಗಿ ತುಂಬಿದ ಮಾಹಿತಿ ಸಲ್ಲಿಕೆ ನಮೂನೆ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not said</source>
        <translation>ತಿಳಿಸಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is nothing more to do: close the wizard.</source>
        <translation>ಇನ್ನು ಮಾಡಬೇಕಾದ್ದು ಏನೂ ಇಲ್ಲ: ವಿಝಾರ್ಡ್ ಮುಚ್ಚಿ.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Problems found: %(problems)s, in %(rows)s of the package&apos;s rows. This package cannot be imported, and nothing was stored: the partner must correct them and send it again (save the list below for them).</source>
        <translation>ಕಂಡುಬಂದ ಸಮಸ್ಯೆಗಳು: ಪ್ಯಾಕೇಜಿನ %(rows)s ಸಾಲುಗಳಲ್ಲಿ %(problems)s. ಈ ಪ್ಯಾಕೇಜನ್ನು ಆಮದು ಮಾಡಲು ಸಾಧ್ಯವಿಲ್ಲ, ಮತ್ತು ಏನನ್ನೂ ಉಳಿಸಿಲ್ಲ: ಪಾಲುದಾರ ಸಂಸ್ಥೆ ಅವುಗಳನ್ನು ಸರಿಪಡಿಸಿ ಮತ್ತೆ ಕಳುಹಿಸಬೇಕು (ಅವರಿಗಾಗಿ ಕೆಳಗಿನ ಪಟ್ಟಿಯನ್ನು ಉಳಿಸಿ).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ready to import. Rows to store: %s.</source>
        <translation>ಆಮದಿಗೆ ಸಿದ್ಧ. ಉಳಿಸಬೇಕಾದ ಸಾಲುಗಳು: %s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows that would overwrite the office&apos;s newer data: %s; choose on the next page which to take.</source>
        <translation>ಕಚೇರಿಯ ಹೊಸ ದತ್ತಾಂಶವನ್ನು ಮೇಲ್ಬರೆಯುವ ಸಾಲುಗಳು: %s; ಯಾವುದನ್ನು ತೆಗೆದುಕೊಳ್ಳಬೇಕು ಎಂದು ಮುಂದಿನ ಪುಟದಲ್ಲಿ ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
</context>
<context>
    <name>CircularEditor</name>
    <message>
        <location filename="../../desktop/ui/dialogs/circular_editor.py" line="+60"/>
        <source>New circular, superseding %s</source>
        <translation>ಹೊಸ ಸುತ್ತೋಲೆ, %s ರ ಬದಲಿಗೆ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New circular</source>
        <translation>ಹೊಸ ಸುತ್ತೋಲೆ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Issued by</source>
        <translation>ಹೊರಡಿಸುವ ಕಚೇರಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>ಶಾಖೆ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. ACAD, ADM (in the number)</source>
        <translation>ಉದಾ: ACAD, ADM (ಸಂಖ್ಯೆಯಲ್ಲಿ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>ಭಾಷೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start from</source>
        <translation>ಆರಂಭಿಸುವ ಮಾದರಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>ವಿಷಯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>References (one a line)</source>
        <translation>ಉಲ್ಲೇಖಗಳು (ಪ್ರತಿ ಸಾಲಿಗೆ ಒಂದು)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>ಮುಖ್ಯ ಪಠ್ಯ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Template fields</source>
        <translation>ಮಾದರಿಯ ಕ್ಷೇತ್ರಗಳು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>schools</source>
        <translation>ಶಾಲೆಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offices</source>
        <translation>ಕಚೇರಿಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people</source>
        <translation>ವ್ಯಕ್ತಿಗಳು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send to</source>
        <translation>ಯಾರಿಗೆ ಕಳುಹಿಸಬೇಕು</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose…</source>
        <translation>ಆಯ್ಕೆಮಾಡಿ…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+24"/>
        <source>Recipients</source>
        <translation>ಸ್ವೀಕರಿಸುವವರು</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Signed by</source>
        <translation>ಸಹಿ ಮಾಡುವವರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Designation</source>
        <translation>ಹುದ್ದೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy-to list</source>
        <translation>ಪ್ರತಿ ಕಳುಹಿಸುವ ಪಟ್ಟಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy to (one a line)</source>
        <translation>ಪ್ರತಿ (ಪ್ರತಿ ಸಾಲಿಗೆ ಒಂದು)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as a list…</source>
        <translation>ಪಟ್ಟಿಯಾಗಿ ಉಳಿಸಿ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issue</source>
        <translation>ಹೊರಡಿಸಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The preview appears here.</source>
        <translation>ಮುನ್ನೋಟ ಇಲ್ಲಿ ಕಾಣಿಸುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh preview</source>
        <translation>ಮುನ್ನೋಟ ನವೀಕರಿಸಿ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview</source>
        <translation>ಮುನ್ನೋಟ</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>(blank)</source>
        <translation>(ಖಾಲಿ)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Save copy-to list</source>
        <translation>ಪ್ರತಿ ಕಳುಹಿಸುವ ಪಟ್ಟಿಯನ್ನು ಉಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the list</source>
        <translation>ಪಟ್ಟಿಯ ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nobody chosen yet: tick them under Recipients, beside.</source>
        <translation>ಇನ್ನೂ ಯಾರನ್ನೂ ಆಯ್ಕೆಮಾಡಿಲ್ಲ: ಪಕ್ಕದ &apos;ಸ್ವೀಕರಿಸುವವರು&apos; ಅಡಿಯಲ್ಲಿ ಗುರುತಿಸಿ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%d offices</source>
        <translation>%d ಕಚೇರಿಗಳು</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 office</source>
        <translation>1 ಕಚೇರಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%d people</source>
        <translation>%d ವ್ಯಕ್ತಿಗಳು</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 person</source>
        <translation>1 ವ್ಯಕ್ತಿ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/circular_output.py" line="+49"/>
        <source>Add the issuing office under Offices first.</source>
        <translation>ಮೊದಲು &apos;ಕಚೇರಿಗಳು&apos; ಪುಟದಲ್ಲಿ ಹೊರಡಿಸುವ ಕಚೇರಿಯನ್ನು ಸೇರಿಸಿ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name and designation of the officer who signs are both needed.</source>
        <translation>ಸಹಿ ಮಾಡುವ ಅಧಿಕಾರಿಯ ಹೆಸರು ಮತ್ತು ಹುದ್ದೆ ಎರಡೂ ಅಗತ್ಯ.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Issuing the circular</source>
        <translation>ಸುತ್ತೋಲೆ ಹೊರಡಿಸಲಾಗುತ್ತಿದೆ</translation>
    </message>
</context>
<context>
    <name>Circulars</name>
    <message>
        <location filename="../../desktop/services/circulars.py" line="+71"/>
        <source>One circular goes to schools, offices or people, not a mix.</source>
        <translation>ಒಂದು ಸುತ್ತೋಲೆ ಶಾಲೆಗಳಿಗೆ, ಕಚೇರಿಗಳಿಗೆ ಅಥವಾ ವ್ಯಕ್ತಿಗಳಿಗೆ ಹೋಗುತ್ತದೆ, ಮಿಶ್ರವಾಗಿ ಅಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../desktop/services/dispatch.py" line="+165"/>
        <source>Choose at least one recipient.</source>
        <translation>ಕನಿಷ್ಠ ಒಬ್ಬ ಸ್ವೀಕರಿಸುವವರನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{count} recipient cannot be printed:</source>
        <translation>{count} ಸ್ವೀಕರಿಸುವವರನ್ನು ಮುದ್ರಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} recipients cannot be printed:</source>
        <translation>{count} ಸ್ವೀಕರಿಸುವವರನ್ನು ಮುದ್ರಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>… and {count} more.</source>
        <translation>… ಮತ್ತು ಇನ್ನೂ {count}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+119"/>
        <location line="+13"/>
        <location line="+42"/>
        <location filename="../../desktop/services/committees/printing.py" line="+266"/>
        <location filename="../../desktop/services/meetings/printing.py" line="+338"/>
        <source>Issued circular</source>
        <translation>ಹೊರಡಿಸಿದ ಸುತ್ತೋಲೆ</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+173"/>
        <source>a new circular cannot supersede it</source>
        <translation>ಹೊಸ ಸುತ್ತೋಲೆ ಅದನ್ನು ಬದಲಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>{number} is a {kind} entry, not a circular; {refused}.</source>
        <translation>{number} ಒಂದು {kind} ನಮೂದು, ಸುತ್ತೋಲೆ ಅಲ್ಲ; {refused}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it cannot be printed as a circular</source>
        <translation>ಅದನ್ನು ಸುತ್ತೋಲೆಯಾಗಿ ಮುದ್ರಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Done</source>
        <translation>ಪೂರ್ಣಗೊಂಡಿದೆ</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Dispatch series</source>
        <translation>ಹೊರರವಾನೆ ಸರಣಿ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/dispatch.py" line="-90"/>
        <source>The number format has a stray brace: {reason}.</source>
        <translation>ಸಂಖ್ಯೆಯ ನಮೂನೆಯಲ್ಲಿ ಹೆಚ್ಚುವರಿ ಆವರಣ ಚಿಹ್ನೆ ಇದೆ: {reason}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The number format uses {{{unknown}}}; it may use {known}.</source>
        <translation>ಸಂಖ್ಯೆಯ ನಮೂನೆ {{{unknown}}} ಬಳಸುತ್ತದೆ; ಅದು {known} ಬಳಸಬಹುದು.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The number format must contain {serial}, or numbers repeat.</source>
        <translation>ಸಂಖ್ಯೆಯ ನಮೂನೆಯಲ್ಲಿ {serial} ಇರಬೇಕು, ಇಲ್ಲದಿದ್ದರೆ ಸಂಖ್ಯೆಗಳು ಪುನರಾವರ್ತನೆಯಾಗುತ್ತವೆ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The number format cannot be used: {reason}.</source>
        <translation>ಸಂಖ್ಯೆಯ ನಮೂನೆಯನ್ನು ಬಳಸಲು ಸಾಧ್ಯವಿಲ್ಲ: {reason}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Section &apos;{section}&apos; may have only letters, digits and dashes (at most 30).</source>
        <translation>ಶಾಖೆ &apos;{section}&apos; ನಲ್ಲಿ ಅಕ್ಷರಗಳು, ಅಂಕಿಗಳು ಮತ್ತು ಡ್ಯಾಶ್‌ಗಳು ಮಾತ್ರ ಇರಬಹುದು (ಗರಿಷ್ಠ 30).</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The subject is empty; every circular needs one.</source>
        <translation>ವಿಷಯ ಖಾಲಿ ಇದೆ; ಪ್ರತಿ ಸುತ್ತೋಲೆಗೆ ವಿಷಯ ಕಡ್ಡಾಯ.</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+47"/>
        <location line="+47"/>
        <location filename="../../desktop/services/reprints.py" line="+21"/>
        <source>Issued document</source>
        <translation>ಹೊರಡಿಸಿದ ದಾಖಲೆ</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>{number} is {status}; only an issued document can be superseded.</source>
        <translation>{number} {status}; ಹೊರಡಿಸಿದ ದಾಖಲೆಯನ್ನು ಮಾತ್ರ ಬದಲಿಸಬಹುದು.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{count} document was already numbered this year in this series; its format can change from the next financial year.</source>
        <translation>ಈ ಸರಣಿಯಲ್ಲಿ ಈ ವರ್ಷ ಈಗಾಗಲೇ {count} ದಾಖಲೆಗೆ ಸಂಖ್ಯೆ ನೀಡಲಾಗಿದೆ; ಅದರ ನಮೂನೆಯನ್ನು ಮುಂದಿನ ಆರ್ಥಿಕ ವರ್ಷದಿಂದ ಬದಲಿಸಬಹುದು.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} documents were already numbered this year in this series; its format can change from the next financial year.</source>
        <translation>ಈ ಸರಣಿಯಲ್ಲಿ ಈ ವರ್ಷ ಈಗಾಗಲೇ {count} ದಾಖಲೆಗಳಿಗೆ ಸಂಖ್ಯೆ ನೀಡಲಾಗಿದೆ; ಅದರ ನಮೂನೆಯನ್ನು ಮುಂದಿನ ಆರ್ಥಿಕ ವರ್ಷದಿಂದ ಬದಲಿಸಬಹುದು.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Say why the document is cancelled; the register keeps the reason.</source>
        <translation>ದಾಖಲೆಯನ್ನು ಏಕೆ ರದ್ದುಮಾಡಲಾಗಿದೆ ಎಂದು ಕಾರಣ ನೀಡಿ; ವಹಿಯಲ್ಲಿ ಕಾರಣ ದಾಖಲಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{number} is already {status}.</source>
        <translation>{number} ಈಗಾಗಲೇ {status}.</translation>
    </message>
</context>
<context>
    <name>CircularsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/circulars_page.py" line="+39"/>
        <source>Issued</source>
        <translation>ಹೊರಡಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>ರದ್ದಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Superseded</source>
        <translation>ಬದಲಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Search by number or subject</source>
        <translation>ಸಂಖ್ಯೆ ಅಥವಾ ವಿಷಯದ ಮೂಲಕ ಹುಡುಕಿ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New circular…</source>
        <translation>ಹೊಸ ಸುತ್ತೋಲೆ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates…</source>
        <translation>ಮಾದರಿಗಳು…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print duplicate…</source>
        <translation>ದ್ವಿಪ್ರತಿ ಮುದ್ರಿಸಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save copies…</source>
        <translation>ಪ್ರತಿಗಳನ್ನು ಉಳಿಸಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel circular…</source>
        <translation>ಸುತ್ತೋಲೆ ರದ್ದುಮಾಡಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supersede…</source>
        <translation>ಬದಲಿ ಸುತ್ತೋಲೆ…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Number</source>
        <translation>ಸಂಖ್ಯೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>ವಿಷಯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>ಭಾಷೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>ಸ್ವೀಕರಿಸುವವರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>ಸ್ಥಿತಿ</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%s in the register</source>
        <translation>ವಹಿಯಲ್ಲಿ %s</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A certificate batch is replaced by cancelling it and issuing the certificates again from the Recognition page.</source>
        <translation>ಪ್ರಮಾಣಪತ್ರಗಳ ಕಂತನ್ನು ಬದಲಿಸಲು, ಅದನ್ನು ರದ್ದುಮಾಡಿ &apos;ಪುರಸ್ಕಾರ&apos; ಪುಟದಿಂದ ಪ್ರಮಾಣಪತ್ರಗಳನ್ನು ಮತ್ತೆ ಹೊರಡಿಸಿ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a new circular that replaces the selected one.</source>
        <translation>ಆಯ್ಕೆಮಾಡಿದ ಸುತ್ತೋಲೆಯ ಬದಲಿಗೆ ಹೊಸ ಸುತ್ತೋಲೆ ಬರೆಯಿರಿ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Superseded by %s</source>
        <translation>ಬದಲಿ: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: %s</source>
        <translation>ರದ್ದಾಗಿದೆ: %s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot supersede</source>
        <translation>ಬದಲಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Preparing the duplicate</source>
        <translation>ದ್ವಿಪ್ರತಿ ಸಿದ್ಧಪಡಿಸಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Folder for one PDF per recipient</source>
        <translation>ಪ್ರತಿ ಸ್ವೀಕರಿಸುವವರಿಗೆ ಒಂದು PDF ಗಾಗಿ ಫೋಲ್ಡರ್</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saving one PDF per recipient</source>
        <translation>ಪ್ರತಿ ಸ್ವೀಕರಿಸುವವರಿಗೆ ಒಂದು PDF ಉಳಿಸಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved</source>
        <translation>ಉಳಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(count)s files saved in %(folder)s</source>
        <translation>%(folder)s ನಲ್ಲಿ %(count)s ಕಡತಗಳನ್ನು ಉಳಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why is %s cancelled? The register keeps the reason.</source>
        <translation>%s ಅನ್ನು ಏಕೆ ರದ್ದುಮಾಡಲಾಗುತ್ತಿದೆ? ಕಾರಣ ವಹಿಯಲ್ಲಿ ದಾಖಲಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its invitees go back to selected, to be invited again.</source>
        <translation>ಇದರ ಆಹ್ವಾನಿತರು ಮತ್ತೆ &apos;ಆಯ್ಕೆಯಾಗಿದೆ&apos; ಸ್ಥಿತಿಗೆ ಮರಳುತ್ತಾರೆ; ಅವರನ್ನು ಮತ್ತೆ ಆಹ್ವಾನಿಸಬೇಕು.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its nominees go back to attended; issue their certificates again from the Recognition page.</source>
        <translation>ಇದರ ನಾಮನಿರ್ದೇಶಿತರು ಮತ್ತೆ &apos;ಹಾಜರಾಗಿದ್ದಾರೆ&apos; ಸ್ಥಿತಿಗೆ ಮರಳುತ್ತಾರೆ; &apos;ಪುರಸ್ಕಾರ&apos; ಪುಟದಿಂದ ಅವರ ಪ್ರಮಾಣಪತ್ರಗಳನ್ನು ಮತ್ತೆ ಹೊರಡಿಸಿ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel circular</source>
        <translation>ಸುತ್ತೋಲೆ ರದ್ದುಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot cancel</source>
        <translation>ರದ್ದುಮಾಡಲು ಸಾಧ್ಯವಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="-152"/>
        <location line="+158"/>
        <source>Circulars</source>
        <translation>ಸುತ್ತೋಲೆಗಳು</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/action_item_dialogs.py" line="-108"/>
        <source>Drop the action item</source>
        <translation>ಕ್ರಮ ಅಂಶವನ್ನು ಕೈಬಿಡಿ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark the action item done</source>
        <translation>ಕ್ರಮ ಅಂಶ ಪೂರ್ಣಗೊಂಡಿದೆ ಎಂದು ಗುರುತಿಸಿ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop</source>
        <translation>ಕೈಬಿಡಿ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark done</source>
        <translation>ಪೂರ್ಣಗೊಂಡಿದೆ ಎಂದು ಗುರುತಿಸಿ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dropped on</source>
        <translation>ಕೈಬಿಟ್ಟ ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done on</source>
        <translation>ಪೂರ್ಣಗೊಂಡ ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason for dropping (kept in the register)</source>
        <translation>ಕೈಬಿಡಲು ಕಾರಣ (ವಹಿಯಲ್ಲಿ ದಾಖಲಾಗುತ್ತದೆ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remark (optional)</source>
        <translation>ಷರಾ (ಐಚ್ಛಿಕ)</translation>
    </message>
</context>
<context>
    <name>ClusterDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/geography_dialogs.py" line="+13"/>
        <source>Edit cluster</source>
        <translation>ಕ್ಲಸ್ಟರ್ ಸಂಪಾದಿಸಿ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add cluster</source>
        <translation>ಕ್ಲಸ್ಟರ್ ಸೇರಿಸಿ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cluster</source>
        <translation>ಕ್ಲಸ್ಟರ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster (regional language)</source>
        <translation>ಕ್ಲಸ್ಟರ್ (ಸ್ಥಳೀಯ ಭಾಷೆ)</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/import_columns_page.py" line="+52"/>
        <source>— not in the file —</source>
        <translation>— ಕಡತದಲ್ಲಿ ಇಲ್ಲ —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a value…</source>
        <translation>ಮೌಲ್ಯವನ್ನು ಟೈಪ್ ಮಾಡಿ…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the value for every row</source>
        <translation>ಎಲ್ಲಾ ಸಾಲುಗಳಿಗೂ ಇದೇ ಮೌಲ್ಯ</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Match the columns</source>
        <translation>ಅಂಕಣಗಳನ್ನು ಹೊಂದಿಸಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the column of the file that holds each field. Fields in bold (*) are required.</source>
        <translation>ಪ್ರತಿಯೊಂದು ಕ್ಷೇತ್ರ ಕಡತದ ಯಾವ ಅಂಕಣದಲ್ಲಿದೆ ಎಂದು ಆಯ್ಕೆಮಾಡಿ. ದಪ್ಪ ಅಕ್ಷರದ (*) ಕ್ಷೇತ್ರಗಳು ಕಡ್ಡಾಯ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keep student names</source>
        <translation>ವಿದ್ಯಾರ್ಥಿಗಳ ಹೆಸರುಗಳನ್ನು ಉಳಿಸಿಕೊಳ್ಳಿ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names are personal data: keep them only if the office needs them and may hold them. Without names, students are matched by their id.</source>
        <translation>ಹೆಸರುಗಳು ವೈಯಕ್ತಿಕ ದತ್ತಾಂಶ: ಕಚೇರಿಗೆ ಅಗತ್ಯವಿದ್ದು, ಇಟ್ಟುಕೊಳ್ಳಲು ಅನುಮತಿ ಇದ್ದರೆ ಮಾತ್ರ ಉಳಿಸಿಕೊಳ್ಳಿ. ಹೆಸರುಗಳಿಲ್ಲದಿದ್ದರೆ ವಿದ್ಯಾರ್ಥಿಗಳನ್ನು ಅವರ ಐಡಿ ಮೂಲಕ ಹೊಂದಿಸಲಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whose school ids?</source>
        <translation>ಯಾರ ಶಾಲಾ ಐಡಿಗಳು?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. KLP</source>
        <translation>ಉದಾ: KLP</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save this mapping as…</source>
        <translation>ಈ ಹೊಂದಾಣಿಕೆಯನ್ನು ಹೀಗೆ ಉಳಿಸಿ…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Using your saved mapping ‘%s’.</source>
        <translation>ನೀವು ಉಳಿಸಿದ ‘%s’ ಹೊಂದಾಣಿಕೆಯನ್ನು ಬಳಸಲಾಗುತ್ತಿದೆ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns suggested from the file&apos;s headers: check each one before going on.</source>
        <translation>ಕಡತದ ಶೀರ್ಷಿಕೆಗಳಿಂದ ಸೂಚಿಸಿದ ಅಂಕಣಗಳು: ಮುಂದುವರಿಯುವ ಮೊದಲು ಪ್ರತಿಯೊಂದನ್ನೂ ಪರಿಶೀಲಿಸಿ.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Save this mapping</source>
        <translation>ಈ ಹೊಂದಾಣಿಕೆಯನ್ನು ಉಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, to find it again for files with these columns:</source>
        <translation>ಹೆಸರು (ಇದೇ ಅಂಕಣಗಳಿರುವ ಕಡತಗಳಿಗೆ ಮತ್ತೆ ಬಳಸಲು):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved as ‘%s’; offered again for files with these columns.</source>
        <translation>‘%s’ ಎಂದು ಉಳಿಸಲಾಗಿದೆ; ಇದೇ ಅಂಕಣಗಳಿರುವ ಕಡತಗಳಿಗೆ ಮತ್ತೆ ನೀಡಲಾಗುತ್ತದೆ.</translation>
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
        <translation>ಸಮಿತಿ</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>{body} was already dissolved on {dissolved_on}.</source>
        <translation>{body} ಅನ್ನು ಈಗಾಗಲೇ {dissolved_on} ರಂದು ವಿಸರ್ಜಿಸಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{body} was formed on {formed_on}; it cannot be dissolved before that ({day}).</source>
        <translation>{body} ಅನ್ನು {formed_on} ರಂದು ರಚಿಸಲಾಗಿದೆ; ಅದಕ್ಕಿಂತ ಮೊದಲು ({day}) ವಿಸರ್ಜಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{person}&apos;s membership of {body} starts on {start_date}, after {day}; correct or delete that membership before dissolving on that date.</source>
        <translation>{body} ನಲ್ಲಿ {person} ಅವರ ಸದಸ್ಯತ್ವ {start_date} ರಂದು, {day} ರ ನಂತರ ಆರಂಭವಾಗುತ್ತದೆ; ಆ ದಿನಾಂಕದಂದು ವಿಸರ್ಜಿಸುವ ಮೊದಲು ಆ ಸದಸ್ಯತ್ವವನ್ನು ಸರಿಪಡಿಸಿ ಅಥವಾ ಅಳಿಸಿ.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{body} has a meeting on {meeting_day} ({meeting}), after {day}; cancel it or dissolve the body after it.</source>
        <translation>{body} ಗೆ {day} ರ ನಂತರ, {meeting_day} ರಂದು ಸಭೆ ({meeting}) ಇದೆ; ಅದನ್ನು ರದ್ದುಮಾಡಿ ಅಥವಾ ಅದರ ನಂತರ ಸಮಿತಿಯನ್ನು ವಿಸರ್ಜಿಸಿ.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{body} has one meeting on record; dissolve it instead of deleting it.</source>
        <translation>{body} ನ ಒಂದು ಸಭೆ ದಾಖಲೆಯಲ್ಲಿದೆ; ಅಳಿಸುವ ಬದಲು ಅದನ್ನು ವಿಸರ್ಜಿಸಿ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{body} has {count} meetings on record; dissolve it instead of deleting it.</source>
        <translation>{body} ನ {count} ಸಭೆಗಳು ದಾಖಲೆಯಲ್ಲಿವೆ; ಅಳಿಸುವ ಬದಲು ಅದನ್ನು ವಿಸರ್ಜಿಸಿ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One action item is followed up by {body}; dissolve it instead of deleting it.</source>
        <translation>ಒಂದು ಕ್ರಮ ಅಂಶವನ್ನು {body} ಅನುಸರಿಸುತ್ತಿದೆ; ಅಳಿಸುವ ಬದಲು ಅದನ್ನು ವಿಸರ್ಜಿಸಿ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} action items are followed up by {body}; dissolve it instead of deleting it.</source>
        <translation>{count} ಕ್ರಮ ಅಂಶಗಳನ್ನು {body} ಅನುಸರಿಸುತ್ತಿದೆ; ಅಳಿಸುವ ಬದಲು ಅದನ್ನು ವಿಸರ್ಜಿಸಿ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/committees/body_checks.py" line="+30"/>
        <source>Choose the level of the body: district, block, cluster or school.</source>
        <translation>ಸಮಿತಿಯ ಹಂತವನ್ನು ಆಯ್ಕೆಮಾಡಿ: ಜಿಲ್ಲೆ, ಬ್ಲಾಕ್, ಕ್ಲಸ್ಟರ್ ಅಥವಾ ಶಾಲೆ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the {what} the body belongs to.</source>
        <translation>ಸಮಿತಿ ಸೇರಿರುವ {what} ಅನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The chosen {what} no longer exists; choose again.</source>
        <translation>ಆಯ್ಕೆಮಾಡಿದ {what} ಈಗ ಅಸ್ತಿತ್ವದಲ್ಲಿಲ್ಲ; ಮತ್ತೆ ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{unit} already has a body named {body} (dissolved on {day}); give this one a name that tells them apart, e.g. with the year.</source>
        <translation>{unit} ನಲ್ಲಿ ಈಗಾಗಲೇ {body} ಎಂಬ ಸಮಿತಿ ಇದೆ ({day} ರಂದು ವಿಸರ್ಜಿತ); ಇವೆರಡನ್ನು ಪ್ರತ್ಯೇಕಿಸುವ ಹೆಸರನ್ನು ಇದಕ್ಕೆ ನೀಡಿ, ಉದಾ: ವರ್ಷದೊಂದಿಗೆ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{unit} already has a body named {body}; give this one a name that tells them apart, e.g. with the year.</source>
        <translation>{unit} ನಲ್ಲಿ ಈಗಾಗಲೇ {body} ಎಂಬ ಸಮಿತಿ ಇದೆ; ಇವೆರಡನ್ನು ಪ್ರತ್ಯೇಕಿಸುವ ಹೆಸರನ್ನು ಇದಕ್ಕೆ ನೀಡಿ, ಉದಾ: ವರ್ಷದೊಂದಿಗೆ.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{person}&apos;s membership starts on {day}; the body cannot be formed after its first member joined.</source>
        <translation>{person} ಅವರ ಸದಸ್ಯತ್ವ {day} ರಂದು ಆರಂಭವಾಗುತ್ತದೆ; ಮೊದಲ ಸದಸ್ಯರು ಸೇರಿದ ನಂತರ ಸಮಿತಿಯನ್ನು ರಚಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The body met on {day}; it cannot be formed after its first meeting.</source>
        <translation>ಸಮಿತಿ {day} ರಂದು ಸಭೆ ಸೇರಿದೆ; ಅದರ ಮೊದಲ ಸಭೆಯ ನಂತರ ಅದನ್ನು ರಚಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The body was dissolved on {day}; it must have been formed by then.</source>
        <translation>ಸಮಿತಿಯನ್ನು {day} ರಂದು ವಿಸರ್ಜಿಸಲಾಗಿದೆ; ಅದು ಅಷ್ಟರೊಳಗೆ ರಚಿತವಾಗಿರಬೇಕು.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{body} has one meeting recorded at its present level and unit; they cannot change now. Dissolve it and form a new body instead.</source>
        <translation>{body} ನ ಒಂದು ಸಭೆ ಅದರ ಪ್ರಸ್ತುತ ಹಂತ ಮತ್ತು ಘಟಕದಲ್ಲಿ ದಾಖಲಾಗಿದೆ; ಅವುಗಳನ್ನು ಈಗ ಬದಲಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ. ಬದಲಿಗೆ ಅದನ್ನು ವಿಸರ್ಜಿಸಿ ಹೊಸ ಸಮಿತಿಯನ್ನು ರಚಿಸಿ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{body} has {count} meetings recorded at its present level and unit; they cannot change now. Dissolve it and form a new body instead.</source>
        <translation>{body} ನ {count} ಸಭೆಗಳು ಅದರ ಪ್ರಸ್ತುತ ಹಂತ ಮತ್ತು ಘಟಕದಲ್ಲಿ ದಾಖಲಾಗಿವೆ; ಅವುಗಳನ್ನು ಈಗ ಬದಲಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ. ಬದಲಿಗೆ ಅದನ್ನು ವಿಸರ್ಜಿಸಿ ಹೊಸ ಸಮಿತಿಯನ್ನು ರಚಿಸಿ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local name</source>
        <translation>ಸ್ಥಳೀಯ ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of body</source>
        <translation>ಸಮಿತಿಯ ಬಗೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the kind of body.</source>
        <translation>ಸಮಿತಿಯ ಬಗೆಯನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe the kind of body (the kind is &apos;Other&apos;).</source>
        <translation>ಸಮಿತಿಯ ಬಗೆಯನ್ನು ವಿವರಿಸಿ (ಬಗೆ &apos;ಇತರೆ&apos;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the convening office.</source>
        <translation>ಸಂಚಾಲಕ ಕಚೇರಿಯನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/services/committees/membership_checks.py" line="+93"/>
        <source>The chosen office no longer exists; choose again.</source>
        <translation>ಆಯ್ಕೆಮಾಡಿದ ಕಚೇರಿ ಈಗ ಅಸ್ತಿತ್ವದಲ್ಲಿಲ್ಲ; ಮತ್ತೆ ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of formation is required.</source>
        <translation>ರಚಿಸಿದ ದಿನಾಂಕ ಕಡ್ಡಾಯ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting frequency must be one of: {values}.</source>
        <translation>ಸಭೆಗಳ ಆವರ್ತನ ಇವುಗಳಲ್ಲಿ ಒಂದಾಗಿರಬೇಕು: {values}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purpose</source>
        <translation>ಉದ್ದೇಶ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Constituting order</source>
        <translation>ರಚನಾ ಆದೇಶ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/committees/listing.py" line="+93"/>
        <location filename="../../desktop/services/committees/memberships.py" line="-180"/>
        <location line="+61"/>
        <location line="+15"/>
        <location line="+34"/>
        <source>Membership</source>
        <translation>ಸದಸ್ಯತ್ವ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/committees/membership_checks.py" line="-67"/>
        <source>from {start}</source>
        <translation>{start} ರಿಂದ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from {start} to {end}</source>
        <translation>{start} ರಿಂದ {end} ರವರೆಗೆ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the member.</source>
        <translation>ಸದಸ್ಯರನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chosen person no longer exists; choose again.</source>
        <translation>ಆಯ್ಕೆಮಾಡಿದ ವ್ಯಕ್ತಿ ಈಗ ಅಸ್ತಿತ್ವದಲ್ಲಿಲ್ಲ; ಮತ್ತೆ ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the role: {values}.</source>
        <translation>ಪಾತ್ರವನ್ನು ಆಯ್ಕೆಮಾಡಿ: {values}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start date is required.</source>
        <translation>ಆರಂಭ ದಿನಾಂಕ ಕಡ್ಡಾಯ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{body} was formed on {formed_on}; a membership cannot start before that ({start}).</source>
        <translation>{body} ಅನ್ನು {formed_on} ರಂದು ರಚಿಸಲಾಗಿದೆ; ಸದಸ್ಯತ್ವ ಅದಕ್ಕಿಂತ ಮೊದಲು ({start}) ಆರಂಭವಾಗುವಂತಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{body} was dissolved on {dissolved_on}; no one can join it after that.</source>
        <translation>{body} ಅನ್ನು {dissolved_on} ರಂದು ವಿಸರ್ಜಿಸಲಾಗಿದೆ; ಅದರ ನಂತರ ಯಾರೂ ಅದಕ್ಕೆ ಸೇರುವಂತಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The membership ends ({end}) before it starts ({start}).</source>
        <translation>ಸದಸ್ಯತ್ವ ಆರಂಭವಾಗುವ ({start}) ಮೊದಲೇ ಕೊನೆಗೊಳ್ಳುತ್ತದೆ ({end}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{body} was dissolved on {dissolved_on}; the membership must end by then.</source>
        <translation>{body} ಅನ್ನು {dissolved_on} ರಂದು ವಿಸರ್ಜಿಸಲಾಗಿದೆ; ಸದಸ್ಯತ್ವ ಅಷ್ಟರೊಳಗೆ ಕೊನೆಗೊಳ್ಳಬೇಕು.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A member represents one office or one organisation, not both.</source>
        <translation>ಸದಸ್ಯರು ಒಂದು ಕಚೇರಿಯನ್ನು ಅಥವಾ ಒಂದು ಸಂಸ್ಥೆಯನ್ನು ಪ್ರತಿನಿಧಿಸುತ್ತಾರೆ, ಎರಡನ್ನೂ ಅಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chosen organisation no longer exists; choose again.</source>
        <translation>ಆಯ್ಕೆಮಾಡಿದ ಸಂಸ್ಥೆ ಈಗ ಅಸ್ತಿತ್ವದಲ್ಲಿಲ್ಲ; ಮತ್ತೆ ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{person} is already on {body} as {role} {period}; a person holds one seat on a body at a time. End or correct that membership first.</source>
        <translation>{person} ಈಗಾಗಲೇ {body} ನಲ್ಲಿ {role} ಆಗಿದ್ದಾರೆ {period}; ಒಬ್ಬ ವ್ಯಕ್ತಿ ಒಂದು ಸಮಯದಲ್ಲಿ ಸಮಿತಿಯಲ್ಲಿ ಒಂದೇ ಸ್ಥಾನ ಹೊಂದಿರುತ್ತಾರೆ. ಮೊದಲು ಆ ಸದಸ್ಯತ್ವವನ್ನು ಕೊನೆಗೊಳಿಸಿ ಅಥವಾ ಸರಿಪಡಿಸಿ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{person} is already the {role} of {body} {period}; end that membership first, or replace that member.</source>
        <translation>{person} ಈಗಾಗಲೇ {body} ನ {role} ಆಗಿದ್ದಾರೆ {period}; ಮೊದಲು ಆ ಸದಸ್ಯತ್ವವನ್ನು ಕೊನೆಗೊಳಿಸಿ, ಅಥವಾ ಆ ಸದಸ್ಯರಿಗೆ ಬದಲಿ ನೇಮಿಸಿ.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Attendance at the meeting of {day} was recorded on this membership; its term must include that date.</source>
        <translation>{day} ರ ಸಭೆಯ ಹಾಜರಾತಿಯನ್ನು ಈ ಸದಸ್ಯತ್ವದಲ್ಲಿ ದಾಖಲಿಸಲಾಗಿದೆ; ಅದರ ಅವಧಿ ಆ ದಿನಾಂಕವನ್ನು ಒಳಗೊಂಡಿರಬೇಕು.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/committees/memberships.py" line="-104"/>
        <source>Attendance has been recorded on this membership, so its member cannot be changed; end it and add the other person instead.</source>
        <translation>ಈ ಸದಸ್ಯತ್ವದಲ್ಲಿ ಹಾಜರಾತಿ ದಾಖಲಾಗಿದೆ, ಆದ್ದರಿಂದ ಅದರ ಸದಸ್ಯರನ್ನು ಬದಲಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ; ಅದನ್ನು ಕೊನೆಗೊಳಿಸಿ ಇನ್ನೊಬ್ಬ ವ್ಯಕ್ತಿಯನ್ನು ಸೇರಿಸಿ.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{person}&apos;s membership already ended on {end_date}; correct its dates with Edit if that is wrong.</source>
        <translation>{person} ಅವರ ಸದಸ್ಯತ್ವ ಈಗಾಗಲೇ {end_date} ರಂದು ಕೊನೆಗೊಂಡಿದೆ; ಅದು ತಪ್ಪಾಗಿದ್ದರೆ &apos;ಸಂಪಾದಿಸಿ&apos; ಮೂಲಕ ದಿನಾಂಕಗಳನ್ನು ಸರಿಪಡಿಸಿ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{person}&apos;s membership started on {start_date}; it cannot end before that ({end_date}).</source>
        <translation>{person} ಅವರ ಸದಸ್ಯತ್ವ {start_date} ರಂದು ಆರಂಭವಾಗಿದೆ; ಅದಕ್ಕಿಂತ ಮೊದಲು ({end_date}) ಕೊನೆಗೊಳ್ಳುವಂತಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Give the reason the membership ends (e.g. transferred).</source>
        <translation>ಸದಸ್ಯತ್ವ ಕೊನೆಗೊಳ್ಳಲು ಕಾರಣ ನೀಡಿ (ಉದಾ: ವರ್ಗಾವಣೆ).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reason is {count} characters long; at most 300 fit.</source>
        <translation>ಕಾರಣ {count} ಅಕ್ಷರಗಳಷ್ಟು ಉದ್ದವಿದೆ; ಗರಿಷ್ಠ 300 ಅಕ್ಷರಗಳು ಮಾತ್ರ.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Give the date the new member takes the seat.</source>
        <translation>ಹೊಸ ಸದಸ್ಯರು ಸ್ಥಾನ ವಹಿಸಿಕೊಳ್ಳುವ ದಿನಾಂಕ ನೀಡಿ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{person} took the seat on {start_date}; the replacement must start after that.</source>
        <translation>{person} {start_date} ರಂದು ಸ್ಥಾನ ವಹಿಸಿಕೊಂಡಿದ್ದಾರೆ; ಬದಲಿ ಸದಸ್ಯತ್ವ ಅದರ ನಂತರ ಆರಂಭವಾಗಬೇಕು.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{person}&apos;s membership already ended on {end_date}; add the new member instead of replacing.</source>
        <translation>{person} ಅವರ ಸದಸ್ಯತ್ವ ಈಗಾಗಲೇ {end_date} ರಂದು ಕೊನೆಗೊಂಡಿದೆ; ಬದಲಿ ನೇಮಿಸುವ ಬದಲು ಹೊಸ ಸದಸ್ಯರನ್ನು ಸೇರಿಸಿ.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Attendance at one meeting was recorded on {person}&apos;s membership; end the membership instead of deleting it.</source>
        <translation>{person} ಅವರ ಸದಸ್ಯತ್ವದಲ್ಲಿ ಒಂದು ಸಭೆಯ ಹಾಜರಾತಿ ದಾಖಲಾಗಿದೆ; ಅಳಿಸುವ ಬದಲು ಸದಸ್ಯತ್ವ ಕೊನೆಗೊಳಿಸಿ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attendance at {count} meetings was recorded on {person}&apos;s membership; end the membership instead of deleting it.</source>
        <translation>{person} ಅವರ ಸದಸ್ಯತ್ವದಲ್ಲಿ {count} ಸಭೆಗಳ ಹಾಜರಾತಿ ದಾಖಲಾಗಿದೆ; ಅಳಿಸುವ ಬದಲು ಸದಸ್ಯತ್ವ ಕೊನೆಗೊಳಿಸಿ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/committees/printing.py" line="-221"/>
        <source>{body} was formed on {formed_on}; there is no order for {day}, before that.</source>
        <translation>{body} ಅನ್ನು {formed_on} ರಂದು ರಚಿಸಲಾಗಿದೆ; ಅದಕ್ಕಿಂತ ಮೊದಲಿನ {day} ಕ್ಕೆ ಆದೇಶ ಇಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{body} was formed on {formed_on}; there is no contact sheet for {day}, before that.</source>
        <translation>{body} ಅನ್ನು {formed_on} ರಂದು ರಚಿಸಲಾಗಿದೆ; ಅದಕ್ಕಿಂತ ಮೊದಲಿನ {day} ಕ್ಕೆ ಸಂಪರ್ಕ ಪಟ್ಟಿ ಇಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{body} was dissolved on {dissolved_on}; there is no order for {day}, after that.</source>
        <translation>{body} ಅನ್ನು {dissolved_on} ರಂದು ವಿಸರ್ಜಿಸಲಾಗಿದೆ; ಅದರ ನಂತರದ {day} ಕ್ಕೆ ಆದೇಶ ಇಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{body} was dissolved on {dissolved_on}; there is no contact sheet for {day}, after that.</source>
        <translation>{body} ಅನ್ನು {dissolved_on} ರಂದು ವಿಸರ್ಜಿಸಲಾಗಿದೆ; ಅದರ ನಂತರದ {day} ಕ್ಕೆ ಸಂಪರ್ಕ ಪಟ್ಟಿ ಇಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>The order constituting a body is written in English only.</source>
        <translation>ಸಮಿತಿಯ ರಚನಾ ಆದೇಶವನ್ನು ಇಂಗ್ಲಿಷ್‌ನಲ್ಲಿ ಮಾತ್ರ ಬರೆಯಲಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{body} was dissolved on {dissolved_on}; no order constituting it can be issued now.</source>
        <translation>{body} ಅನ್ನು {dissolved_on} ರಂದು ವಿಸರ್ಜಿಸಲಾಗಿದೆ; ಈಗ ಅದರ ರಚನಾ ಆದೇಶವನ್ನು ಹೊರಡಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{body} has no members on {day}; add its members before preparing the order.</source>
        <translation>{day} ರಂದು {body} ನಲ್ಲಿ ಸದಸ್ಯರಿಲ್ಲ; ಆದೇಶ ಸಿದ್ಧಪಡಿಸುವ ಮೊದಲು ಅದರ ಸದಸ್ಯರನ್ನು ಸೇರಿಸಿ.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Order No. {number} was cancelled; it cannot be recorded as constituting {body}.</source>
        <translation>ಆದೇಶ ಸಂಖ್ಯೆ {number} ರದ್ದಾಗಿದೆ; ಅದನ್ನು {body} ನ ರಚನಾ ಆದೇಶವಾಗಿ ದಾಖಲಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/committees/usage.py" line="+66"/>
        <source>{names} and {count} more</source>
        <translation>{names} ಮತ್ತು ಇನ್ನೂ {count}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} {uses}; it stays on record while they do.</source>
        <translation>{name} {uses}; ಅವು ಇರುವವರೆಗೆ ಇದು ದಾಖಲೆಯಲ್ಲಿ ಉಳಿಯುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is a member of {count} body ({names})</source>
        <translation>{count} ಸಮಿತಿಯ ಸದಸ್ಯರಾಗಿದ್ದಾರೆ ({names})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a member of {count} bodies ({names})</source>
        <translation>{count} ಸಮಿತಿಗಳ ಸದಸ್ಯರಾಗಿದ್ದಾರೆ ({names})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is the chair of {count} meeting ({names})</source>
        <translation>{count} ಸಭೆಯ ಅಧ್ಯಕ್ಷರಾಗಿದ್ದಾರೆ ({names})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is the chair of {count} meetings ({names})</source>
        <translation>{count} ಸಭೆಗಳ ಅಧ್ಯಕ್ಷರಾಗಿದ್ದಾರೆ ({names})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is in the attendance of {count} meeting ({names})</source>
        <translation>{count} ಸಭೆಯ ಹಾಜರಾತಿಯಲ್ಲಿದ್ದಾರೆ ({names})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is in the attendance of {count} meetings ({names})</source>
        <translation>{count} ಸಭೆಗಳ ಹಾಜರಾತಿಯಲ್ಲಿದ್ದಾರೆ ({names})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>presents agenda items at {count} meeting ({names})</source>
        <translation>{count} ಸಭೆಯಲ್ಲಿ ಕಾರ್ಯಸೂಚಿ ವಿಷಯಗಳನ್ನು ಮಂಡಿಸುತ್ತಾರೆ ({names})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>presents agenda items at {count} meetings ({names})</source>
        <translation>{count} ಸಭೆಗಳಲ್ಲಿ ಕಾರ್ಯಸೂಚಿ ವಿಷಯಗಳನ್ನು ಮಂಡಿಸುತ್ತಾರೆ ({names})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>owns {count} action item ({names})</source>
        <translation>{count} ಕ್ರಮ ಅಂಶದ ಜವಾಬ್ದಾರರಾಗಿದ್ದಾರೆ ({names})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owns {count} action items ({names})</source>
        <translation>{count} ಕ್ರಮ ಅಂಶಗಳ ಜವಾಬ್ದಾರರಾಗಿದ್ದಾರೆ ({names})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>convenes {count} body ({names})</source>
        <translation>{count} ಸಮಿತಿಯ ಸಂಚಾಲಕ ಕಚೇರಿಯಾಗಿದೆ ({names})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>convenes {count} bodies ({names})</source>
        <translation>{count} ಸಮಿತಿಗಳ ಸಂಚಾಲಕ ಕಚೇರಿಯಾಗಿದೆ ({names})</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+22"/>
        <source>is represented on {count} body ({names})</source>
        <translation>{count} ಸಮಿತಿಯಲ್ಲಿ ಪ್ರತಿನಿಧಿಸಲ್ಪಟ್ಟಿದೆ ({names})</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+22"/>
        <source>is represented on {count} bodies ({names})</source>
        <translation>{count} ಸಮಿತಿಗಳಲ್ಲಿ ಪ್ರತಿನಿಧಿಸಲ್ಪಟ್ಟಿದೆ ({names})</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>convenes {count} meeting ({names})</source>
        <translation>{count} ಸಭೆಯನ್ನು ಕರೆದಿದೆ ({names})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>convenes {count} meetings ({names})</source>
        <translation>{count} ಸಭೆಗಳನ್ನು ಕರೆದಿದೆ ({names})</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>has {count} body ({names})</source>
        <translation>{count} ಸಮಿತಿಯನ್ನು ಹೊಂದಿದೆ ({names})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has {count} bodies ({names})</source>
        <translation>{count} ಸಮಿತಿಗಳನ್ನು ಹೊಂದಿದೆ ({names})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>has {count} meeting ({names})</source>
        <translation>{count} ಸಭೆಯನ್ನು ಹೊಂದಿದೆ ({names})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has {count} meetings ({names})</source>
        <translation>{count} ಸಭೆಗಳನ್ನು ಹೊಂದಿದೆ ({names})</translation>
    </message>
    <message>
        <location filename="../../desktop/services/committees/vocabulary.py" line="+11"/>
        <source>District Task Force</source>
        <translation>ಜಿಲ್ಲಾ ಕಾರ್ಯಪಡೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District Steering Committee</source>
        <translation>ಜಿಲ್ಲಾ ಚಾಲನಾ ಸಮಿತಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District Resource Group</source>
        <translation>ಜಿಲ್ಲಾ ಸಂಪನ್ಮೂಲ ತಂಡ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District Project Management Unit</source>
        <translation>ಜಿಲ್ಲಾ ಯೋಜನಾ ನಿರ್ವಹಣಾ ಘಟಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Core committee (department and NGOs)</source>
        <translation>ಪ್ರಮುಖ ಸಮಿತಿ (ಇಲಾಖೆ ಮತ್ತು ಸ್ವಯಂಸೇವಾ ಸಂಸ್ಥೆಗಳು)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block review group</source>
        <translation>ಬ್ಲಾಕ್ ಪರಿಶೀಲನಾ ತಂಡ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster review group</source>
        <translation>ಕ್ಲಸ್ಟರ್ ಪರಿಶೀಲನಾ ತಂಡ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School committee (SDMC)</source>
        <translation>ಶಾಲಾ ಸಮಿತಿ (SDMC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other (described)</source>
        <translation>ಇತರೆ (ವಿವರಿಸಿದ)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/baseline/analysis.py" line="-111"/>
        <location filename="../../desktop/services/committees/vocabulary.py" line="+4"/>
        <source>District</source>
        <translation>ಜಿಲ್ಲೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/services/committees/vocabulary.py" line="+1"/>
        <source>Block</source>
        <translation>ಬ್ಲಾಕ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/services/committees/vocabulary.py" line="+1"/>
        <source>Cluster</source>
        <translation>ಕ್ಲಸ್ಟರ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/services/committees/vocabulary.py" line="+1"/>
        <source>School</source>
        <translation>ಶಾಲೆ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/committees/vocabulary.py" line="+6"/>
        <source>Chair</source>
        <translation>ಅಧ್ಯಕ್ಷರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convenor</source>
        <translation>ಸಂಚಾಲಕರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member secretary</source>
        <translation>ಸದಸ್ಯ ಕಾರ್ಯದರ್ಶಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>ಸದಸ್ಯರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special invitee</source>
        <translation>ವಿಶೇಷ ಆಹ್ವಾನಿತರು</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Monthly review (2-4-6-8 cadence)</source>
        <translation>ಮಾಸಿಕ ಪರಿಶೀಲನೆ (2-4-6-8 ಕ್ರಮ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>ಮಾಸಿಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarterly</source>
        <translation>ತ್ರೈಮಾಸಿಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half-yearly</source>
        <translation>ಅರ್ಧವಾರ್ಷಿಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As needed</source>
        <translation>ಅಗತ್ಯವಿದ್ದಾಗ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings/attendance.py" line="-290"/>
        <source>Guest</source>
        <translation>ಆಹ್ವಾನಿತರು</translation>
    </message>
    <message>
        <location filename="../../desktop/services/committees/units.py" line="+64"/>
        <source>{name} district</source>
        <translation>{name} ಜಿಲ್ಲೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} block</source>
        <translation>{name} ಬ್ಲಾಕ್</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} cluster ({block} block)</source>
        <translation>{name} ಕ್ಲಸ್ಟರ್ ({block} ಬ್ಲಾಕ್)</translation>
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
        <translation>ಸಂಪರ್ಕ ಪಟ್ಟಿಯನ್ನು ಉಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ಕಡತಗಳು (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact sheet</source>
        <translation>ಸಂಪರ್ಕ ಪಟ್ಟಿ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preparing the contact sheet</source>
        <translation>ಸಂಪರ್ಕ ಪಟ್ಟಿ ಸಿದ್ಧಪಡಿಸಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %s</source>
        <translation>ಉಳಿಸಲಾಗಿದೆ: %s</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+12"/>
        <source>Constitution order</source>
        <translation>ರಚನಾ ಆದೇಶ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/committees_page.py" line="+56"/>
        <source>Search by name, kind, unit or office</source>
        <translation>ಹೆಸರು, ಬಗೆ, ಘಟಕ ಅಥವಾ ಕಚೇರಿಯ ಮೂಲಕ ಹುಡುಕಿ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any level</source>
        <translation>ಎಲ್ಲಾ ಹಂತಗಳು</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>any kind</source>
        <translation>ಎಲ್ಲಾ ಬಗೆಗಳು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show dissolved</source>
        <translation>ವಿಸರ್ಜಿತವನ್ನೂ ತೋರಿಸಿ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New body…</source>
        <translation>ಹೊಸ ಸಮಿತಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>ಸಂಪಾದಿಸಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dissolve…</source>
        <translation>ವಿಸರ್ಜಿಸಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>ಅಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact sheet…</source>
        <translation>ಸಂಪರ್ಕ ಪಟ್ಟಿ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Constitution order…</source>
        <translation>ರಚನಾ ಆದೇಶ…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>ಬಗೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>ಹಂತ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit</source>
        <translation>ಘಟಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convening office</source>
        <translation>ಸಂಚಾಲಕ ಕಚೇರಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair today</source>
        <translation>ಇಂದಿನ ಅಧ್ಯಕ್ಷರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members today</source>
        <translation>ಇಂದಿನ ಸದಸ್ಯರು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meets</source>
        <translation>ಸಭೆಗಳ ಆವರ್ತನ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Formed</source>
        <translation>ರಚನೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dissolved</source>
        <translation>ವಿಸರ್ಜನೆ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Committees and task forces</source>
        <translation>ಸಮಿತಿಗಳು ಮತ್ತು ಕಾರ್ಯಪಡೆಗಳು</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%(shown)s of %(total)s</source>
        <translation>%(total)s ರಲ್ಲಿ %(shown)s</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+12"/>
        <source>Delete body</source>
        <translation>ಸಮಿತಿಯನ್ನು ಅಳಿಸಿ</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Delete %s and its memberships? Only a body entered by mistake is deleted; one that has met is dissolved instead. This cannot be undone.</source>
        <translation>%s ಮತ್ತು ಅದರ ಸದಸ್ಯತ್ವಗಳನ್ನು ಅಳಿಸಬೇಕೇ? ತಪ್ಪಾಗಿ ನಮೂದಿಸಿದ ಸಮಿತಿಯನ್ನು ಮಾತ್ರ ಅಳಿಸಲಾಗುತ್ತದೆ; ಸಭೆ ನಡೆಸಿರುವ ಸಮಿತಿಯನ್ನು ವಿಸರ್ಜಿಸಬೇಕು. ಇದನ್ನು ಹಿಂಪಡೆಯಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../../desktop/ui/dialogs/package_import_conflicts.py" line="+49"/>
        <source>Take</source>
        <translation>ತೆಗೆದುಕೊಳ್ಳಿ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record</source>
        <translation>ದಾಖಲೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The office has</source>
        <translation>ಕಚೇರಿಯಲ್ಲಿರುವುದು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed in the office</source>
        <translation>ಕಚೇರಿಯಲ್ಲಿ ಬದಲಾದದ್ದು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%(date)s by %(who)s</source>
        <translation>%(date)s, %(who)s ಅವರಿಂದ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The package has</source>
        <translation>ಪ್ಯಾಕೇಜ್‌ನಲ್ಲಿರುವುದು</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ticked: the package&apos;s value replaces the office&apos;s. Unticked: the office&apos;s value stays.</source>
        <translation>ಗುರುತಿಸಿದರೆ: ಪ್ಯಾಕೇಜಿನ ಮೌಲ್ಯ ಕಚೇರಿಯ ಮೌಲ್ಯವನ್ನು ಬದಲಿಸುತ್ತದೆ. ಗುರುತಿಸದಿದ್ದರೆ: ಕಚೇರಿಯ ಮೌಲ್ಯ ಉಳಿಯುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ticked: the package&apos;s value replaces the office&apos;s. Unticked: the office&apos;s stays.</source>
        <translation>ಗುರುತಿಸಿದರೆ: ಪ್ಯಾಕೇಜಿನ ಮೌಲ್ಯ ಕಚೇರಿಯದನ್ನು ಬದಲಿಸುತ್ತದೆ. ಗುರುತಿಸದಿದ್ದರೆ: ಕಚೇರಿಯದು ಉಳಿಯುತ್ತದೆ.</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location line="+40"/>
        <source>Conflicts with the office&apos;s newer data</source>
        <translation>ಕಚೇರಿಯ ಹೊಸ ದತ್ತಾಂಶದೊಂದಿಗೆ ಸಂಘರ್ಷಗಳು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The office changed these records after the package was made. Unticked rows keep the office&apos;s value; tick a row to take the package&apos;s value instead.</source>
        <translation>ಪ್ಯಾಕೇಜ್ ಸಿದ್ಧವಾದ ನಂತರ ಕಚೇರಿ ಈ ದಾಖಲೆಗಳನ್ನು ಬದಲಿಸಿದೆ. ಗುರುತಿಸದ ಸಾಲುಗಳಲ್ಲಿ ಕಚೇರಿಯ ಮೌಲ್ಯ ಉಳಿಯುತ್ತದೆ; ಬದಲಿಗೆ ಪ್ಯಾಕೇಜಿನ ಮೌಲ್ಯ ತೆಗೆದುಕೊಳ್ಳಲು ಸಾಲನ್ನು ಗುರುತಿಸಿ.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Conflicting rows</source>
        <translation>ಸಂಘರ್ಷವಿರುವ ಸಾಲುಗಳು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by student, school, subject or value</source>
        <translation>ವಿದ್ಯಾರ್ಥಿ, ಶಾಲೆ, ವಿಷಯ ಅಥವಾ ಮೌಲ್ಯದ ಮೂಲಕ ಹುಡುಕಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search:</source>
        <translation>ಹುಡುಕಿ(&amp;S):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep all office values</source>
        <translation>ಕಚೇರಿಯ ಎಲ್ಲಾ ಮೌಲ್ಯಗಳನ್ನು ಉಳಿಸಿಕೊಳ್ಳಿ(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take all from package</source>
        <translation>ಎಲ್ಲವನ್ನೂ ಪ್ಯಾಕೇಜಿನಿಂದ ತೆಗೆದುಕೊಳ್ಳಿ(&amp;T)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%(shown)s of %(total)s</source>
        <translation>%(total)s ರಲ್ಲಿ %(shown)s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a row to read it in full.</source>
        <translation>ಪೂರ್ಣವಾಗಿ ಓದಲು ಒಂದು ಸಾಲನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The office&apos;s value kept: %(kept)s. The package&apos;s value taken: %(taken)s.</source>
        <translation>ಉಳಿಸಿಕೊಂಡ ಕಚೇರಿ ಮೌಲ್ಯಗಳು: %(kept)s. ತೆಗೆದುಕೊಂಡ ಪ್ಯಾಕೇಜ್ ಮೌಲ್ಯಗಳು: %(taken)s.</translation>
    </message>
</context>
<context>
    <name>ContentsPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/export_contents_page.py" line="+36"/>
        <source>What will be included</source>
        <translation>ಏನೆಲ್ಲಾ ಸೇರಿರುತ್ತದೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untick what the partner does not need. Nothing outside the MoU&apos;s terms can be added.</source>
        <translation>ಪಾಲುದಾರ ಸಂಸ್ಥೆಗೆ ಅಗತ್ಯವಿಲ್ಲದ್ದರ ಗುರುತು ತೆಗೆಯಿರಿ. MoU ನ ಷರತ್ತುಗಳ ಹೊರಗಿನ ಯಾವುದನ್ನೂ ಸೇರಿಸಲಾಗುವುದಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category and its fields</source>
        <translation>ವರ್ಗ ಮತ್ತು ಅದರ ಕ್ಷೇತ್ರಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>ಅಂಕಣ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation>ದಾಖಲೆಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep until</source>
        <translation>ಇಟ್ಟುಕೊಳ್ಳುವ ಗಡುವು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>ಉದ್ದೇಶ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Categories and fields</source>
        <translation>ವರ್ಗಗಳು ಮತ್ತು ಕ್ಷೇತ್ರಗಳು</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Assessment rounds</source>
        <translation>ಮೌಲ್ಯಮಾಪನ ಸುತ್ತುಗಳು</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The package</source>
        <translation>ಪ್ಯಾಕೇಜ್</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>left out</source>
        <translation>ಬಿಡಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No assessment round has data about the schools this MoU covers.</source>
        <translation>ಈ MoU ವ್ಯಾಪ್ತಿಯ ಶಾಲೆಗಳ ಕುರಿತು ಯಾವುದೇ ಮೌಲ್ಯಮಾಪನ ಸುತ್ತಿನಲ್ಲಿ ದತ್ತಾಂಶವಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only indicators and results are about rounds.</source>
        <translation>ಸೂಚಕಗಳು ಮತ್ತು ಫಲಿತಾಂಶಗಳು ಮಾತ್ರ ಸುತ್ತುಗಳಿಗೆ ಸಂಬಂಧಿಸಿವೆ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicators and results of the ticked rounds.</source>
        <translation>ಗುರುತಿಸಿದ ಸುತ್ತುಗಳ ಸೂಚಕಗಳು ಮತ್ತು ಫಲಿತಾಂಶಗಳು.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>For: %s</source>
        <translation>ಯಾರಿಗೆ: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About %s schools the MoU covers today.</source>
        <translation>ಇಂದು MoU ವ್ಯಾಪ್ತಿಯಲ್ಲಿರುವ %s ಶಾಲೆಗಳ ಕುರಿತು.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep until %s: the earliest date of the chosen categories; the partner deletes the whole package then.</source>
        <translation>%s ರವರೆಗೆ ಇಟ್ಟುಕೊಳ್ಳಬಹುದು: ಆಯ್ಕೆಮಾಡಿದ ವರ್ಗಗಳಲ್ಲಿ ಅತಿ ಮುಂಚಿನ ದಿನಾಂಕ; ಆಗ ಪಾಲುದಾರ ಸಂಸ್ಥೆ ಇಡೀ ಪ್ಯಾಕೇಜನ್ನು ಅಳಿಸಬೇಕು.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Never included: children&apos;s names and the office&apos;s own student ids (student results carry a pseudonym used only under this MoU).</source>
        <translation>ಎಂದಿಗೂ ಸೇರಿಸಲಾಗುವುದಿಲ್ಲ: ಮಕ್ಕಳ ಹೆಸರುಗಳು ಮತ್ತು ಕಚೇರಿಯ ಸ್ವಂತ ವಿದ್ಯಾರ್ಥಿ ಐಡಿಗಳು (ವಿದ್ಯಾರ್ಥಿಗಳ ಫಲಿತಾಂಶಗಳಲ್ಲಿ ಈ MoU ಗೆ ಮಾತ್ರ ಬಳಸುವ ಗುಪ್ತನಾಮ ಇರುತ್ತದೆ).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Officials&apos; names, phone numbers and email addresses: the MoU&apos;s terms do not allow them.</source>
        <translation>ಅಧಿಕಾರಿಗಳ ಹೆಸರುಗಳು, ದೂರವಾಣಿ ಸಂಖ್ಯೆಗಳು ಮತ್ತು ಇ-ಮೇಲ್ ವಿಳಾಸಗಳು: MoU ನ ಷರತ್ತುಗಳು ಅನುಮತಿಸುವುದಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Officials&apos; names, phone numbers and email addresses: left out.</source>
        <translation>ಅಧಿಕಾರಿಗಳ ಹೆಸರುಗಳು, ದೂರವಾಣಿ ಸಂಖ್ಯೆಗಳು ಮತ್ತು ಇ-ಮೇಲ್ ವಿಳಾಸಗಳು: ಬಿಡಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the aggregated results, groups of fewer than %d students are suppressed.</source>
        <translation>ಒಟ್ಟುಗೂಡಿಸಿದ ಫಲಿತಾಂಶಗಳಲ್ಲಿ %d ಕ್ಕಿಂತ ಕಡಿಮೆ ವಿದ್ಯಾರ್ಥಿಗಳಿರುವ ಗುಂಪುಗಳನ್ನು ತೋರಿಸಲಾಗುವುದಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not allowed by the terms: %s.</source>
        <translation>ಷರತ್ತುಗಳು ಅನುಮತಿಸುವುದಿಲ್ಲ: %s.</translation>
    </message>
</context>
<context>
    <name>CopyHolidaysDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/holiday_dialogs.py" line="+83"/>
        <source>Copy the holidays of %s</source>
        <translation>%s ರ ರಜಾ ದಿನಗಳನ್ನು ನಕಲಿಸಿ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tick all</source>
        <translation>ಎಲ್ಲವನ್ನೂ ಗುರುತಿಸಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untick all</source>
        <translation>ಎಲ್ಲಾ ಗುರುತು ತೆಗೆಯಿರಿ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>From</source>
        <translation>ಯಾವ ಕಚೇರಿಯಿಂದ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>ಯಾವ ಕಚೇರಿಗಳಿಗೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates an office already has keep that office&apos;s own holiday.</source>
        <translation>ಕಚೇರಿಯಲ್ಲಿ ಈಗಾಗಲೇ ಇರುವ ದಿನಾಂಕಗಳಿಗೆ ಆ ಕಚೇರಿಯದೇ ರಜೆ ಉಳಿಯುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy</source>
        <translation>ನಕಲಿಸಿ</translation>
    </message>
</context>
<context>
    <name>CorrectMembershipDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/membership_dialogs.py" line="+24"/>
        <source>Correct the membership of %s</source>
        <translation>%s ಅವರ ಸದಸ್ಯತ್ವವನ್ನು ಸರಿಪಡಿಸಿ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use this to correct a mistake. A member who leaves is ended or replaced instead, to keep the history.</source>
        <translation>ತಪ್ಪನ್ನು ಸರಿಪಡಿಸಲು ಮಾತ್ರ ಇದನ್ನು ಬಳಸಿ. ಸಮಿತಿಯಿಂದ ಹೊರಹೋಗುವ ಸದಸ್ಯರ ಸದಸ್ಯತ್ವವನ್ನು ಕೊನೆಗೊಳಿಸಿ ಅಥವಾ ಬದಲಿ ಸದಸ್ಯರನ್ನು ನೇಮಿಸಿ; ಆಗ ಇತಿಹಾಸ ಉಳಿಯುತ್ತದೆ.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/meeting_minutes_tab.py" line="+258"/>
        <source>Record a correction to earlier approved minutes</source>
        <translation>ಹಿಂದಿನ ಅನುಮೋದಿತ ನಡಾವಳಿಗೆ ತಿದ್ದುಪಡಿ ದಾಖಲಿಸಿ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Minutes of</source>
        <translation>ಯಾವ ಸಭೆಯ ನಡಾವಳಿ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No earlier meeting of the body has approved minutes.</source>
        <translation>ಈ ಸಮಿತಿಯ ಯಾವುದೇ ಹಿಂದಿನ ಸಭೆಯ ನಡಾವಳಿ ಅನುಮೋದನೆಯಾಗಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the confirmation of the previous minutes)</source>
        <translation>(ಹಿಂದಿನ ಸಭೆಯ ನಡಾವಳಿಯ ದೃಢೀಕರಣ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recorded under</source>
        <translation>ಯಾವ ವಿಷಯದಡಿ ದಾಖಲಿಸಬೇಕು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction</source>
        <translation>ತಿದ್ದುಪಡಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>ದಾಖಲಿಸಿ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the meeting whose minutes are corrected.</source>
        <translation>ಯಾವ ಸಭೆಯ ನಡಾವಳಿಗೆ ತಿದ್ದುಪಡಿ ಎಂದು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
</context>
<context>
    <name>CoverageTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_tabs.py" line="+27"/>
        <source>Whole district: every block, cluster and school</source>
        <translation>ಇಡೀ ಜಿಲ್ಲೆ: ಎಲ್ಲಾ ಬ್ಲಾಕ್‌ಗಳು, ಕ್ಲಸ್ಟರ್‌ಗಳು ಮತ್ತು ಶಾಲೆಗಳು</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Otherwise tick whole blocks or some of their clusters, and add single schools by name or UDISE code.</source>
        <translation>ಇಲ್ಲದಿದ್ದರೆ ಸಂಪೂರ್ಣ ಬ್ಲಾಕ್‌ಗಳನ್ನು ಅಥವಾ ಅವುಗಳ ಕೆಲವು ಕ್ಲಸ್ಟರ್‌ಗಳನ್ನು ಗುರುತಿಸಿ, ಮತ್ತು ಪ್ರತ್ಯೇಕ ಶಾಲೆಗಳನ್ನು ಹೆಸರು ಅಥವಾ UDISE ಕೋಡ್ ಮೂಲಕ ಸೇರಿಸಿ.</translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/exchange_keys_tab.py" line="+51"/>
        <source>Create the office&apos;s signing key</source>
        <translation>ಕಚೇರಿಯ ಸಹಿ ಕೀಲಿಯನ್ನು ರಚಿಸಿ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Packages sent to partners are signed with this key, so that partners can tell they come from this office. Its fingerprint is printed on every hand-over receipt.</source>
        <translation>ಪಾಲುದಾರ ಸಂಸ್ಥೆಗಳಿಗೆ ಕಳುಹಿಸುವ ಪ್ಯಾಕೇಜುಗಳಿಗೆ ಈ ಕೀಲಿಯಿಂದ ಸಹಿ ಮಾಡಲಾಗುತ್ತದೆ; ಇದರಿಂದ ಅವು ಈ ಕಚೇರಿಯಿಂದಲೇ ಬಂದಿವೆ ಎಂದು ಪಾಲುದಾರರು ತಿಳಿಯಬಹುದು. ಇದರ ಬೆರಳಚ್ಚು ಪ್ರತಿಯೊಂದು ಹಸ್ತಾಂತರ ರಸೀದಿಯಲ್ಲೂ ಮುದ್ರಿತವಾಗಿರುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Label</source>
        <translation>ಗುರುತು ಹೆಸರು(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. DIET office PC</source>
        <translation>ಉದಾ: DIET ಕಚೇರಿ ಕಂಪ್ಯೂಟರ್</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase</source>
        <translation>ಗುಪ್ತ ವಾಕ್ಯ(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least %s characters; asked at every export</source>
        <translation>ಕನಿಷ್ಠ %s ಅಕ್ಷರಗಳು; ಪ್ರತಿ ರಫ್ತಿನಲ್ಲಿ ಕೇಳಲಾಗುತ್ತದೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Again</source>
        <translation>ಮತ್ತೊಮ್ಮೆ(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create key</source>
        <translation>ಕೀಲಿ ರಚಿಸಿ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>ಎರಡು ಗುಪ್ತ ವಾಕ್ಯಗಳು ಬೇರೆಬೇರೆಯಾಗಿವೆ; ಒಂದೇ ಗುಪ್ತ ವಾಕ್ಯವನ್ನು ಎರಡು ಬಾರಿ ಟೈಪ್ ಮಾಡಿ.</translation>
    </message>
</context>
<context>
    <name>CriterionRow</name>
    <message>
        <location filename="../../desktop/ui/pages/recognition_rubric_row.py" line="+50"/>
        <source>weight %(weight)s, %(share)s%% of the total</source>
        <translation>ಭಾರಾಂಕ %(weight)s, ಒಟ್ಟಿನ %(share)s%%</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Not scored yet</source>
        <translation>ಇನ್ನೂ ಅಂಕ ನೀಡಿಲ್ಲ</translation>
    </message>
</context>
<context>
    <name>CycleDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/cycle_dialog.py" line="+228"/>
        <source>New cycle of %s</source>
        <translation>%s: ಹೊಸ ಆವೃತ್ತಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit cycle %s</source>
        <translation>ಆವೃತ್ತಿ %s ಸಂಪಾದಿಸಿ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Name</source>
        <translation>ಹೆಸರು(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. %d-%02d</source>
        <translation>ಉದಾ: %d-%02d</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nominations &amp;open</source>
        <translation>ನಾಮನಿರ್ದೇಶನ ಆರಂಭ(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominations &amp;close</source>
        <translation>ನಾಮನಿರ್ದೇಶನ ಮುಕ್ತಾಯ(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review o&amp;pens</source>
        <translation>ಮೌಲ್ಯಮಾಪನ ಆರಂಭ(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review closes</source>
        <translation>ಮೌಲ್ಯಮಾಪನ ಮುಕ್ತಾಯ(&amp;R)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Event on</source>
        <translation>ಸಮಾರಂಭದ ದಿನಾಂಕ(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Venue</source>
        <translation>ಸ್ಥಳ(&amp;V)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Zilla Panchayat Hall</source>
        <translation>ಉದಾ: ಜಿಲ್ಲಾ ಪಂಚಾಯತ್ ಸಭಾಂಗಣ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue (re&amp;gional)</source>
        <translation>ಸ್ಥಳ (ಸ್ಥಳೀಯ ಭಾಷೆ)(&amp;G)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;laces</source>
        <translation>ಸ್ಥಾನಗಳು(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Issuing office</source>
        <translation>ಹೊರಡಿಸುವ ಕಚೇರಿ(&amp;I)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed &amp;by</source>
        <translation>ಸಹಿ ಮಾಡುವವರು(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>ಟಿಪ್ಪಣಿಗಳು</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reviewers</source>
        <translation>ಮೌಲ್ಯಮಾಪಕರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen once the cycle is saved: select it and click Edit… again.</source>
        <translation>ಆವೃತ್ತಿಯನ್ನು ಉಳಿಸಿದ ನಂತರ ಆಯ್ಕೆಮಾಡಬಹುದು: ಅದನ್ನು ಆಯ್ಕೆಮಾಡಿ ಮತ್ತೆ &apos;ಸಂಪಾದಿಸಿ…&apos; ಒತ್ತಿ.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“%s” is not in the list of people: choose the signatory from the list, or leave it empty.</source>
        <translation>“%s” ವ್ಯಕ್ತಿಗಳ ಪಟ್ಟಿಯಲ್ಲಿ ಇಲ್ಲ: ಸಹಿ ಮಾಡುವವರನ್ನು ಪಟ್ಟಿಯಿಂದ ಆಯ್ಕೆಮಾಡಿ, ಅಥವಾ ಖಾಲಿ ಬಿಡಿ.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/ui/pages/dashboard_page.py" line="+29"/>
        <location line="+24"/>
        <source>Schools</source>
        <translation>ಶಾಲೆಗಳು</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Blocks</source>
        <translation>ಬ್ಲಾಕ್‌ಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Clusters</source>
        <translation>ಕ್ಲಸ್ಟರ್‌ಗಳು</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Offices</source>
        <translation>ಕಚೇರಿಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner organisations</source>
        <translation>ಪಾಲುದಾರ ಸಂಸ್ಥೆಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>ವ್ಯಕ್ತಿಗಳು</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Block</source>
        <translation>ಬ್ಲಾಕ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block (regional)</source>
        <translation>ಬ್ಲಾಕ್ (ಸ್ಥಳೀಯ ಭಾಷೆ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Government</source>
        <translation>ಸರ್ಕಾರಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rural</source>
        <translation>ಗ್ರಾಮೀಣ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urban</source>
        <translation>ನಗರ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This database is empty. Start under &lt;b&gt;Blocks and clusters&lt;/b&gt;: add your district, its blocks and their clusters. Then add schools, offices, partner organisations and people.</source>
        <translation>ಈ ಡೇಟಾಬೇಸ್ ಖಾಲಿ ಇದೆ. &lt;b&gt;ಬ್ಲಾಕ್‌ಗಳು ಮತ್ತು ಕ್ಲಸ್ಟರ್‌ಗಳು&lt;/b&gt; ಪುಟದಿಂದ ಆರಂಭಿಸಿ: ನಿಮ್ಮ ಜಿಲ್ಲೆ, ಅದರ ಬ್ಲಾಕ್‌ಗಳು ಮತ್ತು ಅವುಗಳ ಕ್ಲಸ್ಟರ್‌ಗಳನ್ನು ಸೇರಿಸಿ. ನಂತರ ಶಾಲೆಗಳು, ಕಚೇರಿಗಳು, ಪಾಲುದಾರ ಸಂಸ್ಥೆಗಳು ಮತ್ತು ವ್ಯಕ್ತಿಗಳನ್ನು ಸೇರಿಸಿ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dashboard</source>
        <translation>ಮುಖಪುಟ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MoUs needing attention</source>
        <translation>ಗಮನ ಅಗತ್ಯವಿರುವ MoUಗಳು</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reviews this month (2-4-6-8)</source>
        <translation>ಈ ತಿಂಗಳ ಪರಿಶೀಲನಾ ಸಭೆಗಳು (2-4-6-8)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Schools per block</source>
        <translation>ಬ್ಲಾಕ್‌ವಾರು ಶಾಲೆಗಳು</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open action items: %(open)s, of which overdue: %(overdue)s (see the Action items page).</source>
        <translation>ಬಾಕಿ ಇರುವ ಕ್ರಮ ಅಂಶಗಳು: %(open)s, ಅವುಗಳಲ್ಲಿ ಗಡುವು ಮೀರಿದವು: %(overdue)s (&apos;ಕ್ರಮ ಅಂಶಗಳು&apos; ಪುಟ ನೋಡಿ).</translation>
    </message>
</context>
<context>
    <name>DataSharingTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_tabs.py" line="+51"/>
        <source>The partner may receive</source>
        <translation>ಪಾಲುದಾರ ಸಂಸ್ಥೆ ಪಡೆಯಬಹುದಾದುದು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For what purpose</source>
        <translation>ಯಾವ ಉದ್ದೇಶಕ್ಕಾಗಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it for</source>
        <translation>ಇಟ್ಟುಕೊಳ್ಳುವ ಅವಧಿ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why the partner needs it</source>
        <translation>ಪಾಲುದಾರ ಸಂಸ್ಥೆಗೆ ಇದು ಏಕೆ ಬೇಕು</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> months</source>
        <translation> ತಿಂಗಳು</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only the data ticked here can be given to the partner; anything else stays in the office. After the months given, the partner must delete it.</source>
        <translation>ಇಲ್ಲಿ ಗುರುತಿಸಿದ ದತ್ತಾಂಶವನ್ನು ಮಾತ್ರ ಪಾಲುದಾರ ಸಂಸ್ಥೆಗೆ ನೀಡಬಹುದು; ಉಳಿದದ್ದು ಕಚೇರಿಯಲ್ಲೇ ಉಳಿಯುತ್ತದೆ. ನೀಡಿದ ತಿಂಗಳುಗಳ ನಂತರ ಪಾಲುದಾರ ಸಂಸ್ಥೆ ಅದನ್ನು ಅಳಿಸಬೇಕು.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../desktop/services/database.py" line="+21"/>
        <source>Another District Collective Desk window is already using this database, so it is open here read-only. Close the other window and reopen to make changes.</source>
        <translation>ಇನ್ನೊಂದು District Collective Desk ವಿಂಡೋ ಈಗಾಗಲೇ ಈ ಡೇಟಾಬೇಸ್ ಬಳಸುತ್ತಿದೆ, ಆದ್ದರಿಂದ ಇಲ್ಲಿ ಅದನ್ನು ಓದಲು ಮಾತ್ರ ತೆರೆಯಲಾಗಿದೆ. ಬದಲಾವಣೆ ಮಾಡಲು ಇನ್ನೊಂದು ವಿಂಡೋ ಮುಚ್ಚಿ ಮತ್ತೆ ತೆರೆಯಿರಿ.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This database is open read-only.</source>
        <translation>ಈ ಡೇಟಾಬೇಸ್ ಓದಲು ಮಾತ್ರ ತೆರೆದಿದೆ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/opening.py" line="+72"/>
        <source>Cannot create the folder {folder}: {reason}</source>
        <translation>{folder} ಫೋಲ್ಡರ್ ರಚಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ: {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot use {path}: {reason}</source>
        <translation>{path} ಬಳಸಲು ಸಾಧ್ಯವಿಲ್ಲ: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{path} does not exist yet and another window holds it for writing.</source>
        <translation>{path} ಇನ್ನೂ ಅಸ್ತಿತ್ವದಲ್ಲಿಲ್ಲ ಮತ್ತು ಇನ್ನೊಂದು ವಿಂಡೋ ಅದನ್ನು ಬರೆಯಲು ಹಿಡಿದಿಟ್ಟುಕೊಂಡಿದೆ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This database is being upgraded or used by another window; try again once it is closed.</source>
        <translation>ಈ ಡೇಟಾಬೇಸ್ ಅನ್ನು ಉನ್ನತೀಕರಿಸಲಾಗುತ್ತಿದೆ ಅಥವಾ ಇನ್ನೊಂದು ವಿಂಡೋ ಬಳಸುತ್ತಿದೆ; ಅದು ಮುಚ್ಚಿದ ನಂತರ ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>There is no backup file at {backup}.</source>
        <translation>{backup} ನಲ್ಲಿ ಯಾವುದೇ ಬ್ಯಾಕಪ್ ಕಡತ ಇಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close every District Collective Desk window that has this database open, then restore again.</source>
        <translation>ಈ ಡೇಟಾಬೇಸ್ ತೆರೆದಿರುವ ಎಲ್ಲಾ District Collective Desk ವಿಂಡೋಗಳನ್ನು ಮುಚ್ಚಿ, ನಂತರ ಮತ್ತೆ ಮರುಸ್ಥಾಪಿಸಿ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/database_errors.py" line="+25"/>
        <source>This database was made by a newer version of District Collective Desk (schema {revision}). Install that version or a later one to open it; this version will not change it.</source>
        <translation>ಈ ಡೇಟಾಬೇಸ್ ಅನ್ನು District Collective Desk ನ ಹೊಸ ಆವೃತ್ತಿಯಿಂದ ರಚಿಸಲಾಗಿದೆ (ಸ್ಕೀಮಾ {revision}). ಅದನ್ನು ತೆರೆಯಲು ಆ ಆವೃತ್ತಿಯನ್ನು ಅಥವಾ ಅದಕ್ಕಿಂತ ಹೊಸ ಆವೃತ್ತಿಯನ್ನು ಇನ್‌ಸ್ಟಾಲ್ ಮಾಡಿ; ಈ ಆವೃತ್ತಿ ಅದನ್ನು ಬದಲಿಸುವುದಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is an SQLite database, but not one made by District Collective Desk.</source>
        <translation>{path} ಒಂದು SQLite ಡೇಟಾಬೇಸ್, ಆದರೆ ಅದನ್ನು District Collective Desk ರಚಿಸಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The upgrade would leave one broken reference ({rows}), so it was not made and the database is as it was. Keep the file and report this message.</source>
        <translation>ಉನ್ನತೀಕರಣದಿಂದ ಒಂದು ಮುರಿದ ಉಲ್ಲೇಖ ({rows}) ಉಳಿಯುತ್ತಿತ್ತು, ಆದ್ದರಿಂದ ಉನ್ನತೀಕರಣ ಮಾಡಿಲ್ಲ; ಡೇಟಾಬೇಸ್ ಮೊದಲಿನಂತೆಯೇ ಇದೆ. ಕಡತವನ್ನು ಜೋಪಾನವಾಗಿ ಇಟ್ಟುಕೊಂಡು ಈ ಸಂದೇಶವನ್ನು ವರದಿ ಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The upgrade would leave {count} broken references ({rows}), so it was not made and the database is as it was. Keep the file and report this message.</source>
        <translation>ಉನ್ನತೀಕರಣದಿಂದ {count} ಮುರಿದ ಉಲ್ಲೇಖಗಳು ({rows}) ಉಳಿಯುತ್ತಿದ್ದವು, ಆದ್ದರಿಂದ ಉನ್ನತೀಕರಣ ಮಾಡಿಲ್ಲ; ಡೇಟಾಬೇಸ್ ಮೊದಲಿನಂತೆಯೇ ಇದೆ. ಕಡತವನ್ನು ಜೋಪಾನವಾಗಿ ಇಟ್ಟುಕೊಂಡು ಈ ಸಂದೇಶವನ್ನು ವರದಿ ಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database {path} is damaged: {detail}</source>
        <translation>ಡೇಟಾಬೇಸ್ {path} ಹಾನಿಗೊಳಗಾಗಿದೆ: {detail}</translation>
    </message>
</context>
<context>
    <name>DayOffDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/meeting_tabs.py" line="-22"/>
        <source>Meeting on a day off</source>
        <translation>ರಜಾ ದಿನದಂದು ಸಭೆ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason</source>
        <translation>ಕಾರಣ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save with this reason</source>
        <translation>ಈ ಕಾರಣದೊಂದಿಗೆ ಉಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the reason to meet on this day.</source>
        <translation>ಈ ದಿನ ಸಭೆ ನಡೆಸಲು ಕಾರಣ ನೀಡಿ.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../desktop/services/demo.py" line="+133"/>
        <source>The demo district goes only into an empty database; this one has schools.</source>
        <translation>ಪ್ರಾತ್ಯಕ್ಷಿಕೆ ಜಿಲ್ಲೆಯನ್ನು ಖಾಲಿ ಡೇಟಾಬೇಸ್‌ಗೆ ಮಾತ್ರ ಸೇರಿಸಬಹುದು; ಇದರಲ್ಲಿ ಶಾಲೆಗಳಿವೆ.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Blocks, clusters and schools</source>
        <translation>ಬ್ಲಾಕ್‌ಗಳು, ಕ್ಲಸ್ಟರ್‌ಗಳು ಮತ್ತು ಶಾಲೆಗಳು</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Offices and organisations</source>
        <translation>ಕಚೇರಿಗಳು ಮತ್ತು ಸಂಸ್ಥೆಗಳು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People</source>
        <translation>ವ್ಯಕ್ತಿಗಳು</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Done</source>
        <translation>ಪೂರ್ಣಗೊಂಡಿದೆ</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/package_import_details.py" line="+33"/>
        <source>Passphrase and round</source>
        <translation>ಗುಪ್ತ ವಾಕ್ಯ ಮತ್ತು ಸುತ್ತು</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Passphrase</source>
        <translation>ಗುಪ್ತ ವಾಕ್ಯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sho&amp;w the passphrase</source>
        <translation>ಗುಪ್ತ ವಾಕ್ಯವನ್ನು ತೋರಿಸಿ(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>ಗುಪ್ತ ವಾಕ್ಯ(&amp;P):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The passphrase the partner gave you separately — by phone or on paper, never on the same drive. It is used only to open the package and is not kept.</source>
        <translation>ಪಾಲುದಾರ ಸಂಸ್ಥೆ ನಿಮಗೆ ಪ್ರತ್ಯೇಕವಾಗಿ — ದೂರವಾಣಿಯಲ್ಲಿ ಅಥವಾ ಕಾಗದದಲ್ಲಿ, ಎಂದಿಗೂ ಅದೇ ಡ್ರೈವ್‌ನಲ್ಲಿ ಅಲ್ಲ — ನೀಡಿದ ಗುಪ್ತ ವಾಕ್ಯ. ಇದನ್ನು ಪ್ಯಾಕೇಜ್ ತೆರೆಯಲು ಮಾತ್ರ ಬಳಸಲಾಗುತ್ತದೆ ಮತ್ತು ಉಳಿಸಲಾಗುವುದಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assessment round</source>
        <translation>ಮೌಲ್ಯಮಾಪನ ಸುತ್ತು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Round:</source>
        <translation>ಸುತ್ತು(&amp;R):</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The round the workbook&apos;s results belong to.</source>
        <translation>ವರ್ಕ್‌ಬುಕ್‌ನ ಫಲಿತಾಂಶಗಳು ಸೇರಿದ ಸುತ್ತು.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The package is unlocked with its passphrase and checked in the next step.</source>
        <translation>ಪ್ಯಾಕೇಜನ್ನು ಅದರ ಗುಪ್ತ ವಾಕ್ಯದಿಂದ ತೆರೆದು ಮುಂದಿನ ಹಂತದಲ್ಲಿ ಪರಿಶೀಲಿಸಲಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The round the workbook names</source>
        <translation>ವರ್ಕ್‌ಬುಕ್ ಹೆಸರಿಸುವ ಸುತ್ತು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workbook names its round; choose another only if the office calls it differently.</source>
        <translation>ವರ್ಕ್‌ಬುಕ್ ತನ್ನ ಸುತ್ತನ್ನು ಹೆಸರಿಸುತ್ತದೆ; ಕಚೇರಿಯಲ್ಲಿ ಅದಕ್ಕೆ ಬೇರೆ ಹೆಸರಿದ್ದರೆ ಮಾತ್ರ ಬೇರೆಯದನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the round…</source>
        <translation>ಸುತ್ತನ್ನು ಆಯ್ಕೆಮಾಡಿ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The package does not name a round: choose the round these data belong to.</source>
        <translation>ಪ್ಯಾಕೇಜ್ ಯಾವುದೇ ಸುತ್ತನ್ನು ಹೆಸರಿಸುವುದಿಲ್ಲ: ಈ ದತ್ತಾಂಶ ಸೇರಿದ ಸುತ್ತನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The package names the round “%s”.</source>
        <translation>ಪ್ಯಾಕೇಜ್ “%s” ಸುತ್ತನ್ನು ಹೆಸರಿಸುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The package names the round “%s”, which this office does not have: choose the round these data belong to.</source>
        <translation>ಪ್ಯಾಕೇಜ್ “%s” ಸುತ್ತನ್ನು ಹೆಸರಿಸುತ್ತದೆ, ಅದು ಈ ಕಚೇರಿಯಲ್ಲಿ ಇಲ್ಲ: ಈ ದತ್ತಾಂಶ ಸೇರಿದ ಸುತ್ತನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/meeting_details.py" line="+103"/>
        <source>Mark held</source>
        <translation>ನಡೆದಿದೆ ಎಂದು ಗುರುತಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo held</source>
        <translation>&apos;ನಡೆದಿದೆ&apos; ಗುರುತು ತೆಗೆಯಿರಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel meeting…</source>
        <translation>ಸಭೆ ರದ್ದುಮಾಡಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve minutes…</source>
        <translation>ನಡಾವಳಿ ಅನುಮೋದಿಸಿ…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Body</source>
        <translation>ಸಮಿತಿ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Level</source>
        <translation>ಹಂತ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For</source>
        <translation>ಘಟಕ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Convened by</source>
        <translation>ಸಭೆ ಕರೆದ ಕಚೇರಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>ಶೀರ್ಷಿಕೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>not fixed</source>
        <translation>ನಿಗದಿಯಾಗಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts at</source>
        <translation>ಆರಂಭ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends at</source>
        <translation>ಮುಕ್ತಾಯ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Venue</source>
        <translation>ಸ್ಥಳ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chair</source>
        <translation>ಅಧ್ಯಕ್ಷರು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left empty, the body&apos;s chair on the day of the meeting chairs.</source>
        <translation>ಖಾಲಿ ಬಿಟ್ಟರೆ, ಸಭೆಯ ದಿನ ಸಮಿತಿಯ ಅಧ್ಯಕ್ಷರಾಗಿರುವವರು ಅಧ್ಯಕ್ಷತೆ ವಹಿಸುತ್ತಾರೆ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schedule meeting</source>
        <translation>ಸಭೆ ನಿಗದಿಪಡಿಸಿ</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+4"/>
        <source>Ad-hoc meeting (no standing body)</source>
        <translation>ವಿಶೇಷ ಸಭೆ (ಸ್ಥಾಯಿ ಸಮಿತಿ ಇಲ್ಲ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save details</source>
        <translation>ವಿವರಗಳನ್ನು ಉಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A new meeting: fill in the details and schedule it.</source>
        <translation>ಹೊಸ ಸಭೆ: ವಿವರಗಳನ್ನು ತುಂಬಿ ನಿಗದಿಪಡಿಸಿ.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. Review of mid-day meal complaints</source>
        <translation>ಉದಾ: ಮಧ್ಯಾಹ್ನದ ಉಪಾಹಾರ ದೂರುಗಳ ಪರಿಶೀಲನೆ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%s meeting</source>
        <translation>%s ಸಭೆ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%s” is not in the list of people: choose from the list, or leave it empty.</source>
        <translation>“%s” ವ್ಯಕ್ತಿಗಳ ಪಟ್ಟಿಯಲ್ಲಿ ಇಲ್ಲ: ಪಟ್ಟಿಯಿಂದ ಆಯ್ಕೆಮಾಡಿ, ಅಥವಾ ಖಾಲಿ ಬಿಡಿ.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;b&gt;Status:&lt;/b&gt; %s</source>
        <translation>&lt;b&gt;ಸ್ಥಿತಿ:&lt;/b&gt; %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meets on a day off: %s</source>
        <translation>ರಜಾ ದಿನದಂದು ಸಭೆ: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: %s</source>
        <translation>ರದ್ದಾಗಿದೆ: %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes approved on %(date)s by %(who)s</source>
        <translation>%(date)s ರಂದು %(who)s ಅವರು ನಡಾವಳಿ ಅನುಮೋದಿಸಿದ್ದಾರೆ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notice issued: No. %s</source>
        <translation>ಸಭಾ ಸೂಚನೆ ಹೊರಡಿಸಲಾಗಿದೆ: ಸಂಖ್ಯೆ %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The meeting can be marked held from its day.</source>
        <translation>ಸಭೆಯ ದಿನದಿಂದ ಅದನ್ನು &apos;ನಡೆದಿದೆ&apos; ಎಂದು ಗುರುತಿಸಬಹುದು.</translation>
    </message>
</context>
<context>
    <name>DirectoryPages</name>
    <message>
        <location filename="../../desktop/ui/pages/directory_pages.py" line="+27"/>
        <source>UDISE code</source>
        <translation>UDISE ಕೋಡ್</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <location line="+38"/>
        <location line="+44"/>
        <source>Name</source>
        <translation>ಹೆಸರು</translation>
    </message>
    <message>
        <location line="-125"/>
        <location line="+44"/>
        <location line="+38"/>
        <location line="+44"/>
        <source>Name (regional)</source>
        <translation>ಹೆಸರು (ಸ್ಥಳೀಯ ಭಾಷೆ)</translation>
    </message>
    <message>
        <location line="-125"/>
        <location line="+50"/>
        <source>Block</source>
        <translation>ಬ್ಲಾಕ್</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Cluster</source>
        <translation>ಕ್ಲಸ್ಟರ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>ಗ್ರಾಮ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Management</source>
        <translation>ಆಡಳಿತ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category</source>
        <translation>ವರ್ಗ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Schools</source>
        <translation>ಶಾಲೆಗಳು</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>school</source>
        <translation>ಶಾಲೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schools</source>
        <translation>ಶಾಲೆಗಳು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by name, UDISE code, village, block or cluster</source>
        <translation>ಹೆಸರು, UDISE ಕೋಡ್, ಗ್ರಾಮ, ಬ್ಲಾಕ್ ಅಥವಾ ಕ್ಲಸ್ಟರ್ ಮೂಲಕ ಹುಡುಕಿ</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+38"/>
        <source>Kind</source>
        <translation>ಬಗೆ</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Office code</source>
        <translation>ಕಚೇರಿ ಕೋಡ್</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+45"/>
        <location line="+38"/>
        <source>Phone</source>
        <translation>ದೂರವಾಣಿ</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+83"/>
        <source>E-mail</source>
        <translation>ಇ-ಮೇಲ್</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Offices</source>
        <translation>ಕಚೇರಿಗಳು</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>office</source>
        <translation>ಕಚೇರಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offices</source>
        <translation>ಕಚೇರಿಗಳು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by name, office code, kind or block</source>
        <translation>ಹೆಸರು, ಕಚೇರಿ ಕೋಡ್, ಬಗೆ ಅಥವಾ ಬ್ಲಾಕ್ ಮೂಲಕ ಹುಡುಕಿ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>NGO-Darpan ID</source>
        <translation>NGO-Darpan ಐಡಿ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Focus areas</source>
        <translation>ಕಾರ್ಯಕ್ಷೇತ್ರಗಳು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact person</source>
        <translation>ಸಂಪರ್ಕ ವ್ಯಕ್ತಿ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organisations</source>
        <translation>ಸಂಸ್ಥೆಗಳು</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>organisation</source>
        <translation>ಸಂಸ್ಥೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisations</source>
        <translation>ಸಂಸ್ಥೆಗಳು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by name, NGO-Darpan ID, contact or focus area</source>
        <translation>ಹೆಸರು, NGO-Darpan ಐಡಿ, ಸಂಪರ್ಕ ವ್ಯಕ್ತಿ ಅಥವಾ ಕಾರ್ಯಕ್ಷೇತ್ರದ ಮೂಲಕ ಹುಡುಕಿ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Designation</source>
        <translation>ಹುದ್ದೆ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Works at</source>
        <translation>ಕಾರ್ಯಸ್ಥಳ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People</source>
        <translation>ವ್ಯಕ್ತಿಗಳು</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>person</source>
        <translation>ವ್ಯಕ್ತಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people</source>
        <translation>ವ್ಯಕ್ತಿಗಳು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by name, designation, office, organisation or school</source>
        <translation>ಹೆಸರು, ಹುದ್ದೆ, ಕಚೇರಿ, ಸಂಸ್ಥೆ ಅಥವಾ ಶಾಲೆಯ ಮೂಲಕ ಹುಡುಕಿ</translation>
    </message>
</context>
<context>
    <name>DissolveDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/body_dialog.py" line="+50"/>
        <source>Dissolve %s</source>
        <translation>%s ವಿಸರ್ಜಿಸಿ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every membership still running on that date ends with it. The body and its history stay on record.</source>
        <translation>ಆ ದಿನಾಂಕದಂದು ಚಾಲ್ತಿಯಲ್ಲಿರುವ ಎಲ್ಲಾ ಸದಸ್ಯತ್ವಗಳೂ ಅದರೊಂದಿಗೆ ಕೊನೆಗೊಳ್ಳುತ್ತವೆ. ಸಮಿತಿ ಮತ್ತು ಅದರ ಇತಿಹಾಸ ದಾಖಲೆಯಲ್ಲಿ ಉಳಿಯುತ್ತವೆ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dissolved on (last day)</source>
        <translation>ವಿಸರ್ಜನೆಯ ದಿನಾಂಕ (ಕೊನೆಯ ದಿನ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason (optional)</source>
        <translation>ಕಾರಣ (ಐಚ್ಛಿಕ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dissolve</source>
        <translation>ವಿಸರ್ಜಿಸಿ</translation>
    </message>
</context>
<context>
    <name>DistrictDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/geography_dialogs.py" line="-51"/>
        <source>Edit district</source>
        <translation>ಜಿಲ್ಲೆಯ ವಿವರ ಸಂಪಾದಿಸಿ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add district</source>
        <translation>ಜಿಲ್ಲೆ ಸೇರಿಸಿ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>District</source>
        <translation>ಜಿಲ್ಲೆ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Bagalkot</source>
        <translation>ಉದಾ: ಬಾಗಲಕೋಟೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District (regional language)</source>
        <translation>ಜಿಲ್ಲೆ (ಸ್ಥಳೀಯ ಭಾಷೆ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>ರಾಜ್ಯ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Karnataka</source>
        <translation>ಉದಾ: ಕರ್ನಾಟಕ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UDISE district code</source>
        <translation>UDISE ಜಿಲ್ಲಾ ಕೋಡ್</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4 digits, e.g. 2902</source>
        <translation>4 ಅಂಕಿಗಳು, ಉದಾ: 2902</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../desktop/documents/action_report.py" line="+107"/>
        <location filename="../../desktop/documents/minutes_document.py" line="+84"/>
        <source>The action item &apos;{item}&apos; has the status &apos;{status}&apos;; it must be one of {statuses}.</source>
        <translation>ಕ್ರಮ ಅಂಶ &apos;{item}&apos; ನ ಸ್ಥಿತಿ &apos;{status}&apos; ಎಂದಿದೆ; ಅದು {statuses} ಆಗಿರಬೇಕು.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The action item &apos;{item}&apos; is at the level &apos;{level}&apos;; it must be one of {levels}.</source>
        <translation>ಕ್ರಮ ಅಂಶ &apos;{item}&apos; ನ ಹಂತ &apos;{level}&apos; ಎಂದಿದೆ; ಅದು {levels} ಆಗಿರಬೇಕು.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/certificate_layout.py" line="+95"/>
        <source>The certificate&apos;s text does not fit on the page; shorten its longest lines.</source>
        <translation>ಪ್ರಮಾಣಪತ್ರದ ಪಠ್ಯ ಪುಟದಲ್ಲಿ ಹಿಡಿಸುವುದಿಲ್ಲ; ಅದರ ಅತಿ ಉದ್ದದ ಸಾಲುಗಳನ್ನು ಚಿಕ್ಕದಾಗಿಸಿ.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Certificates are printed in English and {languages}; not in &apos;{code}&apos;.</source>
        <translation>ಪ್ರಮಾಣಪತ್ರಗಳನ್ನು ಇಂಗ್ಲಿಷ್ ಜೊತೆಗೆ {languages} ಭಾಷೆಯಲ್ಲಿ ಮುದ್ರಿಸಲಾಗುತ್ತದೆ; &apos;{code}&apos; ಭಾಷೆಯಲ್ಲಿ ಅಲ್ಲ.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/certificate.py" line="+113"/>
        <source>There is no certificate to print.</source>
        <translation>ಮುದ್ರಿಸಲು ಯಾವುದೇ ಪ್ರಮಾಣಪತ್ರ ಇಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../desktop/documents/circular.py" line="+379"/>
        <location filename="../../desktop/documents/merge.py" line="+136"/>
        <source>Done</source>
        <translation>ಪೂರ್ಣಗೊಂಡಿದೆ</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/circular.py" line="-127"/>
        <source>Laying out</source>
        <translation>ಪುಟ ವಿನ್ಯಾಸ ಮಾಡಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Circulars can be printed in {languages}; not in &apos;{code}&apos;.</source>
        <translation>ಸುತ್ತೋಲೆಗಳನ್ನು {languages} ಭಾಷೆಯಲ್ಲಿ ಮುದ್ರಿಸಬಹುದು; &apos;{code}&apos; ಭಾಷೆಯಲ್ಲಿ ಅಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The subject is empty; every circular needs one.</source>
        <translation>ವಿಷಯ ಖಾಲಿ ಇದೆ; ಪ್ರತಿ ಸುತ್ತೋಲೆಗೆ ವಿಷಯ ಕಡ್ಡಾಯ.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no recipient to print for.</source>
        <translation>ಮುದ್ರಿಸಲು ಸ್ವೀಕರಿಸುವವರು ಯಾರೂ ಇಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All copies of a circular are printed on the same letterhead.</source>
        <translation>ಸುತ್ತೋಲೆಯ ಎಲ್ಲಾ ಪ್ರತಿಗಳನ್ನು ಒಂದೇ ಲೆಟರ್‌ಹೆಡ್‌ನಲ್ಲಿ ಮುದ್ರಿಸಲಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/exchange_receipt.py" line="+90"/>
        <source>The hand-over receipt does not fit on one page even with the field lists shortened; shorten the names, the MoU title or the purpose.</source>
        <translation>ಕ್ಷೇತ್ರಗಳ ಪಟ್ಟಿಗಳನ್ನು ಮೊಟಕುಗೊಳಿಸಿದರೂ ಹಸ್ತಾಂತರ ರಸೀದಿ ಒಂದು ಪುಟದಲ್ಲಿ ಹಿಡಿಸುವುದಿಲ್ಲ; ಹೆಸರುಗಳು, MoU ಶೀರ್ಷಿಕೆ ಅಥವಾ ಉದ್ದೇಶವನ್ನು ಚಿಕ್ಕದಾಗಿಸಿ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hand-over receipts are printed in {languages}; not in &apos;{code}&apos;.</source>
        <translation>ಹಸ್ತಾಂತರ ರಸೀದಿಗಳನ್ನು {languages} ಭಾಷೆಯಲ್ಲಿ ಮುದ್ರಿಸಲಾಗುತ್ತದೆ; &apos;{code}&apos; ಭಾಷೆಯಲ್ಲಿ ಅಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The receipt needs the name of every recipient; one is empty or none is given.</source>
        <translation>ರಸೀದಿಗೆ ಪ್ರತಿಯೊಬ್ಬ ಸ್ವೀಕರಿಸುವವರ ಹೆಸರು ಬೇಕು; ಒಂದು ಹೆಸರು ಖಾಲಿ ಇದೆ ಅಥವಾ ಯಾವುದೇ ಹೆಸರು ನೀಡಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Package {package} holds no data category; there is nothing to hand over.</source>
        <translation>ಪ್ಯಾಕೇಜ್ {package} ನಲ್ಲಿ ಯಾವುದೇ ದತ್ತಾಂಶ ವರ್ಗ ಇಲ್ಲ; ಹಸ್ತಾಂತರಿಸಲು ಏನೂ ಇಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The package&apos;s SHA-256 must be 64 hex digits; &apos;{sha256}&apos; is not.</source>
        <translation>ಪ್ಯಾಕೇಜಿನ SHA-256 64 ಹೆಕ್ಸಾಡೆಸಿಮಲ್ ಅಂಕಿಗಳಾಗಿರಬೇಕು; &apos;{sha256}&apos; ಹಾಗಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The public key on the receipt is not valid: {problem}</source>
        <translation>ರಸೀದಿಯಲ್ಲಿನ ಸಾರ್ವಜನಿಕ ಕೀಲಿ ಮಾನ್ಯವಾಗಿಲ್ಲ: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The fingerprint &apos;{fingerprint}&apos; is not that of the public key printed beside it (its fingerprint is {expected}); the receipt would mislead the recipient.</source>
        <translation>ಬೆರಳಚ್ಚು &apos;{fingerprint}&apos; ಅದರ ಪಕ್ಕದಲ್ಲಿ ಮುದ್ರಿಸಿದ ಸಾರ್ವಜನಿಕ ಕೀಲಿಯದಲ್ಲ (ಆ ಕೀಲಿಯ ಬೆರಳಚ್ಚು {expected}); ಈ ರಸೀದಿ ಸ್ವೀಕರಿಸುವವರನ್ನು ದಾರಿ ತಪ್ಪಿಸುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The hand-over receipt could not be laid out on one page.</source>
        <translation>ಹಸ್ತಾಂತರ ರಸೀದಿಯನ್ನು ಒಂದು ಪುಟದಲ್ಲಿ ಜೋಡಿಸಲು ಸಾಧ್ಯವಾಗಲಿಲ್ಲ.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/fitted_lines.py" line="+17"/>
        <source>line</source>
        <translation>ಸಾಲು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>office name</source>
        <translation>ಕಚೇರಿಯ ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>programme</source>
        <translation>ಕಾರ್ಯಕ್ರಮ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regional name</source>
        <translation>ಸ್ಥಳೀಯ ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>ವಿವರಣೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>category</source>
        <translation>ವಿಭಾಗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number</source>
        <translation>ಸಂಖ್ಯೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signatory&apos;s name</source>
        <translation>ಸಹಿದಾರರ ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signatory&apos;s designation</source>
        <translation>ಸಹಿದಾರರ ಹುದ್ದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signatory&apos;s office</source>
        <translation>ಸಹಿದಾರರ ಕಚೇರಿ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The {what} &apos;{text}&apos; is too long for the certificate, even in two lines at the smallest size.</source>
        <translation>{what} &apos;{text}&apos; ಪ್ರಮಾಣಪತ್ರಕ್ಕೆ ತುಂಬಾ ಉದ್ದವಾಗಿದೆ, ಅತಿ ಚಿಕ್ಕ ಗಾತ್ರದಲ್ಲಿ ಎರಡು ಸಾಲುಗಳಲ್ಲಿಯೂ ಹಿಡಿಸುವುದಿಲ್ಲ.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/fonts.py" line="+45"/>
        <source>The font file {file} is missing from {folder}, so documents cannot be printed. Reinstall District Collective Desk to restore it.</source>
        <translation>ಫಾಂಟ್ ಕಡತ {file} {folder} ನಲ್ಲಿ ಇಲ್ಲ, ಆದ್ದರಿಂದ ದಾಖಲೆಗಳನ್ನು ಮುದ್ರಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ. ಅದನ್ನು ಮರಳಿ ಪಡೆಯಲು District Collective Desk ಅನ್ನು ಮತ್ತೆ ಇನ್‌ಸ್ಟಾಲ್ ಮಾಡಿ.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/letterhead.py" line="+41"/>
        <source>The office logo is {size} MB; at most {most} MB can be printed.</source>
        <translation>ಕಚೇರಿಯ ಲೋಗೋ {size} MB ಇದೆ; ಗರಿಷ್ಠ {most} MB ವರೆಗಿನ ಲೋಗೋವನ್ನು ಮಾತ್ರ ಮುದ್ರಿಸಬಹುದು.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The office logo is not a PNG or JPEG image; choose another file.</source>
        <translation>ಕಚೇರಿಯ ಲೋಗೋ PNG ಅಥವಾ JPEG ಚಿತ್ರವಲ್ಲ; ಬೇರೆ ಕಡತವನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&apos;{text}&apos; is too long for the letterhead; shorten it in the office&apos;s record.</source>
        <translation>&apos;{text}&apos; ಲೆಟರ್‌ಹೆಡ್‌ಗೆ ತುಂಬಾ ಉದ್ದವಾಗಿದೆ; ಕಚೇರಿಯ ದಾಖಲೆಯಲ್ಲಿ ಅದನ್ನು ಚಿಕ್ಕದಾಗಿಸಿ.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/markup.py" line="+43"/>
        <source>Line {line}, column {column}: {problem}</source>
        <translation>ಸಾಲು {line}, ಸ್ಥಾನ {column}: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line {line}: {problem}</source>
        <translation>ಸಾಲು {line}: {problem}</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the invisible control character {code} cannot be printed.</source>
        <translation>ಕಾಣದ ನಿಯಂತ್ರಣ ಅಕ್ಷರ {code} ಅನ್ನು ಮುದ್ರಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the line has {count} characters; at most {most} fit.</source>
        <translation>ಈ ಸಾಲಿನಲ್ಲಿ {count} ಅಕ್ಷರಗಳಿವೆ; ಗರಿಷ್ಠ {most} ಅಕ್ಷರಗಳು ಮಾತ್ರ ಹಿಡಿಸುತ್ತವೆ.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the table row has {count} columns; at most {most} fit on A4.</source>
        <translation>ಕೋಷ್ಟಕದ ಈ ಸಾಲಿನಲ್ಲಿ {count} ಅಂಕಣಗಳಿವೆ; A4 ಪುಟದಲ್ಲಿ ಗರಿಷ್ಠ {most} ಅಂಕಣಗಳು ಮಾತ್ರ ಹಿಡಿಸುತ್ತವೆ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this table row has {cells} but the table&apos;s first row (line {first_line}) has {first_cells}; every row needs the same number of | separators.</source>
        <translation>ಕೋಷ್ಟಕದ ಈ ಸಾಲಿನಲ್ಲಿ ಇರುವುದು {cells}, ಆದರೆ ಕೋಷ್ಟಕದ ಮೊದಲ ಸಾಲಿನಲ್ಲಿ (ಸಾಲು {first_line}) ಇರುವುದು {first_cells}; ಪ್ರತಿ ಸಾಲಿನಲ್ಲೂ ಅಷ್ಟೇ ಸಂಖ್ಯೆಯ | ವಿಭಜಕಗಳು ಇರಬೇಕು.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a table may have at most {most} rows; split it in two.</source>
        <translation>ಒಂದು ಕೋಷ್ಟಕದಲ್ಲಿ ಗರಿಷ್ಠ {most} ಸಾಲುಗಳು ಇರಬಹುದು; ಅದನ್ನು ಎರಡು ಕೋಷ್ಟಕಗಳಾಗಿ ವಿಭಜಿಸಿ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} cell</source>
        <translation>{count} ಕೋಶ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} cells</source>
        <translation>{count} ಕೋಶಗಳು</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the body has {count} characters; at most {most} fit in a circular. Attach long material as an annexure.</source>
        <translation>ಮುಖ್ಯ ಪಠ್ಯದಲ್ಲಿ {count} ಅಕ್ಷರಗಳಿವೆ; ಒಂದು ಸುತ್ತೋಲೆಯಲ್ಲಿ ಗರಿಷ್ಠ {most} ಅಕ್ಷರಗಳು ಮಾತ್ರ ಹಿಡಿಸುತ್ತವೆ. ದೀರ್ಘ ಮಾಹಿತಿಯನ್ನು ಅನುಬಂಧವಾಗಿ ಲಗತ್ತಿಸಿ.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/merge.py" line="-6"/>
        <source>Printing</source>
        <translation>ಮುದ್ರಿಸಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/minutes_document.py" line="-13"/>
        <source>The meeting has no title; give it one before printing its minutes.</source>
        <translation>ಸಭೆಗೆ ಶೀರ್ಷಿಕೆ ಇಲ್ಲ; ನಡಾವಳಿ ಮುದ್ರಿಸುವ ಮೊದಲು ಶೀರ್ಷಿಕೆ ನೀಡಿ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{person}&apos;s attendance is &apos;{status}&apos;; it must be one of {statuses}.</source>
        <translation>{person} ಅವರ ಹಾಜರಾತಿ &apos;{status}&apos; ಎಂದಿದೆ; ಅದು {statuses} ಆಗಿರಬೇಕು.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/mou_document.py" line="+138"/>
        <source>The MoU&apos;s text, line {line}, column {column}: {problem}</source>
        <translation>MoU ಪಠ್ಯ, ಸಾಲು {line}, ಸ್ಥಾನ {column}: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The MoU&apos;s text, line {line}: {problem}</source>
        <translation>MoU ಪಠ್ಯ, ಸಾಲು {line}: {problem}</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>MoUs can be printed in {languages}; not in &apos;{code}&apos;.</source>
        <translation>MoUಗಳನ್ನು {languages} ಭಾಷೆಯಲ್ಲಿ ಮುದ್ರಿಸಬಹುದು; &apos;{code}&apos; ಭಾಷೆಯಲ್ಲಿ ಅಲ್ಲ.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/placeholders.py" line="+23"/>
        <source>Subject</source>
        <translation>ವಿಷಯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>ಮುಖ್ಯ ಪಠ್ಯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MoU text</source>
        <translation>MoU ಪಠ್ಯ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{part}, line {line}, column {column}: {problem}</source>
        <translation>{part}, ಸಾಲು {line}, ಸ್ಥಾನ {column}: {problem}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{recipient} has no value for {placeholder}; fill it in the records or remove it from the text.</source>
        <translation>{recipient} ಗೆ {placeholder} ನ ಮೌಲ್ಯ ಇಲ್ಲ; ಅದನ್ನು ದಾಖಲೆಗಳಲ್ಲಿ ತುಂಬಿ ಅಥವಾ ಪಠ್ಯದಿಂದ ತೆಗೆದುಹಾಕಿ.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a lone &apos;{brace}&apos;; write {doubled} to print a brace, or close the placeholder.</source>
        <translation>ಜೋಡಿಯಿಲ್ಲದ &apos;{brace}&apos; ಆವರಣ ಚಿಹ್ನೆ; ಆವರಣ ಚಿಹ್ನೆಯನ್ನು ಮುದ್ರಿಸಲು {doubled} ಎಂದು ಬರೆಯಿರಿ, ಅಥವಾ ಸ್ಥಾನಸೂಚಕವನ್ನು ಮುಚ್ಚಿ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{token}&apos; is not a placeholder name (use lower-case letters, digits and _).</source>
        <translation>&apos;{token}&apos; ಸ್ಥಾನಸೂಚಕದ ಹೆಸರಲ್ಲ (ಸಣ್ಣ ಇಂಗ್ಲಿಷ್ ಅಕ್ಷರಗಳು, ಅಂಕಿಗಳು ಮತ್ತು _ ಮಾತ್ರ ಬಳಸಿ).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>unknown placeholder {placeholder}; did you mean {guess}?</source>
        <translation>ಅಪರಿಚಿತ ಸ್ಥಾನಸೂಚಕ {placeholder}; ನೀವು {guess} ಎಂದು ಬರೆಯಲು ಉದ್ದೇಶಿಸಿದ್ದಿರೇ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown placeholder {placeholder}; the known ones are {known}.</source>
        <translation>ಅಪರಿಚಿತ ಸ್ಥಾನಸೂಚಕ {placeholder}; ತಿಳಿದಿರುವ ಸ್ಥಾನಸೂಚಕಗಳು: {known}.</translation>
    </message>
</context>
<context>
    <name>DrivePage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/export_target_pages.py" line="+43"/>
        <source>Where to write the package</source>
        <translation>ಪ್ಯಾಕೇಜನ್ನು ಎಲ್ಲಿ ಬರೆಯಬೇಕು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plug in the drive that goes to the partner and choose it, or choose a folder. The package is one file; it is written under a temporary name and checked before it is named.</source>
        <translation>ಪಾಲುದಾರ ಸಂಸ್ಥೆಗೆ ಹೋಗುವ ಡ್ರೈವ್ ಅನ್ನು ಜೋಡಿಸಿ ಆಯ್ಕೆಮಾಡಿ, ಅಥವಾ ಒಂದು ಫೋಲ್ಡರ್ ಆಯ್ಕೆಮಾಡಿ. ಪ್ಯಾಕೇಜ್ ಒಂದೇ ಕಡತ; ಅದನ್ನು ತಾತ್ಕಾಲಿಕ ಹೆಸರಿನಲ್ಲಿ ಬರೆದು, ಪರಿಶೀಲಿಸಿದ ನಂತರ ಹೆಸರಿಸಲಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drive</source>
        <translation>ಡ್ರೈವ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>ಸ್ಥಳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>ಬಗೆ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removable</source>
        <translation>ತೆಗೆಯಬಹುದಾದ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fixed</source>
        <translation>ಸ್ಥಿರ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free</source>
        <translation>ಖಾಲಿ ಸ್ಥಳ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size</source>
        <translation>ಗಾತ್ರ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Drives</source>
        <translation>ಡ್ರೈವ್‌ಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh the list</source>
        <translation>ಪಟ್ಟಿಯನ್ನು ನವೀಕರಿಸಿ(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drives on this computer</source>
        <translation>ಈ ಕಂಪ್ಯೂಟರ್‌ನ ಡ್ರೈವ್‌ಗಳು</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plugged a drive in just now? Refresh the list.</source>
        <translation>ಈಗಷ್ಟೇ ಡ್ರೈವ್ ಜೋಡಿಸಿದಿರಾ? ಪಟ್ಟಿಯನ್ನು ನವೀಕರಿಸಿ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a drive above, or a folder</source>
        <translation>ಮೇಲೆ ಒಂದು ಡ್ರೈವ್ ಅಥವಾ ಫೋಲ್ಡರ್ ಆಯ್ಕೆಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose folder…</source>
        <translation>ಫೋಲ್ಡರ್ ಆಯ್ಕೆಮಾಡಿ…(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder:</source>
        <translation>ಫೋಲ್ಡರ್(&amp;F):</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Folder for the package</source>
        <translation>ಪ್ಯಾಕೇಜ್‌ಗಾಗಿ ಫೋಲ್ಡರ್</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no folder %s.</source>
        <translation>%s ಎಂಬ ಫೋಲ್ಡರ್ ಇಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer&apos;s user may not write in %s.</source>
        <translation>ಈ ಕಂಪ್ಯೂಟರ್‌ನ ಬಳಕೆದಾರರಿಗೆ %s ನಲ್ಲಿ ಬರೆಯಲು ಅನುಮತಿ ಇಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Free on this drive: %s. The space the package needs is checked before writing.</source>
        <translation>ಈ ಡ್ರೈವ್‌ನಲ್ಲಿ ಖಾಲಿ ಸ್ಥಳ: %s. ಪ್ಯಾಕೇಜ್‌ಗೆ ಬೇಕಾದ ಸ್ಥಳವನ್ನು ಬರೆಯುವ ಮೊದಲು ಪರಿಶೀಲಿಸಲಾಗುತ್ತದೆ.</translation>
    </message>
</context>
<context>
    <name>EndMembershipDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/membership_dialogs.py" line="+43"/>
        <source>End the membership of %s</source>
        <translation>%s ಅವರ ಸದಸ್ಯತ್ವವನ್ನು ಕೊನೆಗೊಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last day in the seat</source>
        <translation>ಸ್ಥಾನದಲ್ಲಿದ್ದ ಕೊನೆಯ ದಿನ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>ಕಾರಣ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Retired, transferred, resigned</source>
        <translation>ಉದಾ: ನಿವೃತ್ತಿ, ವರ್ಗಾವಣೆ, ರಾಜೀನಾಮೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End membership</source>
        <translation>ಸದಸ್ಯತ್ವ ಕೊನೆಗೊಳಿಸಿ</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <location filename="../../desktop/ui/pages/entity_page.py" line="+71"/>
        <source>Add…</source>
        <translation>ಸೇರಿಸಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>ಸಂಪಾದಿಸಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>Delete</source>
        <translation>ಅಳಿಸಿ</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Cannot edit</source>
        <translation>ಸಂಪಾದಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Delete %s? This cannot be undone.</source>
        <translation>%s ಅನ್ನು ಅಳಿಸಬೇಕೇ? ಇದನ್ನು ಹಿಂಪಡೆಯಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot delete</source>
        <translation>ಅಳಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ</translation>
    </message>
</context>
<context>
    <name>EntryDetailsDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/exchange_log_actions.py" line="+165"/>
        <source>Return template %s</source>
        <translation>ಮಾಹಿತಿ ಸಲ್ಲಿಕೆ ನಮೂನೆ %s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Package %s</source>
        <translation>ಪ್ಯಾಕೇಜ್ %s</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Event</source>
        <translation>ಘಟನೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MoU</source>
        <translation>MoU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner(s)</source>
        <translation>ಪಾಲುದಾರ(ರು)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>ಉದ್ದೇಶ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>ಸ್ಥಿತಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep until</source>
        <translation>ಇಟ್ಟುಕೊಳ್ಳುವ ಗಡುವು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schools</source>
        <translation>ಶಾಲೆಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation>ದಾಖಲೆಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package file</source>
        <translation>ಪ್ಯಾಕೇಜ್ ಕಡತ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>ಗಾತ್ರ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%s bytes</source>
        <translation>%s ಬೈಟ್‌ಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package id</source>
        <translation>ಪ್ಯಾಕೇಜ್ ಐಡಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>ಮಾಡಿದವರು</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deletion confirmed</source>
        <translation>ಅಳಿಸುವಿಕೆ ದೃಢೀಕರಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on %(date)s by %(confirmed_by)s (recorded by %(recorded_by)s)</source>
        <translation>%(date)s ರಂದು %(confirmed_by)s ಅವರಿಂದ (ದಾಖಲಿಸಿದವರು %(recorded_by)s)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deletion note</source>
        <translation>ಅಳಿಸುವಿಕೆ ಟಿಪ್ಪಣಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import batches</source>
        <translation>ಆಮದು ಕಂತುಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>ಟಿಪ್ಪಣಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: not signed</source>
        <translation>ಇಲ್ಲ: ಸಹಿ ಮಾಡಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer&apos;s key fingerprint</source>
        <translation>ಸಹಿ ಮಾಡಿದವರ ಕೀಲಿಯ ಬೆರಳಚ್ಚು</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Categories and fields</source>
        <translation>ವರ್ಗಗಳು ಮತ್ತು ಕ್ಷೇತ್ರಗಳು</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/erasure_dialog.py" line="+22"/>
        <source>Record deletion of %s</source>
        <translation>%s ಅಳಿಸಿದ್ದನ್ನು ದಾಖಲಿಸಿ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%(package)s (a return template) was given to %(partners)s on %(date)s under MoU %(mou)s.</source>
        <translation>%(package)s (ಮಾಹಿತಿ ಸಲ್ಲಿಕೆ ನಮೂನೆ) ಅನ್ನು MoU %(mou)s ಅಡಿಯಲ್ಲಿ %(date)s ರಂದು %(partners)s ಅವರಿಗೆ ನೀಡಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Package %(package)s, sent to %(partners)s on %(date)s under MoU %(mou)s.</source>
        <translation>ಪ್ಯಾಕೇಜ್ %(package)s, MoU %(mou)s ಅಡಿಯಲ್ಲಿ %(date)s ರಂದು %(partners)s ಅವರಿಗೆ ಕಳುಹಿಸಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Record the partner&apos;s written confirmation that they deleted its data; it cannot be changed afterwards.</source>
        <translation>ಪಾಲುದಾರ ಸಂಸ್ಥೆ ಇದರ ದತ್ತಾಂಶವನ್ನು ಅಳಿಸಿರುವುದರ ಲಿಖಿತ ದೃಢೀಕರಣವನ್ನು ದಾಖಲಿಸಿ; ನಂತರ ಅದನ್ನು ಬದಲಿಸಲಾಗುವುದಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Confirmed &amp;on</source>
        <translation>ದೃಢೀಕರಿಸಿದ ದಿನಾಂಕ(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirmed &amp;by</source>
        <translation>ದೃಢೀಕರಿಸಿದವರು(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name and designation of who signed for the partner</source>
        <translation>ಪಾಲುದಾರ ಸಂಸ್ಥೆಯ ಪರವಾಗಿ ಸಹಿ ಮಾಡಿದವರ ಹೆಸರು ಮತ್ತು ಹುದ್ದೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note (e.g. letter number)</source>
        <translation>ಟಿಪ್ಪಣಿ (ಉದಾ: ಪತ್ರ ಸಂಖ್ಯೆ)(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record deletion</source>
        <translation>ಅಳಿಸುವಿಕೆ ದಾಖಲಿಸಿ</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/action_item_dialogs.py" line="+116"/>
        <source>Escalate the action item</source>
        <translation>ಕ್ರಮ ಅಂಶವನ್ನು ಮೇಲ್ಹಂತಕ್ಕೆ ವರ್ಗಾಯಿಸಿ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Escalate</source>
        <translation>ವರ್ಗಾಯಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated on</source>
        <translation>ವರ್ಗಾಯಿಸಿದ ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the meeting</source>
        <translation>ಯಾವ ಸಭೆಗೆ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note (optional)</source>
        <translation>ಟಿಪ್ಪಣಿ (ಐಚ್ಛಿಕ)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No meeting of the next level up over this item&apos;s unit is scheduled on or after %s; schedule one, then escalate.</source>
        <translation>ಈ ಅಂಶದ ಘಟಕದ ಮೇಲಿನ ಹಂತದ ಯಾವುದೇ ಸಭೆ %s ರಂದು ಅಥವಾ ನಂತರ ನಿಗದಿಯಾಗಿಲ್ಲ; ಮೊದಲು ಒಂದು ಸಭೆ ನಿಗದಿಪಡಿಸಿ, ನಂತರ ವರ್ಗಾಯಿಸಿ.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the meeting that takes the item up.</source>
        <translation>ಈ ಅಂಶವನ್ನು ಕೈಗೆತ್ತಿಕೊಳ್ಳುವ ಸಭೆಯನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
</context>
<context>
    <name>EventWhen</name>
    <message>
        <location filename="../../desktop/ui/dialogs/cycle_dialog.py" line="-249"/>
        <source>no date yet</source>
        <translation>ಇನ್ನೂ ದಿನಾಂಕವಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no time yet</source>
        <translation>ಇನ್ನೂ ಸಮಯವಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>at</source>
        <translation>ಸಮಯ</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../desktop/ui/dialogs/nomination_evidence.py" line="+53"/>
        <source>Title</source>
        <translation>ಶೀರ್ಷಿಕೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>ಕಡತ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>ಗಾತ್ರ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added</source>
        <translation>ಸೇರಿಸಿದ್ದು</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Evidence files</source>
        <translation>ಪುರಾವೆ ಕಡತಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add file…</source>
        <translation>ಕಡತ ಸೇರಿಸಿ…(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op&amp;en</source>
        <translation>ತೆರೆಯಿರಿ(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve</source>
        <translation>ತೆಗೆದುಹಾಕಿ(&amp;V)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Evidence</source>
        <translation>ಪುರಾವೆ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PDF, PNG or JPEG, up to %(file_size)s each, %(files)d files and %(total_size)s in all.</source>
        <translation>PDF, PNG ಅಥವಾ JPEG; ಪ್ರತಿಯೊಂದೂ ಗರಿಷ್ಠ %(file_size)s, ಒಟ್ಟು %(files)d ಕಡತಗಳು ಮತ್ತು %(total_size)s.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Photos and PDFs can be added once the nomination is saved. </source>
        <translation>ನಾಮನಿರ್ದೇಶನವನ್ನು ಉಳಿಸಿದ ನಂತರ ಫೋಟೋಗಳು ಮತ್ತು PDFಗಳನ್ನು ಸೇರಿಸಬಹುದು. </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept as soon as added, without Save. </source>
        <translation>ಸೇರಿಸಿದ ಕೂಡಲೇ ಉಳಿಯುತ್ತದೆ; &apos;ಉಳಿಸಿ&apos; ಬೇಕಿಲ್ಲ. </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add evidence</source>
        <translation>ಪುರಾವೆ ಸೇರಿಸಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF or image (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>PDF ಅಥವಾ ಚಿತ್ರ (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Remove evidence</source>
        <translation>ಪುರಾವೆ ತೆಗೆದುಹಾಕಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove “%(title)s” (%(file_name)s) from the nomination? The history keeps a record of it.</source>
        <translation>“%(title)s” (%(file_name)s) ಅನ್ನು ನಾಮನಿರ್ದೇಶನದಿಂದ ತೆಗೆದುಹಾಕಬೇಕೇ? ಇತಿಹಾಸದಲ್ಲಿ ಅದರ ದಾಖಲೆ ಉಳಿಯುತ್ತದೆ.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../desktop/services/exchange/catalogue.py" line="+59"/>
        <source>The school&apos;s 11-digit UDISE code</source>
        <translation>ಶಾಲೆಯ 11 ಅಂಕಿಯ UDISE ಕೋಡ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the school</source>
        <translation>ಶಾಲೆಯ ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <source>Name in the regional language</source>
        <translation>ಸ್ಥಳೀಯ ಭಾಷೆಯಲ್ಲಿ ಹೆಸರು</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+38"/>
        <source>Block</source>
        <translation>ಬ್ಲಾಕ್</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Cluster</source>
        <translation>ಕ್ಲಸ್ಟರ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village or locality</source>
        <translation>ಗ್ರಾಮ ಅಥವಾ ಪ್ರದೇಶ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management (e.g. Department of Education)</source>
        <translation>ಆಡಳಿತ (ಉದಾ: ಶಿಕ್ಷಣ ಇಲಾಖೆ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>School category (e.g. primary with upper primary)</source>
        <translation>ಶಾಲೆಯ ವರ್ಗ (ಉದಾ: ಕಿರಿಯ ಪ್ರಾಥಮಿಕದೊಂದಿಗೆ ಹಿರಿಯ ಪ್ರಾಥಮಿಕ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rural or urban</source>
        <translation>ಗ್ರಾಮೀಣ ಅಥವಾ ನಗರ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN code</source>
        <translation>ಪಿನ್ ಕೋಡ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium of instruction</source>
        <translation>ಬೋಧನಾ ಮಾಧ್ಯಮ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>ಅಕ್ಷಾಂಶ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>ರೇಖಾಂಶ</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+45"/>
        <source>The school&apos;s UDISE code</source>
        <translation>ಶಾಲೆಯ UDISE ಕೋಡ್</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+21"/>
        <location line="+24"/>
        <source>Assessment round</source>
        <translation>ಮೌಲ್ಯಮಾಪನ ಸುತ್ತು</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Students enrolled</source>
        <translation>ದಾಖಲಾದ ವಿದ್ಯಾರ್ಥಿಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boys enrolled</source>
        <translation>ದಾಖಲಾದ ಬಾಲಕರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Girls enrolled</source>
        <translation>ದಾಖಲಾದ ಬಾಲಕಿಯರು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average daily attendance, % of enrolment</source>
        <translation>ಸರಾಸರಿ ದೈನಂದಿನ ಹಾಜರಾತಿ, ದಾಖಲಾತಿಯ %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teachers</source>
        <translation>ಶಿಕ್ಷಕರು</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>school, cluster or block</source>
        <translation>ಶಾಲೆ, ಕ್ಲಸ್ಟರ್ ಅಥವಾ ಬ್ಲಾಕ್</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster (cluster and school rows)</source>
        <translation>ಕ್ಲಸ್ಟರ್ (ಕ್ಲಸ್ಟರ್ ಮತ್ತು ಶಾಲೆಯ ಸಾಲುಗಳು)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UDISE code (school rows)</source>
        <translation>UDISE ಕೋಡ್ (ಶಾಲೆಯ ಸಾಲುಗಳು)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the school (school rows)</source>
        <translation>ಶಾಲೆಯ ಹೆಸರು (ಶಾಲೆಯ ಸಾಲುಗಳು)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <location filename="../../desktop/services/exchange/inbound_conflicts.py" line="+40"/>
        <source>Grade</source>
        <translation>ತರಗತಿ</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+25"/>
        <source>Subject</source>
        <translation>ವಿಷಯ</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Students assessed (blank when suppressed)</source>
        <translation>ಮೌಲ್ಯಮಾಪನಗೊಂಡ ವಿದ್ಯಾರ್ಥಿಗಳು (ತೋರಿಸದಿದ್ದಾಗ ಖಾಲಿ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean score (blank when suppressed)</source>
        <translation>ಸರಾಸರಿ ಅಂಕ (ತೋರಿಸದಿದ್ದಾಗ ಖಾಲಿ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>% at grade level (blank when suppressed)</source>
        <translation>ತರಗತಿ ಮಟ್ಟದಲ್ಲಿರುವ % (ತೋರಿಸದಿದ್ದಾಗ ಖಾಲಿ)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The student&apos;s pseudonym under this MoU (not the school&apos;s id)</source>
        <translation>ಈ MoU ಅಡಿಯಲ್ಲಿ ವಿದ್ಯಾರ್ಥಿಯ ಗುಪ್ತನಾಮ (ಶಾಲೆಯ ಗುರುತು ಸಂಖ್ಯೆ ಅಲ್ಲ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>F, M or O</source>
        <translation>F, M ಅಥವಾ O</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/services/exchange/inbound_conflicts.py" line="+2"/>
        <source>Score</source>
        <translation>ಅಂಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning level</source>
        <translation>ಕಲಿಕಾ ಮಟ್ಟ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date assessed (DD/MM/YYYY)</source>
        <translation>ಮೌಲ್ಯಮಾಪನ ದಿನಾಂಕ (DD/MM/YYYY)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Designation</source>
        <translation>ಹುದ್ದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>ಕಚೇರಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>ದೂರವಾಣಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>ಇ-ಮೇಲ್</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/export.py" line="+76"/>
        <source>There is no MoU with the reference {reference!r}.</source>
        <translation>{reference!r} ಉಲ್ಲೇಖದ MoU ಇಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+168"/>
        <location filename="../../desktop/services/exchange/return_package.py" line="+172"/>
        <source>Encrypting and writing</source>
        <translation>ಗೂಢಲಿಪೀಕರಿಸಿ ಬರೆಯಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../../desktop/services/exchange/return_package.py" line="+12"/>
        <source>Done</source>
        <translation>ಪೂರ್ಣಗೊಂಡಿದೆ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/fingerprints.py" line="+32"/>
        <source>Type or paste the partner&apos;s public key from their receipt.</source>
        <translation>ಪಾಲುದಾರ ಸಂಸ್ಥೆಯ ರಸೀದಿಯಿಂದ ಅವರ ಸಾರ್ವಜನಿಕ ಕೀಲಿಯನ್ನು ಟೈಪ್ ಮಾಡಿ ಅಥವಾ ಅಂಟಿಸಿ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The public key has characters a key cannot have; copy it exactly as printed on the receipt (letters, digits, + / and = only).</source>
        <translation>ಸಾರ್ವಜನಿಕ ಕೀಲಿಯಲ್ಲಿ ಕೀಲಿಯಲ್ಲಿರಲು ಸಾಧ್ಯವಿಲ್ಲದ ಅಕ್ಷರಗಳಿವೆ; ರಸೀದಿಯಲ್ಲಿ ಮುದ್ರಿಸಿದಂತೆಯೇ ನಕಲಿಸಿ (ಅಕ್ಷರಗಳು, ಅಂಕಿಗಳು, + / ಮತ್ತು = ಮಾತ್ರ).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A public key is 44 characters ({bytes} bytes); this one is {count} bytes: a part is missing or extra.</source>
        <translation>ಸಾರ್ವಜನಿಕ ಕೀಲಿ 44 ಅಕ್ಷರಗಳು ({bytes} ಬೈಟ್‌ಗಳು); ಇದು {count} ಬೈಟ್‌ಗಳು: ಒಂದು ಭಾಗ ಕಾಣೆಯಾಗಿದೆ ಅಥವಾ ಹೆಚ್ಚುವರಿಯಾಗಿದೆ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/inbound_check.py" line="+148"/>
        <source>student name (as the office keeps it)</source>
        <translation>ವಿದ್ಯಾರ್ಥಿಯ ಹೆಸರು (ಕಚೇರಿಯ ದಾಖಲೆಯಂತೆ)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{count} student in {file} has an id this office did not give under MoU {reference} (the partner&apos;s own id, or a pseudonym of another MoU): their results are kept under the partner&apos;s ids, not linked to the office&apos;s students.</source>
        <translation>{file} ನಲ್ಲಿ {count} ವಿದ್ಯಾರ್ಥಿಗೆ MoU {reference} ಅಡಿಯಲ್ಲಿ ಈ ಕಚೇರಿ ನೀಡದ ಗುರುತು ಸಂಖ್ಯೆ ಇದೆ (ಪಾಲುದಾರ ಸಂಸ್ಥೆಯ ಸ್ವಂತ ಗುರುತು, ಅಥವಾ ಬೇರೆ MoU ನ ಗುಪ್ತನಾಮ): ಅವರ ಫಲಿತಾಂಶಗಳನ್ನು ಪಾಲುದಾರರ ಗುರುತು ಸಂಖ್ಯೆಗಳಡಿ ಇಡಲಾಗುತ್ತದೆ, ಕಚೇರಿಯ ವಿದ್ಯಾರ್ಥಿಗಳೊಂದಿಗೆ ಜೋಡಿಸಲಾಗುವುದಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} students in {file} have an id this office did not give under MoU {reference} (the partner&apos;s own id, or a pseudonym of another MoU): their results are kept under the partner&apos;s ids, not linked to the office&apos;s students.</source>
        <translation>{file} ನಲ್ಲಿ {count} ವಿದ್ಯಾರ್ಥಿಗಳಿಗೆ MoU {reference} ಅಡಿಯಲ್ಲಿ ಈ ಕಚೇರಿ ನೀಡದ ಗುರುತು ಸಂಖ್ಯೆ ಇದೆ (ಪಾಲುದಾರ ಸಂಸ್ಥೆಯ ಸ್ವಂತ ಗುರುತು, ಅಥವಾ ಬೇರೆ MoU ನ ಗುಪ್ತನಾಮ): ಅವರ ಫಲಿತಾಂಶಗಳನ್ನು ಪಾಲುದಾರರ ಗುರುತು ಸಂಖ್ಯೆಗಳಡಿ ಇಡಲಾಗುತ್ತದೆ, ಕಚೇರಿಯ ವಿದ್ಯಾರ್ಥಿಗಳೊಂದಿಗೆ ಜೋಡಿಸಲಾಗುವುದಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{count} row of {file} is about schools MoU {reference} does not cover.</source>
        <translation>{file} ನ {count} ಸಾಲು MoU {reference} ವ್ಯಾಪ್ತಿಗೆ ಒಳಪಡದ ಶಾಲೆಗಳ ಕುರಿತಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} rows of {file} are about schools MoU {reference} does not cover.</source>
        <translation>{file} ನ {count} ಸಾಲುಗಳು MoU {reference} ವ್ಯಾಪ್ತಿಗೆ ಒಳಪಡದ ಶಾಲೆಗಳ ಕುರಿತಾಗಿವೆ.</translation>
    </message>
    <message>
        <location line="+43"/>
        <location filename="../../desktop/services/exchange/package_reader.py" line="+260"/>
        <source>Checked</source>
        <translation>ಪರಿಶೀಲಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/inbound_conflicts.py" line="-4"/>
        <source>School</source>
        <translation>ಶಾಲೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student name</source>
        <translation>ವಿದ್ಯಾರ್ಥಿಯ ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gender</source>
        <translation>ಲಿಂಗ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>ಮಟ್ಟ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessed on</source>
        <translation>ಮೌಲ್ಯಮಾಪನ ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blank</source>
        <translation>ಖಾಲಿ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{record}: the office has {office_value} (imported {day} by {operator}); the package has {package_value}.</source>
        <translation>{record}: ಕಚೇರಿಯಲ್ಲಿ {office_value} ಇದೆ ({day} ರಂದು {operator} ಆಮದು ಮಾಡಿದ್ದು); ಪ್ಯಾಕೇಜ್‌ನಲ್ಲಿ {package_value} ಇದೆ.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Student {student}, {subject}, school {school}</source>
        <translation>ವಿದ್ಯಾರ್ಥಿ {student}, {subject}, ಶಾಲೆ {school}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>School {code} {name}</source>
        <translation>ಶಾಲೆ {code} {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/inbound_envelope.py" line="-51"/>
        <source>This package was made by this office for a partner; only packages from partners are imported.</source>
        <translation>ಈ ಪ್ಯಾಕೇಜ್ ಅನ್ನು ಈ ಕಚೇರಿಯೇ ಪಾಲುದಾರ ಸಂಸ್ಥೆಗಾಗಿ ತಯಾರಿಸಿದೆ; ಪಾಲುದಾರ ಸಂಸ್ಥೆಗಳಿಂದ ಬಂದ ಪ್ಯಾಕೇಜ್‌ಗಳನ್ನು ಮಾತ್ರ ಆಮದು ಮಾಡಲಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The key that signed {file} ({fingerprint}) is not registered.</source>
        <translation>{file} ಗೆ ಸಹಿ ಮಾಡಿದ ಕೀಲಿ ({fingerprint}) ನೋಂದಾಯಿತವಾಗಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{file} refers to MoU {reference}, which is not in this office&apos;s MoU register. Check the reference with the partner; data comes back only under a registered MoU.</source>
        <translation>{file} MoU {reference} ಅನ್ನು ಉಲ್ಲೇಖಿಸುತ್ತದೆ, ಅದು ಈ ಕಚೇರಿಯ MoU ವಹಿಯಲ್ಲಿ ಇಲ್ಲ. ಉಲ್ಲೇಖವನ್ನು ಪಾಲುದಾರ ಸಂಸ್ಥೆಯೊಂದಿಗೆ ಪರಿಶೀಲಿಸಿ; ನೋಂದಾಯಿತ MoU ಅಡಿಯಲ್ಲಿ ಮಾತ್ರ ದತ್ತಾಂಶ ಹಿಂತಿರುಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the assessment round these data belong to: the package names the round “{round}”, which this office does not have.</source>
        <translation>ಈ ದತ್ತಾಂಶ ಯಾವ ಮೌಲ್ಯಮಾಪನ ಸುತ್ತಿಗೆ ಸೇರಿದೆ ಎಂದು ಆಯ್ಕೆಮಾಡಿ: ಪ್ಯಾಕೇಜ್ “{round}” ಸುತ್ತನ್ನು ಹೆಸರಿಸುತ್ತದೆ, ಅದು ಈ ಕಚೇರಿಯಲ್ಲಿ ಇಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the assessment round these data belong to: the package does not name one.</source>
        <translation>ಈ ದತ್ತಾಂಶ ಯಾವ ಮೌಲ್ಯಮಾಪನ ಸುತ್ತಿಗೆ ಸೇರಿದೆ ಎಂದು ಆಯ್ಕೆಮಾಡಿ: ಪ್ಯಾಕೇಜ್ ಯಾವುದೇ ಸುತ್ತನ್ನು ಹೆಸರಿಸುವುದಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{name} is not a package for the district (it is marked “{direction}”); only packages partners make for the office are imported.</source>
        <translation>{name} ಜಿಲ್ಲೆಗಾಗಿ ತಯಾರಿಸಿದ ಪ್ಯಾಕೇಜ್ ಅಲ್ಲ (ಅದರ ಮೇಲೆ “{direction}” ಎಂದು ಗುರುತಿಸಲಾಗಿದೆ); ಪಾಲುದಾರ ಸಂಸ್ಥೆಗಳು ಕಚೇರಿಗಾಗಿ ತಯಾರಿಸಿದ ಪ್ಯಾಕೇಜ್‌ಗಳನ್ನು ಮಾತ್ರ ಆಮದು ಮಾಡಲಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>none</source>
        <translation>ಯಾವುದೂ ಇಲ್ಲ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is signed by {organisation} (key {fingerprint}), which is not a partner of MoU {reference} (its partners: {listed}). Only an MoU&apos;s partners return data under it.</source>
        <translation>{name} ಗೆ {organisation} ಸಹಿ ಮಾಡಿದೆ (ಕೀಲಿ {fingerprint}), ಅದು MoU {reference} ನ ಪಾಲುದಾರ ಸಂಸ್ಥೆ ಅಲ್ಲ (ಅದರ ಪಾಲುದಾರರು: {listed}). MoU ನ ಪಾಲುದಾರರು ಮಾತ್ರ ಅದರಡಿ ದತ್ತಾಂಶ ಹಿಂತಿರುಗಿಸುತ್ತಾರೆ.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} is not signed: it is the office&apos;s return template filled by the partner. Check with the partner that this is the file they sent.</source>
        <translation>{name} ಗೆ ಸಹಿ ಇಲ್ಲ: ಇದು ಪಾಲುದಾರ ಸಂಸ್ಥೆ ಭರ್ತಿ ಮಾಡಿದ ಕಚೇರಿಯ ಮಾಹಿತಿ ಸಲ್ಲಿಕೆ ನಮೂನೆ. ಇದೇ ಅವರು ಕಳುಹಿಸಿದ ಕಡತ ಎಂದು ಪಾಲುದಾರರೊಂದಿಗೆ ಖಚಿತಪಡಿಸಿಕೊಳ್ಳಿ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>MoU {reference} is {status}: it is not signed yet, so no data comes back under it.</source>
        <translation>MoU {reference} {status}: ಇನ್ನೂ ಸಹಿಯಾಗಿಲ್ಲ, ಆದ್ದರಿಂದ ಅದರಡಿ ಯಾವುದೇ ದತ್ತಾಂಶ ಹಿಂತಿರುಗುವುದಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MoU {reference} expired on {day}; the data is imported as the partner returned it under the MoU (an endline assessed before it ended, for example).</source>
        <translation>MoU {reference} ನ ಅವಧಿ {day} ರಂದು ಮುಗಿದಿದೆ; ಪಾಲುದಾರ ಸಂಸ್ಥೆ MoU ಅಡಿಯಲ್ಲಿ ಹಿಂತಿರುಗಿಸಿದಂತೆ ದತ್ತಾಂಶವನ್ನು ಆಮದು ಮಾಡಲಾಗುತ್ತದೆ (ಉದಾ: ಅವಧಿ ಮುಗಿಯುವ ಮೊದಲು ನಡೆದ ಅಂತಿಮ ಮೌಲ್ಯಮಾಪನ).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>MoU {reference} was terminated on {day}; the data is imported as the partner returned it under the MoU.</source>
        <translation>MoU {reference} ಅನ್ನು {day} ರಂದು ಅಂತ್ಯಗೊಳಿಸಲಾಗಿದೆ; ಪಾಲುದಾರ ಸಂಸ್ಥೆ MoU ಅಡಿಯಲ್ಲಿ ಹಿಂತಿರುಗಿಸಿದಂತೆ ದತ್ತಾಂಶವನ್ನು ಆಮದು ಮಾಡಲಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MoU {reference} was terminated; the data is imported as the partner returned it under the MoU.</source>
        <translation>MoU {reference} ಅನ್ನು ಅಂತ್ಯಗೊಳಿಸಲಾಗಿದೆ; ಪಾಲುದಾರ ಸಂಸ್ಥೆ MoU ಅಡಿಯಲ್ಲಿ ಹಿಂತಿರುಗಿಸಿದಂತೆ ದತ್ತಾಂಶವನ್ನು ಆಮದು ಮಾಡಲಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} holds data partners do not send back to the office: {shown}. Only these are imported: {allowed}. Ask the partner to make the package again without the others.</source>
        <translation>{name} ನಲ್ಲಿ ಪಾಲುದಾರ ಸಂಸ್ಥೆಗಳು ಕಚೇರಿಗೆ ಹಿಂತಿರುಗಿಸದ ದತ್ತಾಂಶವಿದೆ: {shown}. ಇವುಗಳನ್ನು ಮಾತ್ರ ಆಮದು ಮಾಡಲಾಗುತ್ತದೆ: {allowed}. ಉಳಿದವುಗಳಿಲ್ಲದೆ ಪ್ಯಾಕೇಜ್ ಅನ್ನು ಮತ್ತೆ ತಯಾರಿಸಲು ಪಾಲುದಾರರನ್ನು ಕೋರಿ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} holds no tables to import.</source>
        <translation>{name} ನಲ್ಲಿ ಆಮದು ಮಾಡಲು ಯಾವುದೇ ಕೋಷ್ಟಕಗಳಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This package ({package}) was already imported on {day} by {operator} (exchange log entry {entry}); importing it again changes nothing.</source>
        <translation>ಈ ಪ್ಯಾಕೇಜ್ ({package}) ಅನ್ನು {day} ರಂದು {operator} ಈಗಾಗಲೇ ಆಮದು ಮಾಡಿದ್ದಾರೆ (ವಿನಿಮಯ ವಹಿ ನಮೂದು {entry}); ಮತ್ತೆ ಆಮದು ಮಾಡಿದರೆ ಏನೂ ಬದಲಾಗುವುದಿಲ್ಲ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/inbound_tables.py" line="+89"/>
        <source>{path} cannot be imported: {detail}. The package was signed as it is, so the partner&apos;s software wrote it wrongly; ask the partner to make it again.</source>
        <translation>{path} ಅನ್ನು ಆಮದು ಮಾಡಲು ಸಾಧ್ಯವಿಲ್ಲ: {detail}. ಪ್ಯಾಕೇಜ್‌ಗೆ ಇದೇ ಸ್ಥಿತಿಯಲ್ಲಿ ಸಹಿ ಮಾಡಲಾಗಿದೆ, ಆದ್ದರಿಂದ ಪಾಲುದಾರ ಸಂಸ್ಥೆಯ ತಂತ್ರಾಂಶ ಅದನ್ನು ತಪ್ಪಾಗಿ ಬರೆದಿದೆ; ಅದನ್ನು ಮತ್ತೆ ತಯಾರಿಸಲು ಪಾಲುದಾರರನ್ನು ಕೋರಿ.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>its manifest&apos;s creation time {value!r} is not a date and time with its zone</source>
        <translation>ಅದರ ಮ್ಯಾನಿಫೆಸ್ಟ್‌ನಲ್ಲಿನ ರಚನೆಯ ಸಮಯ {value!r} ಸಮಯ ವಲಯ ಸಹಿತ ದಿನಾಂಕ ಮತ್ತು ಸಮಯವಲ್ಲ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its manifest lists {category} but it holds no {file}</source>
        <translation>ಅದರ ಮ್ಯಾನಿಫೆಸ್ಟ್‌ನಲ್ಲಿ {category} ಪಟ್ಟಿಯಲ್ಲಿದೆ, ಆದರೆ ಅದರಲ್ಲಿ {file} ಇಲ್ಲ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file_name} is not a readable CSV table ({reason})</source>
        <translation>{file_name} ಓದಬಹುದಾದ CSV ಕೋಷ್ಟಕವಲ್ಲ ({reason})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>its manifest names no MoU</source>
        <translation>ಅದರ ಮ್ಯಾನಿಫೆಸ್ಟ್ ಯಾವುದೇ MoU ಅನ್ನು ಹೆಸರಿಸುವುದಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its manifest&apos;s round {round_name!r} is not a name</source>
        <translation>ಅದರ ಮ್ಯಾನಿಫೆಸ್ಟ್‌ನಲ್ಲಿನ ಸುತ್ತು {round_name!r} ಒಂದು ಹೆಸರಲ್ಲ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its manifest does not list its categories of data</source>
        <translation>ಅದರ ಮ್ಯಾನಿಫೆಸ್ಟ್‌ನಲ್ಲಿ ದತ್ತಾಂಶದ ವರ್ಗಗಳ ಪಟ್ಟಿ ಇಲ್ಲ</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>1 pre-filled row was left empty in {file}: nothing is imported for them.</source>
        <translation>{file} ನಲ್ಲಿ ಮೊದಲೇ ಭರ್ತಿ ಮಾಡಿದ 1 ಸಾಲು ಖಾಲಿ ಉಳಿದಿದೆ: ಅದಕ್ಕೆ ಏನನ್ನೂ ಆಮದು ಮಾಡಲಾಗುವುದಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} pre-filled rows were left empty in {file}: nothing is imported for them.</source>
        <translation>{file} ನಲ್ಲಿ ಮೊದಲೇ ಭರ್ತಿ ಮಾಡಿದ {count} ಸಾಲುಗಳು ಖಾಲಿ ಉಳಿದಿವೆ: ಅವುಗಳಿಗೆ ಏನನ್ನೂ ಆಮದು ಮಾಡಲಾಗುವುದಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>(column {position}, no header)</source>
        <translation>(ಅಂಕಣ {position}, ಶೀರ್ಷಿಕೆ ಇಲ್ಲ)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is in the header twice</source>
        <translation>ಶೀರ್ಷಿಕೆ ಸಾಲಿನಲ್ಲಿ ಎರಡು ಬಾರಿ ಇದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each column once</source>
        <translation>ಪ್ರತಿ ಅಂಕಣ ಒಮ್ಮೆ ಮಾತ್ರ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is not a column of {category}</source>
        <translation>{category} ನ ಅಂಕಣವಲ್ಲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the columns {columns}</source>
        <translation>{columns} ಅಂಕಣಗಳು ಮಾತ್ರ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is missing from the header</source>
        <translation>ಶೀರ್ಷಿಕೆ ಸಾಲಿನಲ್ಲಿ ಇಲ್ಲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the columns {columns}</source>
        <translation>{columns} ಅಂಕಣಗಳು</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>is another round than the package&apos;s ({expected}); a package returns one round</source>
        <translation>ಪ್ಯಾಕೇಜ್‌ನ ಸುತ್ತಿಗಿಂತ ({expected}) ಬೇರೆ ಸುತ್ತು; ಒಂದು ಪ್ಯಾಕೇಜ್ ಒಂದೇ ಸುತ್ತಿನ ದತ್ತಾಂಶ ಹಿಂತಿರುಗಿಸುತ್ತದೆ</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>has {count} cells; the header has {width} columns</source>
        <translation>ಇದರಲ್ಲಿ {count} ಕೋಶಗಳಿವೆ; ಶೀರ್ಷಿಕೆ ಸಾಲಿನಲ್ಲಿ {width} ಅಂಕಣಗಳಿವೆ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one cell per column</source>
        <translation>ಪ್ರತಿ ಅಂಕಣಕ್ಕೆ ಒಂದು ಕೋಶ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/inbound_undo.py" line="+75"/>
        <location filename="../../desktop/services/exchange/log.py" line="+176"/>
        <location line="+100"/>
        <location filename="../../desktop/services/exchange/receipts.py" line="+24"/>
        <source>Exchange log entry</source>
        <translation>ವಿನಿಮಯ ವಹಿ ನಮೂದು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exchange log entry {entry} is not an import; only imports can be undone.</source>
        <translation>ವಿನಿಮಯ ವಹಿ ನಮೂದು {entry} ಆಮದು ಅಲ್ಲ; ಆಮದುಗಳನ್ನು ಮಾತ್ರ ರದ್ದುಗೊಳಿಸಬಹುದು.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The import of {package} was already undone on {day} by {operator}.</source>
        <translation>{package} ನ ಆಮದನ್ನು {day} ರಂದು {operator} ಈಗಾಗಲೇ ರದ್ದುಗೊಳಿಸಿದ್ದಾರೆ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/key_storage.py" line="+30"/>
        <source>Retire that key and sign again to create a new one, then give each partner a new hand-over receipt with the new key&apos;s fingerprint.</source>
        <translation>ಆ ಕೀಲಿಯನ್ನು ನಿಷ್ಕ್ರಿಯಗೊಳಿಸಿ ಮತ್ತೆ ಸಹಿ ಮಾಡಿ ಹೊಸ ಕೀಲಿ ರಚಿಸಿ, ನಂತರ ಪ್ರತಿ ಪಾಲುದಾರ ಸಂಸ್ಥೆಗೆ ಹೊಸ ಕೀಲಿಯ ಬೆರಳಚ್ಚು ಇರುವ ಹೊಸ ಹಸ್ತಾಂತರ ರಸೀದಿ ನೀಡಿ.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The private half of this office&apos;s signing key (fingerprint {fingerprint}) {problem}, so packages cannot be signed with it on this PC. {advice}</source>
        <translation>ಈ ಕಚೇರಿಯ ಸಹಿ ಕೀಲಿಯ ಖಾಸಗಿ ಭಾಗ (ಬೆರಳಚ್ಚು {fingerprint}) {problem}, ಆದ್ದರಿಂದ ಈ PC ಯಲ್ಲಿ ಅದರಿಂದ ಪ್ಯಾಕೇಜ್‌ಗಳಿಗೆ ಸಹಿ ಮಾಡಲು ಸಾಧ್ಯವಿಲ್ಲ. {advice}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This PC&apos;s keyring could not keep the office&apos;s signing key ({reason}). Type a passphrase of at least {least} characters to protect the key with instead; it will be asked for every time a package is signed.</source>
        <translation>ಈ PC ಯ ಕೀಲಿ ಸಂಗ್ರಹದಲ್ಲಿ ಕಚೇರಿಯ ಸಹಿ ಕೀಲಿಯನ್ನು ಇರಿಸಲು ಸಾಧ್ಯವಾಗಲಿಲ್ಲ ({reason}). ಬದಲಾಗಿ ಕೀಲಿಯನ್ನು ರಕ್ಷಿಸಲು ಕನಿಷ್ಠ {least} ಅಕ್ಷರಗಳ ಗುಪ್ತ ವಾಕ್ಯವನ್ನು ಟೈಪ್ ಮಾಡಿ; ಪ್ರತಿ ಬಾರಿ ಪ್ಯಾಕೇಜ್‌ಗೆ ಸಹಿ ಮಾಡುವಾಗ ಅದನ್ನು ಕೇಳಲಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This PC has no keyring to keep the office&apos;s signing key in, so the key is protected with a passphrase instead. Type a passphrase of at least {least} characters; it will be asked for every time a package is signed, so keep it where the office keeps its other passwords.</source>
        <translation>ಕಚೇರಿಯ ಸಹಿ ಕೀಲಿಯನ್ನು ಇಡಲು ಈ PC ಯಲ್ಲಿ ಕೀಲಿ ಸಂಗ್ರಹ ಇಲ್ಲ, ಆದ್ದರಿಂದ ಕೀಲಿಯನ್ನು ಗುಪ್ತ ವಾಕ್ಯದಿಂದ ರಕ್ಷಿಸಲಾಗುತ್ತದೆ. ಕನಿಷ್ಠ {least} ಅಕ್ಷರಗಳ ಗುಪ್ತ ವಾಕ್ಯವನ್ನು ಟೈಪ್ ಮಾಡಿ; ಪ್ರತಿ ಬಾರಿ ಪ್ಯಾಕೇಜ್‌ಗೆ ಸಹಿ ಮಾಡುವಾಗ ಅದನ್ನು ಕೇಳಲಾಗುತ್ತದೆ, ಆದ್ದರಿಂದ ಕಚೇರಿ ಇತರ ಗುಪ್ತಪದಗಳನ್ನು ಇಡುವಲ್ಲಿಯೇ ಇದನ್ನೂ ಸುರಕ್ಷಿತವಾಗಿಡಿ.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The key passphrase must be at least {least} characters long; this one has {count}. A few unrelated words make a passphrase that is long and easy to remember.</source>
        <translation>ಕೀಲಿಯ ಗುಪ್ತ ವಾಕ್ಯ ಕನಿಷ್ಠ {least} ಅಕ್ಷರಗಳಷ್ಟು ಉದ್ದವಿರಬೇಕು; ಇದರಲ್ಲಿ {count} ಇವೆ. ಪರಸ್ಪರ ಸಂಬಂಧವಿಲ್ಲದ ಕೆಲವು ಪದಗಳು ಉದ್ದವಾದ ಮತ್ತು ನೆನಪಿಡಲು ಸುಲಭವಾದ ಗುಪ್ತ ವಾಕ್ಯವಾಗುತ್ತವೆ.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the key read back from it was not the key written</source>
        <translation>ಅದರಿಂದ ಮರಳಿ ಓದಿದ ಕೀಲಿ ಬರೆದ ಕೀಲಿಯಾಗಿರಲಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>could not be read from this PC&apos;s keyring ({reason})</source>
        <translation>ಈ PC ಯ ಕೀಲಿ ಸಂಗ್ರಹದಿಂದ ಓದಲು ಸಾಧ್ಯವಾಗಲಿಲ್ಲ ({reason})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is not in this PC&apos;s keyring (the database may have been restored on another PC or under another Windows user)</source>
        <translation>ಈ PC ಯ ಕೀಲಿ ಸಂಗ್ರಹದಲ್ಲಿ ಇಲ್ಲ (ಡೇಟಾಬೇಸ್ ಅನ್ನು ಬೇರೆ PC ಯಲ್ಲಿ ಅಥವಾ ಬೇರೆ Windows ಬಳಕೆದಾರರ ಅಡಿಯಲ್ಲಿ ಮರುಸ್ಥಾಪಿಸಿರಬಹುದು)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>in this PC&apos;s keyring is damaged</source>
        <translation>ಈ PC ಯ ಕೀಲಿ ಸಂಗ್ರಹದಲ್ಲಿ ಹಾಳಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The office&apos;s signing key (fingerprint {fingerprint}) is protected with a passphrase: type the key passphrase to sign the package.</source>
        <translation>ಕಚೇರಿಯ ಸಹಿ ಕೀಲಿ (ಬೆರಳಚ್ಚು {fingerprint}) ಗುಪ್ತ ವಾಕ್ಯದಿಂದ ರಕ್ಷಿತವಾಗಿದೆ: ಪ್ಯಾಕೇಜ್‌ಗೆ ಸಹಿ ಮಾಡಲು ಕೀಲಿಯ ಗುಪ್ತ ವಾಕ್ಯವನ್ನು ಟೈಪ್ ಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>That is not the passphrase of this office&apos;s signing key (fingerprint {fingerprint}). Check Caps Lock and the keyboard language, and type it again.</source>
        <translation>ಅದು ಈ ಕಚೇರಿಯ ಸಹಿ ಕೀಲಿಯ (ಬೆರಳಚ್ಚು {fingerprint}) ಗುಪ್ತ ವಾಕ್ಯವಲ್ಲ. Caps Lock ಮತ್ತು ಕೀಬೋರ್ಡ್ ಭಾಷೆಯನ್ನು ಪರಿಶೀಲಿಸಿ, ಮತ್ತೆ ಟೈಪ್ ಮಾಡಿ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/keys.py" line="+176"/>
        <location filename="../../desktop/services/exchange/partner_keys.py" line="+50"/>
        <source>The label is {count} characters long; at most {limit} fit.</source>
        <translation>ಗುರುತು ಹೆಸರು {count} ಅಕ್ಷರಗಳಷ್ಟು ಉದ್ದವಿದೆ; ಗರಿಷ್ಠ {limit} ಅಕ್ಷರಗಳು ಮಾತ್ರ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This office already has a signing key (fingerprint {fingerprint}). Retire it first to create a new one.</source>
        <translation>ಈ ಕಚೇರಿಗೆ ಈಗಾಗಲೇ ಸಹಿ ಕೀಲಿ ಇದೆ (ಬೆರಳಚ್ಚು {fingerprint}). ಹೊಸದನ್ನು ರಚಿಸಲು ಮೊದಲು ಅದನ್ನು ನಿಷ್ಕ್ರಿಯಗೊಳಿಸಿ.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>in this PC&apos;s keyring belongs to a different key</source>
        <translation>ಈ PC ಯ ಕೀಲಿ ಸಂಗ್ರಹದಲ್ಲಿರುವುದು ಬೇರೆ ಕೀಲಿಗೆ ಸೇರಿದೆ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This office has no active signing key to retire; the next package signed creates one.</source>
        <translation>ನಿಷ್ಕ್ರಿಯಗೊಳಿಸಲು ಈ ಕಚೇರಿಗೆ ಸಕ್ರಿಯ ಸಹಿ ಕೀಲಿ ಇಲ್ಲ; ಮುಂದಿನ ಪ್ಯಾಕೇಜ್‌ಗೆ ಸಹಿ ಮಾಡುವಾಗ ಹೊಸ ಕೀಲಿ ರಚನೆಯಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Give the reason for retiring the key (for example: the PC was replaced, or the key may have been seen by someone else). It is kept with the key.</source>
        <translation>ಕೀಲಿಯನ್ನು ನಿಷ್ಕ್ರಿಯಗೊಳಿಸುವ ಕಾರಣ ನೀಡಿ (ಉದಾ: PC ಬದಲಿಸಲಾಗಿದೆ, ಅಥವಾ ಕೀಲಿಯನ್ನು ಬೇರೆಯವರು ನೋಡಿರಬಹುದು). ಅದನ್ನು ಕೀಲಿಯೊಂದಿಗೆ ದಾಖಲಿಸಲಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/log.py" line="-245"/>
        <source>Sent to partner</source>
        <translation>ಪಾಲುದಾರ ಸಂಸ್ಥೆಗೆ ಕಳುಹಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received from partner</source>
        <translation>ಪಾಲುದಾರ ಸಂಸ್ಥೆಯಿಂದ ಸ್ವೀಕರಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import undone</source>
        <translation>ಆಮದು ರದ್ದುಗೊಳಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return template</source>
        <translation>ಮಾಹಿತಿ ಸಲ್ಲಿಕೆ ನಮೂನೆ</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Deleted (confirmed {day})</source>
        <translation>ಅಳಿಸಲಾಗಿದೆ ({day} ರಂದು ದೃಢೀಕರಿಸಲಾಗಿದೆ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Past keep-until ({day}): ask for deletion</source>
        <translation>ಇಟ್ಟುಕೊಳ್ಳುವ ಗಡುವು ({day}) ಮೀರಿದೆ: ಅಳಿಸಲು ಕೋರಿ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Held until {day}</source>
        <translation>{day} ರವರೆಗೆ ಇಟ್ಟುಕೊಳ್ಳಬಹುದು</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Type the school&apos;s UDISE code.</source>
        <translation>ಶಾಲೆಯ UDISE ಕೋಡ್ ಟೈಪ್ ಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type the student&apos;s id as the office keeps it.</source>
        <translation>ಕಚೇರಿಯ ದಾಖಲೆಯಲ್ಲಿರುವಂತೆ ವಿದ್ಯಾರ್ಥಿಯ ಗುರುತು ಸಂಖ್ಯೆ ಟೈಪ್ ಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Say who confirmed the deletion for the partner (name and designation).</source>
        <translation>ಪಾಲುದಾರ ಸಂಸ್ಥೆಯ ಪರವಾಗಿ ಅಳಿಸುವಿಕೆಯನ್ನು ಯಾರು ದೃಢೀಕರಿಸಿದರು ಎಂದು ನೀಡಿ (ಹೆಸರು ಮತ್ತು ಹುದ್ದೆ).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The confirmation date {day} is after today ({today}).</source>
        <translation>ದೃಢೀಕರಣ ದಿನಾಂಕ {day} ಇಂದಿನ ({today}) ನಂತರದ್ದಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only packages sent to a partner, and return templates given to one, have data to delete.</source>
        <translation>ಪಾಲುದಾರ ಸಂಸ್ಥೆಗೆ ಕಳುಹಿಸಿದ ಪ್ಯಾಕೇಜ್‌ಗಳು ಮತ್ತು ನೀಡಿದ ಮಾಹಿತಿ ಸಲ್ಲಿಕೆ ನಮೂನೆಗಳಲ್ಲಿ ಮಾತ್ರ ಅಳಿಸಬೇಕಾದ ದತ್ತಾಂಶವಿರುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The confirmation date {day} is before the package {package} was sent ({sent}).</source>
        <translation>ದೃಢೀಕರಣ ದಿನಾಂಕ {day}, ಪ್ಯಾಕೇಜ್ {package} ಕಳುಹಿಸಿದ ದಿನಾಂಕಕ್ಕಿಂತ ({sent}) ಮೊದಲಿದೆ.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The deletion of {package} was already confirmed on {day} by {person}.</source>
        <translation>{package} ನ ಅಳಿಸುವಿಕೆಯನ್ನು {day} ರಂದು {person} ಈಗಾಗಲೇ ದೃಢೀಕರಿಸಿದ್ದಾರೆ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/package.py" line="+163"/>
        <source>The drive holding {folder} has {free} free; the package needs about {needed}. Free some space or choose another drive.</source>
        <translation>{folder} ಇರುವ ಡ್ರೈವ್‌ನಲ್ಲಿ {free} ಖಾಲಿ ಸ್ಥಳವಿದೆ; ಪ್ಯಾಕೇಜ್‌ಗೆ ಸುಮಾರು {needed} ಬೇಕು. ಸ್ವಲ್ಪ ಸ್ಥಳ ಖಾಲಿ ಮಾಡಿ ಅಥವಾ ಬೇರೆ ಡ್ರೈವ್ ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{folder} already holds a file named {file}; it was left as it is. Choose another name or drive.</source>
        <translation>{folder} ನಲ್ಲಿ ಈಗಾಗಲೇ {file} ಹೆಸರಿನ ಕಡತವಿದೆ; ಅದನ್ನು ಹಾಗೆಯೇ ಬಿಡಲಾಗಿದೆ. ಬೇರೆ ಹೆಸರು ಅಥವಾ ಡ್ರೈವ್ ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Encrypting</source>
        <translation>ಗೂಢಲಿಪೀಕರಿಸಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing</source>
        <translation>ಬರೆಯಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{folder} cannot be written to ({reason}).</source>
        <translation>{folder} ಗೆ ಬರೆಯಲು ಸಾಧ್ಯವಿಲ್ಲ ({reason}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking the written package</source>
        <translation>ಬರೆದ ಪ್ಯಾಕೇಜ್ ಪರಿಶೀಲಿಸಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} appeared in {folder} while the package was written; it was left as it is.</source>
        <translation>ಪ್ಯಾಕೇಜ್ ಬರೆಯುತ್ತಿರುವಾಗ {folder} ನಲ್ಲಿ {file} ಕಾಣಿಸಿಕೊಂಡಿತು; ಅದನ್ನು ಹಾಗೆಯೇ ಬಿಡಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The package could not be written to {folder} ({reason}): the drive may be full or have been removed. Nothing was left on it; try again.</source>
        <translation>ಪ್ಯಾಕೇಜ್ ಅನ್ನು {folder} ಗೆ ಬರೆಯಲು ಸಾಧ್ಯವಾಗಲಿಲ್ಲ ({reason}): ಡ್ರೈವ್ ತುಂಬಿರಬಹುದು ಅಥವಾ ತೆಗೆದಿರಬಹುದು. ಅದರಲ್ಲಿ ಏನನ್ನೂ ಉಳಿಸಲಾಗಿಲ್ಲ; ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Written</source>
        <translation>ಬರೆಯಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>its bytes differ from those written</source>
        <translation>ಅದರ ಬೈಟ್‌ಗಳು ಬರೆದವುಗಳಿಗಿಂತ ಭಿನ್ನವಾಗಿವೆ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The package written to {folder} did not read back as written ({problem}), so it was removed. The drive may be failing: try again, or use another drive.</source>
        <translation>{folder} ಗೆ ಬರೆದ ಪ್ಯಾಕೇಜ್ ಮರಳಿ ಓದಿದಾಗ ಬರೆದಂತೆ ಇರಲಿಲ್ಲ ({problem}), ಆದ್ದರಿಂದ ಅದನ್ನು ತೆಗೆದುಹಾಕಲಾಗಿದೆ. ಡ್ರೈವ್ ದೋಷಪೂರಿತವಾಗಿರಬಹುದು: ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ, ಅಥವಾ ಬೇರೆ ಡ್ರೈವ್ ಬಳಸಿ.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{folder} already exists and is not empty; choose another folder, so that nothing in it is overwritten.</source>
        <translation>{folder} ಈಗಾಗಲೇ ಅಸ್ತಿತ್ವದಲ್ಲಿದೆ ಮತ್ತು ಖಾಲಿ ಇಲ್ಲ; ಅದರಲ್ಲಿರುವುದು ಮೇಲ್ಬರಹವಾಗದಂತೆ ಬೇರೆ ಫೋಲ್ಡರ್ ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/package_layout.py" line="+86"/>
        <source>a file needs a name</source>
        <translation>ಕಡತಕ್ಕೆ ಹೆಸರು ಬೇಕು</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>{name!r} is not a plain file name</source>
        <translation>{name!r} ಸಾಮಾನ್ಯ ಕಡತದ ಹೆಸರಲ್ಲ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name!r} is a device name on Windows</source>
        <translation>{name!r} Windows ನಲ್ಲಿ ಸಾಧನದ ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name!r} is the package&apos;s own file</source>
        <translation>{name!r} ಪ್ಯಾಕೇಜ್‌ನ ಸ್ವಂತ ಕಡತ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/package_manifest.py" line="+54"/>
        <source>its manifest.json is not readable: {reason}</source>
        <translation>ಅದರ manifest.json ಓದಲು ಸಾಧ್ಯವಿಲ್ಲ: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its manifest.json is not an exchange manifest</source>
        <translation>ಅದರ manifest.json ದತ್ತಾಂಶ ವಿನಿಮಯದ ಮ್ಯಾನಿಫೆಸ್ಟ್ ಅಲ್ಲ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its manifest.json names no package format version</source>
        <translation>ಅದರ manifest.json ನಲ್ಲಿ ಪ್ಯಾಕೇಜ್ ನಮೂನೆಯ ಆವೃತ್ತಿ ಇಲ್ಲ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>was made by a newer version of District Collective Desk (package format {version}); this version reads format {supported}</source>
        <translation>District Collective Desk ನ ಹೊಸ ಆವೃತ್ತಿಯಿಂದ ತಯಾರಿಸಲಾಗಿದೆ (ಪ್ಯಾಕೇಜ್ ನಮೂನೆ {version}); ಈ ಆವೃತ್ತಿ {supported} ನಮೂನೆಯನ್ನು ಓದುತ್ತದೆ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>uses package format {version}; this version reads format {supported}</source>
        <translation>ಪ್ಯಾಕೇಜ್ ನಮೂನೆ {version} ಬಳಸುತ್ತದೆ; ಈ ಆವೃತ್ತಿ {supported} ನಮೂನೆಯನ್ನು ಓದುತ್ತದೆ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its manifest.json has no package id</source>
        <translation>ಅದರ manifest.json ನಲ್ಲಿ ಪ್ಯಾಕೇಜ್ ಗುರುತು ಸಂಖ್ಯೆ ಇಲ್ಲ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its manifest.json does not name its signer</source>
        <translation>ಅದರ manifest.json ಸಹಿ ಮಾಡಿದವರನ್ನು ಹೆಸರಿಸುವುದಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is signed with {algorithm!r}, which this version cannot check</source>
        <translation>{algorithm!r} ನಿಂದ ಸಹಿ ಮಾಡಲಾಗಿದೆ, ಇದನ್ನು ಈ ಆವೃತ್ತಿ ಪರಿಶೀಲಿಸಲಾರದು</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the signer&apos;s public key in its manifest.json is not a key</source>
        <translation>ಅದರ manifest.json ನಲ್ಲಿರುವ ಸಹಿದಾರರ ಸಾರ್ವಜನಿಕ ಕೀಲಿ ಕೀಲಿಯಲ್ಲ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the signer&apos;s fingerprint in its manifest.json is not its key&apos;s</source>
        <translation>ಅದರ manifest.json ನಲ್ಲಿರುವ ಸಹಿದಾರರ ಬೆರಳಚ್ಚು ಅವರ ಕೀಲಿಯದಲ್ಲ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>its manifest.json does not list its files</source>
        <translation>ಅದರ manifest.json ನಲ್ಲಿ ಕಡತಗಳ ಪಟ್ಟಿ ಇಲ್ಲ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an entry of its manifest.json&apos;s file list is malformed</source>
        <translation>ಅದರ manifest.json ನ ಕಡತ ಪಟ್ಟಿಯ ಒಂದು ನಮೂದು ಸರಿಯಾದ ರೂಪದಲ್ಲಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its manifest.json lists a file it cannot hold ({problem})</source>
        <translation>ಅದರ manifest.json ಪ್ಯಾಕೇಜ್‌ನಲ್ಲಿರಲು ಸಾಧ್ಯವಿಲ್ಲದ ಕಡತವನ್ನು ಪಟ್ಟಿ ಮಾಡಿದೆ ({problem})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its manifest.json lists a file name twice</source>
        <translation>ಅದರ manifest.json ಒಂದು ಕಡತದ ಹೆಸರನ್ನು ಎರಡು ಬಾರಿ ಪಟ್ಟಿ ಮಾಡಿದೆ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its manifest.json does not say how it is encrypted</source>
        <translation>ಅದನ್ನು ಹೇಗೆ ಗೂಢಲಿಪೀಕರಿಸಲಾಗಿದೆ ಎಂದು ಅದರ manifest.json ಹೇಳುವುದಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is encrypted as {cipher!r} in chunks of {chunk_size!r} bytes, which this version cannot read ({expected_cipher}, {expected_chunk})</source>
        <translation>{chunk_size!r} ಬೈಟ್‌ಗಳ ತುಣುಕುಗಳಲ್ಲಿ {cipher!r} ಆಗಿ ಗೂಢಲಿಪೀಕರಿಸಲಾಗಿದೆ, ಇದನ್ನು ಈ ಆವೃತ್ತಿ ಓದಲಾರದು ({expected_cipher}, {expected_chunk})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>its manifest.json does not give the encrypted payload&apos;s hash and size</source>
        <translation>ಅದರ manifest.json ಗೂಢಲಿಪೀಕರಿಸಿದ ದತ್ತಾಂಶದ ಹ್ಯಾಶ್ ಮತ್ತು ಗಾತ್ರವನ್ನು ನೀಡುವುದಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file} asks for a costlier unlocking than this version allows, so it was not attempted: {reason} Ask the sender to write it again with the standard settings.</source>
        <translation>{file} ಅನ್ನು ತೆರೆಯಲು ಈ ಆವೃತ್ತಿ ಅನುಮತಿಸುವುದಕ್ಕಿಂತ ಹೆಚ್ಚು ಶ್ರಮದ ಲೆಕ್ಕಾಚಾರ ಬೇಕು, ಆದ್ದರಿಂದ ಪ್ರಯತ್ನಿಸಲಿಲ್ಲ: {reason} ಪ್ರಮಾಣಿತ ಸೆಟ್ಟಿಂಗ್‌ಗಳೊಂದಿಗೆ ಮತ್ತೆ ಬರೆಯಲು ಕಳುಹಿಸಿದವರನ್ನು ಕೋರಿ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is locked in a way this version cannot unlock: {reason}</source>
        <translation>ಈ ಆವೃತ್ತಿ ತೆರೆಯಲಾಗದ ರೀತಿಯಲ್ಲಿ ಲಾಕ್ ಮಾಡಲಾಗಿದೆ: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/package_reader.py" line="-166"/>
        <source>it holds {contents}</source>
        <translation>ಅದರಲ್ಲಿ {contents} ಇದೆ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{member} is not stored as a package stores it</source>
        <translation>{member} ಅನ್ನು ಪ್ಯಾಕೇಜ್ ಸಂಗ್ರಹಿಸುವ ರೀತಿಯಲ್ಲಿ ಸಂಗ್ರಹಿಸಲಾಗಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{member} is larger than a package&apos;s can be</source>
        <translation>{member} ಪ್ಯಾಕೇಜ್‌ನ ಕಡತ ಇರಬಹುದಾದ ಗಾತ್ರಕ್ಕಿಂತ ದೊಡ್ಡದು</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its zip structure cannot be read: {reason}</source>
        <translation>ಅದರ zip ರಚನೆಯನ್ನು ಓದಲು ಸಾಧ್ಯವಿಲ್ಲ: {reason}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the files inside are not the ones its manifest lists</source>
        <translation>ಒಳಗಿರುವ ಕಡತಗಳು ಅದರ ಮ್ಯಾನಿಫೆಸ್ಟ್‌ನಲ್ಲಿ ಪಟ್ಟಿ ಮಾಡಿರುವ ಕಡತಗಳಲ್ಲ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not the {size:,} bytes its manifest says</source>
        <translation>{name} ಅದರ ಮ್ಯಾನಿಫೆಸ್ಟ್‌ನಲ್ಲಿ ಹೇಳಿರುವಂತೆ {size:,} ಬೈಟ್‌ಗಳಷ್ಟಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} does not match the SHA-256 in its manifest</source>
        <translation>{name} ಅದರ ಮ್ಯಾನಿಫೆಸ್ಟ್‌ನಲ್ಲಿರುವ SHA-256 ಗೆ ಹೊಂದುವುದಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the files inside cannot be unpacked: {reason}</source>
        <translation>ಒಳಗಿರುವ ಕಡತಗಳನ್ನು ಹೊರತೆಗೆಯಲು ಸಾಧ್ಯವಿಲ್ಲ: {reason}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checking the signature</source>
        <translation>ಸಹಿ ಪರಿಶೀಲಿಸಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} was signed by a key this office has not registered (fingerprint {fingerprint}). Register the partner&apos;s key from their hand-over receipt on the Exchange page first.</source>
        <translation>{file} ಗೆ ಈ ಕಚೇರಿ ನೋಂದಾಯಿಸದ ಕೀಲಿಯಿಂದ ಸಹಿ ಮಾಡಲಾಗಿದೆ (ಬೆರಳಚ್ಚು {fingerprint}). ಮೊದಲು &apos;ದತ್ತಾಂಶ ವಿನಿಮಯ&apos; ಪುಟದಲ್ಲಿ ಪಾಲುದಾರ ಸಂಸ್ಥೆಯ ಹಸ್ತಾಂತರ ರಸೀದಿಯಿಂದ ಅವರ ಕೀಲಿಯನ್ನು ನೋಂದಾಯಿಸಿ.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file} does not carry a valid signature of key {fingerprint}: its manifest was changed after it was signed, or signed by another key. Nothing was opened; ask the sender for a fresh copy.</source>
        <translation>{file} ನಲ್ಲಿ ಕೀಲಿ {fingerprint} ನ ಮಾನ್ಯ ಸಹಿ ಇಲ್ಲ: ಸಹಿ ಮಾಡಿದ ನಂತರ ಅದರ ಮ್ಯಾನಿಫೆಸ್ಟ್ ಬದಲಾಗಿದೆ, ಅಥವಾ ಬೇರೆ ಕೀಲಿಯಿಂದ ಸಹಿ ಮಾಡಲಾಗಿದೆ. ಏನನ್ನೂ ತೆರೆಯಲಾಗಿಲ್ಲ; ಕಳುಹಿಸಿದವರಿಂದ ಹೊಸ ಪ್ರತಿ ಕೋರಿ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>README.txt is not UTF-8 text</source>
        <translation>README.txt UTF-8 ಪಠ್ಯವಲ್ಲ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the zip around the signed parts is not laid out as a package is</source>
        <translation>ಸಹಿ ಮಾಡಿದ ಭಾಗಗಳನ್ನು ಒಳಗೊಂಡ zip ಪ್ಯಾಕೇಜ್‌ನ ವಿನ್ಯಾಸದಲ್ಲಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>README.txt does not match the SHA-256 in its manifest</source>
        <translation>README.txt ಅದರ ಮ್ಯಾನಿಫೆಸ್ಟ್‌ನಲ್ಲಿರುವ SHA-256 ಗೆ ಹೊಂದುವುದಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>payload.enc does not match the SHA-256 and size in its manifest</source>
        <translation>payload.enc ಅದರ ಮ್ಯಾನಿಫೆಸ್ಟ್‌ನಲ್ಲಿರುವ SHA-256 ಮತ್ತು ಗಾತ್ರಕ್ಕೆ ಹೊಂದುವುದಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlocking</source>
        <translation>ತೆರೆಯಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The passphrase is not the one {file} was locked with; nothing was opened. Check it with the person who sent the package: it is given separately from the drive.</source>
        <translation>ಈ ಗುಪ್ತ ವಾಕ್ಯ {file} ಅನ್ನು ಲಾಕ್ ಮಾಡಿದ ಗುಪ್ತ ವಾಕ್ಯವಲ್ಲ; ಏನನ್ನೂ ತೆರೆಯಲಾಗಿಲ್ಲ. ಪ್ಯಾಕೇಜ್ ಕಳುಹಿಸಿದವರೊಂದಿಗೆ ಪರಿಶೀಲಿಸಿ: ಅದನ್ನು ಡ್ರೈವ್‌ನಿಂದ ಪ್ರತ್ಯೇಕವಾಗಿ ನೀಡಲಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking the files</source>
        <translation>ಕಡತಗಳನ್ನು ಪರಿಶೀಲಿಸಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/package_refusals.py" line="+37"/>
        <source>{file} is not a District Collective Desk exchange package ({detail}). Choose the package file exactly as it was handed over.</source>
        <translation>{file} District Collective Desk ನ ದತ್ತಾಂಶ ವಿನಿಮಯ ಪ್ಯಾಕೇಜ್ ಅಲ್ಲ ({detail}). ಹಸ್ತಾಂತರಿಸಿದಂತೆಯೇ ಇರುವ ಪ್ಯಾಕೇಜ್ ಕಡತವನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} is damaged or incomplete ({detail}): it may have been copied only in part, or the drive removed while it was written. Nothing was opened; ask the sender for a fresh copy.</source>
        <translation>{file} ಹಾಳಾಗಿದೆ ಅಥವಾ ಅಪೂರ್ಣವಾಗಿದೆ ({detail}): ಅದನ್ನು ಭಾಗಶಃ ಮಾತ್ರ ನಕಲಿಸಿರಬಹುದು, ಅಥವಾ ಬರೆಯುತ್ತಿರುವಾಗ ಡ್ರೈವ್ ತೆಗೆದಿರಬಹುದು. ಏನನ್ನೂ ತೆರೆಯಲಾಗಿಲ್ಲ; ಕಳುಹಿಸಿದವರಿಂದ ಹೊಸ ಪ್ರತಿ ಕೋರಿ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} was changed or damaged after it was signed: {detail}. Nothing was opened; ask the sender for a fresh copy.</source>
        <translation>ಸಹಿ ಮಾಡಿದ ನಂತರ {file} ಬದಲಾಗಿದೆ ಅಥವಾ ಹಾಳಾಗಿದೆ: {detail}. ಏನನ್ನೂ ತೆರೆಯಲಾಗಿಲ್ಲ; ಕಳುಹಿಸಿದವರಿಂದ ಹೊಸ ಪ್ರತಿ ಕೋರಿ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} {detail}. Update District Collective Desk, or ask the sender to write the package again with the version this office uses.</source>
        <translation>{file} {detail}. District Collective Desk ಅನ್ನು ನವೀಕರಿಸಿ, ಅಥವಾ ಈ ಕಚೇರಿ ಬಳಸುವ ಆವೃತ್ತಿಯಲ್ಲಿ ಪ್ಯಾಕೇಜ್ ಅನ್ನು ಮತ್ತೆ ಬರೆಯಲು ಕಳುಹಿಸಿದವರನ್ನು ಕೋರಿ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/partner_keys.py" line="+49"/>
        <source>Key</source>
        <translation>ಕೀಲಿ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key {fingerprint} is this office&apos;s own signing key, not a partner&apos;s; retire it with the office&apos;s key instead.</source>
        <translation>ಕೀಲಿ {fingerprint} ಈ ಕಚೇರಿಯ ಸ್ವಂತ ಸಹಿ ಕೀಲಿ, ಪಾಲುದಾರ ಸಂಸ್ಥೆಯದಲ್ಲ; ಅದನ್ನು ಕಚೇರಿಯ ಕೀಲಿಯ ಮೂಲಕ ನಿಷ್ಕ್ರಿಯಗೊಳಿಸಿ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{organisation}&apos;s key {fingerprint} was already retired on {day} ({reason}).</source>
        <translation>{organisation} ನ ಕೀಲಿ {fingerprint} ಅನ್ನು {day} ರಂದು ಈಗಾಗಲೇ ನಿಷ್ಕ್ರಿಯಗೊಳಿಸಲಾಗಿದೆ ({reason}).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{organisation} has {count} exchange key registered from its receipts; packages it signed are known by it, so the organisation cannot be deleted.</source>
        <translation>{organisation} ನ ರಸೀದಿಗಳಿಂದ {count} ವಿನಿಮಯ ಕೀಲಿ ನೋಂದಾಯಿತವಾಗಿದೆ; ಅದು ಸಹಿ ಮಾಡಿದ ಪ್ಯಾಕೇಜ್‌ಗಳನ್ನು ಆ ಕೀಲಿಯಿಂದ ಗುರುತಿಸಲಾಗುತ್ತದೆ, ಆದ್ದರಿಂದ ಸಂಸ್ಥೆಯನ್ನು ಅಳಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{organisation} has {count} exchange keys registered from its receipts; packages it signed are known by them, so the organisation cannot be deleted.</source>
        <translation>{organisation} ನ ರಸೀದಿಗಳಿಂದ {count} ವಿನಿಮಯ ಕೀಲಿಗಳು ನೋಂದಾಯಿತವಾಗಿವೆ; ಅದು ಸಹಿ ಮಾಡಿದ ಪ್ಯಾಕೇಜ್‌ಗಳನ್ನು ಆ ಕೀಲಿಗಳಿಂದ ಗುರುತಿಸಲಾಗುತ್ತದೆ, ಆದ್ದರಿಂದ ಸಂಸ್ಥೆಯನ್ನು ಅಳಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is this office&apos;s own signing key (fingerprint {fingerprint}), in use since {since}, not a partner&apos;s key. Copy the key from the partner&apos;s receipt.</source>
        <translation>ಇದು ಈ ಕಚೇರಿಯ ಸ್ವಂತ ಸಹಿ ಕೀಲಿ (ಬೆರಳಚ್ಚು {fingerprint}), {since} ರಿಂದ ಬಳಕೆಯಲ್ಲಿದೆ, ಪಾಲುದಾರ ಸಂಸ್ಥೆಯ ಕೀಲಿ ಅಲ್ಲ. ಪಾಲುದಾರ ಸಂಸ್ಥೆಯ ರಸೀದಿಯಿಂದ ಕೀಲಿಯನ್ನು ನಕಲಿಸಿ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>organisation #{number}</source>
        <translation>ಸಂಸ್ಥೆ #{number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This key (fingerprint {fingerprint}) is already registered for {organisation} since {since}.</source>
        <translation>ಈ ಕೀಲಿ (ಬೆರಳಚ್ಚು {fingerprint}) {since} ರಿಂದ {organisation} ಗಾಗಿ ಈಗಾಗಲೇ ನೋಂದಾಯಿತವಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It was retired on {day} ({reason}), and a retired key cannot be registered again: ask the partner for their new key.</source>
        <translation>ಅದನ್ನು {day} ರಂದು ನಿಷ್ಕ್ರಿಯಗೊಳಿಸಲಾಗಿದೆ ({reason}), ಮತ್ತು ನಿಷ್ಕ್ರಿಯ ಕೀಲಿಯನ್ನು ಮತ್ತೆ ನೋಂದಾಯಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ: ಪಾಲುದಾರ ಸಂಸ್ಥೆಯಿಂದ ಅವರ ಹೊಸ ಕೀಲಿ ಕೋರಿ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/receipts.py" line="+3"/>
        <source>A return template has no hand-over receipt: it is not signed, so there is no key for the partner to check. Its file name, SHA-256 and size are in the log&apos;s details.</source>
        <translation>ಮಾಹಿತಿ ಸಲ್ಲಿಕೆ ನಮೂನೆಗೆ ಹಸ್ತಾಂತರ ರಸೀದಿ ಇಲ್ಲ: ಅದಕ್ಕೆ ಸಹಿ ಇಲ್ಲ, ಆದ್ದರಿಂದ ಪಾಲುದಾರ ಸಂಸ್ಥೆ ಪರಿಶೀಲಿಸಲು ಕೀಲಿ ಇಲ್ಲ. ಅದರ ಕಡತದ ಹೆಸರು, SHA-256 ಮತ್ತು ಗಾತ್ರ ವಹಿಯ ವಿವರಗಳಲ್ಲಿವೆ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A hand-over receipt is printed for packages sent to a partner.</source>
        <translation>ಪಾಲುದಾರ ಸಂಸ್ಥೆಗೆ ಕಳುಹಿಸಿದ ಪ್ಯಾಕೇಜ್‌ಗಳಿಗೆ ಹಸ್ತಾಂತರ ರಸೀದಿ ಮುದ್ರಿಸಲಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The signing key {fingerprint} of this package is not in the database.</source>
        <translation>ಈ ಪ್ಯಾಕೇಜ್‌ನ ಸಹಿ ಕೀಲಿ {fingerprint} ಡೇಟಾಬೇಸ್‌ನಲ್ಲಿ ಇಲ್ಲ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/return_package.py" line="-143"/>
        <source>Give your organisation&apos;s name, as the office knows it: the package says who sent it.</source>
        <translation>ಕಚೇರಿಗೆ ತಿಳಿದಿರುವಂತೆ ನಿಮ್ಮ ಸಂಸ್ಥೆಯ ಹೆಸರು ನೀಡಿ: ಪ್ಯಾಕೇಜ್ ಅದನ್ನು ಯಾರು ಕಳುಹಿಸಿದರು ಎಂದು ತಿಳಿಸುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The organisation&apos;s name is {count} characters long; at most {limit} fit.</source>
        <translation>ಸಂಸ್ಥೆಯ ಹೆಸರು {count} ಅಕ್ಷರಗಳಷ್ಟು ಉದ್ದವಿದೆ; ಗರಿಷ್ಠ {limit} ಅಕ್ಷರಗಳು ಮಾತ್ರ.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{file} has nothing filled in: its {count} pre-filled row has no score, level or school figures yet. Fill in the results before making the return package.</source>
        <translation>{file} ನಲ್ಲಿ ಏನನ್ನೂ ಭರ್ತಿ ಮಾಡಿಲ್ಲ: ಮೊದಲೇ ಭರ್ತಿ ಮಾಡಿದ ಅದರ {count} ಸಾಲಿನಲ್ಲಿ ಇನ್ನೂ ಅಂಕ, ಮಟ್ಟ ಅಥವಾ ಶಾಲೆಯ ಅಂಕಿಅಂಶಗಳಿಲ್ಲ. ಹಿಂತಿರುಗಿಸುವ ಪ್ಯಾಕೇಜ್ ತಯಾರಿಸುವ ಮೊದಲು ಫಲಿತಾಂಶಗಳನ್ನು ಭರ್ತಿ ಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} has nothing filled in: its {count} pre-filled rows have no score, level or school figures yet. Fill in the results before making the return package.</source>
        <translation>{file} ನಲ್ಲಿ ಏನನ್ನೂ ಭರ್ತಿ ಮಾಡಿಲ್ಲ: ಮೊದಲೇ ಭರ್ತಿ ಮಾಡಿದ ಅದರ {count} ಸಾಲುಗಳಲ್ಲಿ ಇನ್ನೂ ಅಂಕ, ಮಟ್ಟ ಅಥವಾ ಶಾಲೆಯ ಅಂಕಿಅಂಶಗಳಿಲ್ಲ. ಹಿಂತಿರುಗಿಸುವ ಪ್ಯಾಕೇಜ್ ತಯಾರಿಸುವ ಮೊದಲು ಫಲಿತಾಂಶಗಳನ್ನು ಭರ್ತಿ ಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Reading the template</source>
        <translation>ನಮೂನೆಯನ್ನು ಓದಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/return_template.py" line="+109"/>
        <source>MoU {reference} covers no schools today: a return template would have no school to return data about.</source>
        <translation>ಇಂದು MoU {reference} ವ್ಯಾಪ್ತಿಯಲ್ಲಿ ಯಾವುದೇ ಶಾಲೆ ಇಲ್ಲ: ಮಾಹಿತಿ ಸಲ್ಲಿಕೆ ನಮೂನೆಯಲ್ಲಿ ದತ್ತಾಂಶ ಹಿಂತಿರುಗಿಸಲು ಯಾವುದೇ ಶಾಲೆ ಇರುವುದಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Give the name of the round the partner returns data for.</source>
        <translation>ಪಾಲುದಾರ ಸಂಸ್ಥೆ ಯಾವ ಸುತ್ತಿನ ದತ್ತಾಂಶ ಹಿಂತಿರುಗಿಸುತ್ತದೆಯೋ ಆ ಸುತ್ತಿನ ಹೆಸರು ನೀಡಿ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The round&apos;s name is {count} characters long; at most {limit} fit.</source>
        <translation>ಸುತ್ತಿನ ಹೆಸರು {count} ಅಕ್ಷರಗಳಷ್ಟು ಉದ್ದವಿದೆ; ಗರಿಷ್ಠ {limit} ಅಕ್ಷರಗಳು ಮಾತ್ರ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/return_template_export.py" line="+180"/>
        <source>The folder {folder} does not exist (is the drive plugged in?). Choose another place; nothing was written.</source>
        <translation>ಫೋಲ್ಡರ್ {folder} ಅಸ್ತಿತ್ವದಲ್ಲಿಲ್ಲ (ಡ್ರೈವ್ ಜೋಡಿಸಲಾಗಿದೆಯೇ?). ಬೇರೆ ಸ್ಥಳ ಆಯ್ಕೆಮಾಡಿ; ಏನನ್ನೂ ಬರೆಯಲಾಗಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{folder} cannot be written to. Choose another folder; nothing was written.</source>
        <translation>{folder} ಗೆ ಬರೆಯಲು ಸಾಧ್ಯವಿಲ್ಲ. ಬೇರೆ ಫೋಲ್ಡರ್ ಆಯ್ಕೆಮಾಡಿ; ಏನನ್ನೂ ಬರೆಯಲಾಗಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{folder} already holds a file named {file}; it was left as it is. Choose another name, so that a template already given to a partner is not replaced.</source>
        <translation>{folder} ನಲ್ಲಿ ಈಗಾಗಲೇ {file} ಹೆಸರಿನ ಕಡತವಿದೆ; ಅದನ್ನು ಹಾಗೆಯೇ ಬಿಡಲಾಗಿದೆ. ಪಾಲುದಾರ ಸಂಸ್ಥೆಗೆ ಈಗಾಗಲೇ ನೀಡಿದ ನಮೂನೆ ಬದಲಾಗದಂತೆ ಬೇರೆ ಹೆಸರು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{file} appeared in {folder} while the template was written.</source>
        <translation>ನಮೂನೆ ಬರೆಯುತ್ತಿರುವಾಗ {folder} ನಲ್ಲಿ {file} ಕಾಣಿಸಿಕೊಂಡಿತು.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The template could not be written to {folder} ({reason}): the drive may be full or have been removed. Nothing was left on it and nothing was recorded.</source>
        <translation>ನಮೂನೆಯನ್ನು {folder} ಗೆ ಬರೆಯಲು ಸಾಧ್ಯವಾಗಲಿಲ್ಲ ({reason}): ಡ್ರೈವ್ ತುಂಬಿರಬಹುದು ಅಥವಾ ತೆಗೆದಿರಬಹುದು. ಅದರಲ್ಲಿ ಏನನ್ನೂ ಉಳಿಸಲಾಗಿಲ್ಲ ಮತ್ತು ಏನನ್ನೂ ದಾಖಲಿಸಲಾಗಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Building the workbook</source>
        <translation>ವರ್ಕ್‌ಬುಕ್ ತಯಾರಿಸಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing the file</source>
        <translation>ಕಡತ ಬರೆಯಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/return_template_marks.py" line="+24"/>
        <source>format</source>
        <translation>ನಮೂನೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version</source>
        <translation>ಆವೃತ್ತಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/services/exchange/return_template_reader.py" line="+134"/>
        <source>template id</source>
        <translation>ನಮೂನೆಯ ಗುರುತು ಸಂಖ್ಯೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MoU reference</source>
        <translation>MoU ಉಲ್ಲೇಖ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>round</source>
        <translation>ಸುತ್ತು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>office</source>
        <translation>ಕಚೇರಿ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the template workbook the office made for this return, filled in without renaming anything</source>
        <translation>ಈ ಮಾಹಿತಿ ಸಲ್ಲಿಕೆಗಾಗಿ ಕಚೇರಿ ತಯಾರಿಸಿದ ನಮೂನೆಯ ವರ್ಕ್‌ಬುಕ್, ಯಾವುದನ್ನೂ ಮರುಹೆಸರಿಸದೆ ಭರ್ತಿ ಮಾಡಿದ್ದು</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/return_template_reader.py" line="-54"/>
        <source>is damaged and its sheet {sheet} cannot be read ({reason})</source>
        <translation>ಹಾಳಾಗಿದೆ ಮತ್ತು ಅದರ ಶೀಟ್ {sheet} ಓದಲು ಸಾಧ್ಯವಿಲ್ಲ ({reason})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>is not a return template of this app: {why}</source>
        <translation>ಈ ತಂತ್ರಾಂಶದ ಮಾಹಿತಿ ಸಲ್ಲಿಕೆ ನಮೂನೆ ಅಲ್ಲ: {why}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it has no About sheet</source>
        <translation>ಅದರಲ್ಲಿ About ಶೀಟ್ ಇಲ್ಲ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>its About sheet does not carry the template&apos;s marks</source>
        <translation>ಅದರ About ಶೀಟ್‌ನಲ್ಲಿ ನಮೂನೆಯ ಗುರುತುಗಳಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is of version {version}, which this version of the app does not read (it reads version {supported})</source>
        <translation>ಅದು ಆವೃತ್ತಿ {version} ನದು, ಇದನ್ನು ತಂತ್ರಾಂಶದ ಈ ಆವೃತ್ತಿ ಓದುವುದಿಲ್ಲ (ಅದು ಆವೃತ್ತಿ {supported} ಓದುತ್ತದೆ)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the {marks} on its About sheet was changed or removed</source>
        <translation>ಅದರ About ಶೀಟ್‌ನಲ್ಲಿನ {marks} ಬದಲಾಗಿದೆ ಅಥವಾ ತೆಗೆದುಹಾಕಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>only the template&apos;s headings: {headings}</source>
        <translation>ನಮೂನೆಯ ಶೀರ್ಷಿಕೆಗಳು ಮಾತ್ರ: {headings}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>column {letter}</source>
        <translation>ಅಂಕಣ {letter}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has values but no heading</source>
        <translation>ಮೌಲ್ಯಗಳಿವೆ ಆದರೆ ಶೀರ್ಷಿಕೆ ಇಲ್ಲ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(column {letter}) is not a heading of this template</source>
        <translation>(ಅಂಕಣ {letter}) ಈ ನಮೂನೆಯ ಶೀರ್ಷಿಕೆಯಲ್ಲ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(column {letter}) is a second column with this heading</source>
        <translation>(ಅಂಕಣ {letter}) ಇದೇ ಶೀರ್ಷಿಕೆಯ ಎರಡನೇ ಅಂಕಣ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is missing: the heading was renamed or the column deleted</source>
        <translation>ಕಾಣೆಯಾಗಿದೆ: ಶೀರ್ಷಿಕೆಯನ್ನು ಮರುಹೆಸರಿಸಲಾಗಿದೆ ಅಥವಾ ಅಂಕಣವನ್ನು ಅಳಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the heading &quot;{column}&quot; as the template had it</source>
        <translation>ನಮೂನೆಯಲ್ಲಿದ್ದಂತೆಯೇ &quot;{column}&quot; ಶೀರ್ಷಿಕೆ</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>is not this template&apos;s round</source>
        <translation>ಈ ನಮೂನೆಯ ಸುತ್ತು ಅಲ್ಲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{round}, or the cell left empty</source>
        <translation>{round}, ಅಥವಾ ಖಾಲಿ ಕೋಶ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>is not a workbook</source>
        <translation>ವರ್ಕ್‌ಬುಕ್ ಅಲ್ಲ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is missing: the sheet was renamed or deleted</source>
        <translation>ಕಾಣೆಯಾಗಿದೆ: ಶೀಟ್ ಅನ್ನು ಮರುಹೆಸರಿಸಲಾಗಿದೆ ಅಥವಾ ಅಳಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the template&apos;s sheets with their names unchanged (sheets not of the template: {others})</source>
        <translation>ಹೆಸರು ಬದಲಿಸದ ನಮೂನೆಯ ಶೀಟ್‌ಗಳು (ನಮೂನೆಗೆ ಸೇರದ ಶೀಟ್‌ಗಳು: {others})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the template&apos;s sheets with their names unchanged</source>
        <translation>ಹೆಸರು ಬದಲಿಸದ ನಮೂನೆಯ ಶೀಟ್‌ಗಳು</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/scope.py" line="+124"/>
        <source>MoU {reference} has no data-sharing terms: it allows no data to leave the office.</source>
        <translation>MoU {reference} ನಲ್ಲಿ ದತ್ತಾಂಶ ಹಂಚಿಕೆಯ ಷರತ್ತುಗಳಿಲ್ಲ: ಅದು ಯಾವುದೇ ದತ್ತಾಂಶ ಕಚೇರಿಯಿಂದ ಹೊರಹೋಗಲು ಅನುಮತಿಸುವುದಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>MoU {reference} covers no schools today: there is nothing to share.</source>
        <translation>ಇಂದು MoU {reference} ವ್ಯಾಪ್ತಿಯಲ್ಲಿ ಯಾವುದೇ ಶಾಲೆ ಇಲ್ಲ: ಹಂಚಿಕೊಳ್ಳಲು ಏನೂ ಇಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>MoU {reference}</source>
        <translation>MoU {reference}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{reference} is {status}: it is not signed yet, so no data can be shared under it.</source>
        <translation>{reference} {status}: ಇನ್ನೂ ಸಹಿಯಾಗಿಲ್ಲ, ಆದ್ದರಿಂದ ಅದರಡಿ ಯಾವುದೇ ದತ್ತಾಂಶ ಹಂಚಿಕೊಳ್ಳಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{reference} was terminated on {day}; no data can be shared under it.</source>
        <translation>{reference} ಅನ್ನು {day} ರಂದು ಅಂತ್ಯಗೊಳಿಸಲಾಗಿದೆ; ಅದರಡಿ ಯಾವುದೇ ದತ್ತಾಂಶ ಹಂಚಿಕೊಳ್ಳಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{reference} was terminated; no data can be shared under it.</source>
        <translation>{reference} ಅನ್ನು ಅಂತ್ಯಗೊಳಿಸಲಾಗಿದೆ; ಅದರಡಿ ಯಾವುದೇ ದತ್ತಾಂಶ ಹಂಚಿಕೊಳ್ಳಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{reference} expired on {day}; no data can be shared under it (renew it to share data again).</source>
        <translation>{reference} ನ ಅವಧಿ {day} ರಂದು ಮುಗಿದಿದೆ; ಅದರಡಿ ಯಾವುದೇ ದತ್ತಾಂಶ ಹಂಚಿಕೊಳ್ಳಲು ಸಾಧ್ಯವಿಲ್ಲ (ಮತ್ತೆ ಹಂಚಿಕೊಳ್ಳಲು ಅದನ್ನು ನವೀಕರಿಸಿ).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{reference} expired on {day}; no data can be shared under it (extend it by an amendment or renew it to share data again).</source>
        <translation>{reference} ನ ಅವಧಿ {day} ರಂದು ಮುಗಿದಿದೆ; ಅದರಡಿ ಯಾವುದೇ ದತ್ತಾಂಶ ಹಂಚಿಕೊಳ್ಳಲು ಸಾಧ್ಯವಿಲ್ಲ (ಮತ್ತೆ ಹಂಚಿಕೊಳ್ಳಲು ತಿದ್ದುಪಡಿಯ ಮೂಲಕ ಅವಧಿ ವಿಸ್ತರಿಸಿ ಅಥವಾ ನವೀಕರಿಸಿ).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{reference} is signed but not yet active; activate it (from {day}) before sharing data under it.</source>
        <translation>{reference} ಸಹಿಯಾಗಿದೆ ಆದರೆ ಇನ್ನೂ ಜಾರಿಯಲ್ಲಿಲ್ಲ; ಅದರಡಿ ದತ್ತಾಂಶ ಹಂಚಿಕೊಳ್ಳುವ ಮೊದಲು ಅದನ್ನು ಜಾರಿಗೊಳಿಸಿ ({day} ರಿಂದ).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{reference} starts on {day}; no data can be shared under it before then.</source>
        <translation>{reference} {day} ರಂದು ಆರಂಭವಾಗುತ್ತದೆ; ಅದಕ್ಕೂ ಮೊದಲು ಅದರಡಿ ಯಾವುದೇ ದತ್ತಾಂಶ ಹಂಚಿಕೊಳ್ಳಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose at least one category of data to share.</source>
        <translation>ಹಂಚಿಕೊಳ್ಳಲು ಕನಿಷ್ಠ ಒಂದು ದತ್ತಾಂಶ ವರ್ಗವನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{code}&apos; is not a category of data; MoU {reference} allows: {allowed}.</source>
        <translation>&apos;{code}&apos; ದತ್ತಾಂಶ ವರ್ಗವಲ್ಲ; MoU {reference} ಇವುಗಳನ್ನು ಅನುಮತಿಸುತ್ತದೆ: {allowed}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The data-sharing terms of MoU {reference} do not allow {label}; they allow: {allowed}.</source>
        <translation>MoU {reference} ನ ದತ್ತಾಂಶ ಹಂಚಿಕೆಯ ಷರತ್ತುಗಳು {label} ಅನ್ನು ಅನುಮತಿಸುವುದಿಲ್ಲ; ಅವು ಇವುಗಳನ್ನು ಅನುಮತಿಸುತ್ತವೆ: {allowed}.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose at least one assessment round to share.</source>
        <translation>ಹಂಚಿಕೊಳ್ಳಲು ಕನಿಷ್ಠ ಒಂದು ಮೌಲ್ಯಮಾಪನ ಸುತ್ತನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Assessment round #{number} no longer exists; it may have been deleted. Choose the rounds again.</source>
        <translation>ಮೌಲ್ಯಮಾಪನ ಸುತ್ತು #{number} ಈಗ ಅಸ್ತಿತ್ವದಲ್ಲಿಲ್ಲ; ಅದನ್ನು ಅಳಿಸಿರಬಹುದು. ಸುತ್ತುಗಳನ್ನು ಮತ್ತೆ ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/sealing.py" line="+86"/>
        <source>The key derivation {name!r} is not one this version knows (scrypt).</source>
        <translation>ಕೀಲಿ ರಚನಾ ವಿಧಾನ {name!r} ಈ ಆವೃತ್ತಿಗೆ ತಿಳಿದಿಲ್ಲ (scrypt).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key derivation&apos;s {field} is {value!r}, not a whole number.</source>
        <translation>ಕೀಲಿ ರಚನಾ ವಿಧಾನದ {field} {value!r} ಆಗಿದೆ, ಪೂರ್ಣ ಸಂಖ್ಯೆಯಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key derivation asks for scrypt {field}={value}; at most {field}={highest} is allowed, so that opening a package cannot stall the computer.</source>
        <translation>ಕೀಲಿ ರಚನಾ ವಿಧಾನ scrypt {field}={value} ಕೇಳುತ್ತದೆ; ಪ್ಯಾಕೇಜ್ ತೆರೆಯುವಾಗ ಕಂಪ್ಯೂಟರ್ ಸ್ತಬ್ಧವಾಗದಂತೆ ಗರಿಷ್ಠ {field}={highest} ಮಾತ್ರ ಅನುಮತಿಸಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The key derivation asks for scrypt {field}={value}; at least {field}={lowest} is needed for a passphrase to resist guessing.</source>
        <translation>ಕೀಲಿ ರಚನಾ ವಿಧಾನ scrypt {field}={value} ಕೇಳುತ್ತದೆ; ಗುಪ್ತ ವಾಕ್ಯವನ್ನು ಊಹಿಸಲಾಗದಂತೆ ಕನಿಷ್ಠ {field}={lowest} ಅಗತ್ಯ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The key derivation&apos;s n={value} is not a power of two.</source>
        <translation>ಕೀಲಿ ರಚನಾ ವಿಧಾನದ n={value} ಎರಡರ ಘಾತವಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The key derivation&apos;s salt is not {count} bytes of base64.</source>
        <translation>ಕೀಲಿ ರಚನಾ ವಿಧಾನದ salt, {count} ಬೈಟ್‌ಗಳ base64 ಅಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The passphrase needs at least {least} characters; this one has {length}. The package may pass through many computers, and a short passphrase can be found by a program trying every combination. Use the suggested one, or a longer phrase.</source>
        <translation>ಗುಪ್ತ ವಾಕ್ಯಕ್ಕೆ ಕನಿಷ್ಠ {least} ಅಕ್ಷರಗಳು ಬೇಕು; ಇದರಲ್ಲಿ {length} ಇವೆ. ಪ್ಯಾಕೇಜ್ ಹಲವು ಕಂಪ್ಯೂಟರ್‌ಗಳ ಮೂಲಕ ಹಾದುಹೋಗಬಹುದು, ಮತ್ತು ಎಲ್ಲ ಸಂಯೋಜನೆಗಳನ್ನು ಪ್ರಯತ್ನಿಸುವ ಪ್ರೋಗ್ರಾಂ ಚಿಕ್ಕ ಗುಪ್ತ ವಾಕ್ಯವನ್ನು ಕಂಡುಹಿಡಿಯಬಹುದು. ಸೂಚಿಸಿದ ಗುಪ್ತ ವಾಕ್ಯ ಅಥವಾ ಉದ್ದವಾದ ವಾಕ್ಯ ಬಳಸಿ.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The encrypted data does not start with its header.</source>
        <translation>ಗೂಢಲಿಪೀಕರಿಸಿದ ದತ್ತಾಂಶ ಅದರ ಶೀರ್ಷಿಕೆಯಿಂದ ಆರಂಭವಾಗುವುದಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key does not open the encrypted data.</source>
        <translation>ಈ ಕೀಲಿ ಗೂಢಲಿಪೀಕರಿಸಿದ ದತ್ತಾಂಶವನ್ನು ತೆರೆಯುವುದಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The encrypted data ends part-way through a chunk.</source>
        <translation>ಗೂಢಲಿಪೀಕರಿಸಿದ ದತ್ತಾಂಶ ಒಂದು ತುಣುಕಿನ ಮಧ್ಯದಲ್ಲೇ ಕೊನೆಗೊಳ್ಳುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Part {part} of {count} of the encrypted data does not authenticate: it was damaged, cut short, reordered, or has bytes after its end.</source>
        <translation>ಗೂಢಲಿಪೀಕರಿಸಿದ ದತ್ತಾಂಶದ {count} ರಲ್ಲಿ {part}ನೇ ಭಾಗ ದೃಢೀಕರಣಗೊಳ್ಳುವುದಿಲ್ಲ: ಅದು ಹಾಳಾಗಿದೆ, ಮೊಟಕಾಗಿದೆ, ಕ್ರಮ ಬದಲಾಗಿದೆ, ಅಥವಾ ಕೊನೆಯ ನಂತರ ಹೆಚ್ಚುವರಿ ಬೈಟ್‌ಗಳಿವೆ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/tables.py" line="+328"/>
        <source>Table {number} of {total}: {category}</source>
        <translation>{total} ರಲ್ಲಿ ಕೋಷ್ಟಕ {number}: {category}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tables ready</source>
        <translation>ಕೋಷ್ಟಕಗಳು ಸಿದ್ಧವಾಗಿವೆ</translation>
    </message>
</context>
<context>
    <name>ExchangeKeysTab</name>
    <message>
        <location filename="../../desktop/ui/pages/exchange_keys_tab.py" line="+48"/>
        <source>This office has no signing key yet. One is created at the first export, or now with Create key…</source>
        <translation>ಈ ಕಚೇರಿಗೆ ಇನ್ನೂ ಸಹಿ ಕೀಲಿ ಇಲ್ಲ. ಮೊದಲ ರಫ್ತಿನಲ್ಲಿ ಅಥವಾ ಈಗಲೇ &apos;ಕೀಲಿ ರಚಿಸಿ…&apos; ಮೂಲಕ ಅದನ್ನು ರಚಿಸಲಾಗುತ್ತದೆ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Copy</source>
        <translation>ನಕಲಿಸಿ(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the public key, to send it to a partner</source>
        <translation>ಪಾಲುದಾರ ಸಂಸ್ಥೆಗೆ ಕಳುಹಿಸಲು ಸಾರ್ವಜನಿಕ ಕೀಲಿಯನ್ನು ನಕಲಿಸಿ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create &amp;key…</source>
        <translation>ಕೀಲಿ ರಚಿಸಿ…(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;place key…</source>
        <translation>ಕೀಲಿ ಬದಲಿಸಿ…(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This office&apos;s signing key</source>
        <translation>ಈ ಕಚೇರಿಯ ಸಹಿ ಕೀಲಿ</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>Fingerprint</source>
        <translation>ಬೆರಳಚ್ಚು</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Public key</source>
        <translation>ಸಾರ್ವಜನಿಕ ಕೀಲಿ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Register partner key…</source>
        <translation>ಪಾಲುದಾರರ ಕೀಲಿಯನ್ನು ನೋಂದಾಯಿಸಿ…(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;tire…</source>
        <translation>ನಿಷ್ಕ್ರಿಯಗೊಳಿಸಿ…(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show retired keys</source>
        <translation>ನಿಷ್ಕ್ರಿಯ ಕೀಲಿಗಳನ್ನೂ ತೋರಿಸಿ(&amp;S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organisation</source>
        <translation>ಸಂಸ್ಥೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>ಗುರುತು ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registered on</source>
        <translation>ನೋಂದಾಯಿಸಿದ ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>ಮಾಡಿದವರು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retired on</source>
        <translation>ನಿಷ್ಕ್ರಿಯಗೊಳಿಸಿದ ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason</source>
        <translation>ಕಾರಣ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Partners&apos; keys (packages from partners must be signed with one of these)</source>
        <translation>ಪಾಲುದಾರರ ಕೀಲಿಗಳು (ಪಾಲುದಾರರಿಂದ ಬರುವ ಪ್ಯಾಕೇಜುಗಳಿಗೆ ಇವುಗಳಲ್ಲಿ ಒಂದರಿಂದ ಸಹಿ ಆಗಿರಬೇಕು)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Created on %s</source>
        <translation>%s ರಂದು ರಚಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created on %(date)s by %(who)s</source>
        <translation>%(date)s ರಂದು %(who)s ಅವರಿಂದ ರಚಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Earlier keys, still trusted for the packages they signed: %s</source>
        <translation>ಹಿಂದಿನ ಕೀಲಿಗಳು, ಅವು ಸಹಿ ಮಾಡಿದ ಪ್ಯಾಕೇಜುಗಳಿಗೆ ಈಗಲೂ ವಿಶ್ವಾಸಾರ್ಹ: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%(fingerprint)s (retired %(date)s: %(reason)s)</source>
        <translation>%(fingerprint)s (%(date)s ರಂದು ನಿಷ್ಕ್ರಿಯ: %(reason)s)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The private key is protected by a passphrase, asked for at every export.</source>
        <translation>ಖಾಸಗಿ ಕೀಲಿಯನ್ನು ಗುಪ್ತ ವಾಕ್ಯದಿಂದ ರಕ್ಷಿಸಲಾಗಿದೆ; ಪ್ರತಿ ರಫ್ತಿನಲ್ಲಿ ಅದನ್ನು ಕೇಳಲಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The private key is kept by Windows Credential Manager on this PC.</source>
        <translation>ಖಾಸಗಿ ಕೀಲಿಯನ್ನು ಈ ಕಂಪ್ಯೂಟರ್‌ನ Windows Credential Manager ಇಟ್ಟುಕೊಂಡಿದೆ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The private key is kept by the system keyring on this PC.</source>
        <translation>ಖಾಸಗಿ ಕೀಲಿಯನ್ನು ಈ ಕಂಪ್ಯೂಟರ್‌ನ ಸಿಸ್ಟಂ ಕೀಲಿ ಸಂಗ್ರಹದಲ್ಲಿ ಇರಿಸಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Public key copied.</source>
        <translation>ಸಾರ್ವಜನಿಕ ಕೀಲಿಯನ್ನು ನಕಲಿಸಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing key %s created.</source>
        <translation>ಸಹಿ ಕೀಲಿ %s ರಚಿಸಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key with fingerprint %s is retired now, and the next package you export creates a new key. Every partner will need a new hand-over receipt with the new fingerprint before they can check packages from this office. Packages already signed with this key stay valid.</source>
        <translation>ಬೆರಳಚ್ಚು %s ಇರುವ ಕೀಲಿ ಈಗ ನಿಷ್ಕ್ರಿಯಗೊಳ್ಳುತ್ತದೆ; ನೀವು ರಫ್ತು ಮಾಡುವ ಮುಂದಿನ ಪ್ಯಾಕೇಜ್ ಹೊಸ ಕೀಲಿಯನ್ನು ರಚಿಸುತ್ತದೆ. ಈ ಕಚೇರಿಯ ಪ್ಯಾಕೇಜುಗಳನ್ನು ಪರಿಶೀಲಿಸಲು ಪ್ರತಿಯೊಂದು ಪಾಲುದಾರ ಸಂಸ್ಥೆಗೂ ಹೊಸ ಬೆರಳಚ್ಚಿನ ಹೊಸ ಹಸ್ತಾಂತರ ರಸೀದಿ ಬೇಕಾಗುತ್ತದೆ. ಈ ಕೀಲಿಯಿಂದ ಈಗಾಗಲೇ ಸಹಿ ಮಾಡಿದ ಪ್ಯಾಕೇಜುಗಳು ಮಾನ್ಯವಾಗಿರುತ್ತವೆ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace the office&apos;s signing key</source>
        <translation>ಕಚೇರಿಯ ಸಹಿ ಕೀಲಿಯನ್ನು ಬದಲಿಸಿ</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>Retire key</source>
        <translation>ಕೀಲಿ ನಿಷ್ಕ್ರಿಯಗೊಳಿಸಿ</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Key retired; the next export creates a new one. Give partners its new receipt.</source>
        <translation>ಕೀಲಿ ನಿಷ್ಕ್ರಿಯಗೊಂಡಿದೆ; ಮುಂದಿನ ರಫ್ತು ಹೊಸದನ್ನು ರಚಿಸುತ್ತದೆ. ಪಾಲುದಾರರಿಗೆ ಅದರ ಹೊಸ ರಸೀದಿ ನೀಡಿ.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Key %(fingerprint)s registered for %(organisation)s.</source>
        <translation>%(organisation)s ಸಂಸ್ಥೆಗೆ ಕೀಲಿ %(fingerprint)s ನೋಂದಾಯಿಸಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Packages signed with %(organisation)s&apos;s key %(fingerprint)s will be refused from now on. Register the partner&apos;s new key from their new receipt.</source>
        <translation>%(organisation)s ಸಂಸ್ಥೆಯ ಕೀಲಿ %(fingerprint)s ನಿಂದ ಸಹಿ ಮಾಡಿದ ಪ್ಯಾಕೇಜುಗಳನ್ನು ಇನ್ನು ಮುಂದೆ ತಿರಸ್ಕರಿಸಲಾಗುತ್ತದೆ. ಪಾಲುದಾರರ ಹೊಸ ರಸೀದಿಯಿಂದ ಅವರ ಹೊಸ ಕೀಲಿಯನ್ನು ನೋಂದಾಯಿಸಿ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retire %s&apos;s key</source>
        <translation>%s ಸಂಸ್ಥೆಯ ಕೀಲಿಯನ್ನು ನಿಷ್ಕ್ರಿಯಗೊಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Key %s retired.</source>
        <translation>ಕೀಲಿ %s ನಿಷ್ಕ್ರಿಯಗೊಂಡಿದೆ.</translation>
    </message>
</context>
<context>
    <name>ExchangeLogTab</name>
    <message>
        <location filename="../../desktop/ui/pages/exchange_log_actions.py" line="-185"/>
        <source>A return template is not signed, so it has no hand-over receipt</source>
        <translation>ಮಾಹಿತಿ ಸಲ್ಲಿಕೆ ನಮೂನೆಗೆ ಸಹಿ ಇರುವುದಿಲ್ಲ; ಆದ್ದರಿಂದ ಅದಕ್ಕೆ ಹಸ್ತಾಂತರ ರಸೀದಿ ಇಲ್ಲ</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>A hand-over receipt is printed for packages sent to a partner</source>
        <translation>ಪಾಲುದಾರ ಸಂಸ್ಥೆಗೆ ಕಳುಹಿಸಿದ ಪ್ಯಾಕೇಜುಗಳಿಗೆ ಮಾತ್ರ ಹಸ್ತಾಂತರ ರಸೀದಿ ಮುದ್ರಿಸಲಾಗುತ್ತದೆ</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Only data sent to a partner can be deleted by them</source>
        <translation>ಪಾಲುದಾರ ಸಂಸ್ಥೆಗೆ ಕಳುಹಿಸಿದ ದತ್ತಾಂಶವನ್ನು ಮಾತ್ರ ಅವರು ಅಳಿಸಬಹುದು</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only an import can be undone; a package sent stays in the log</source>
        <translation>ಆಮದನ್ನು ಮಾತ್ರ ರದ್ದುಗೊಳಿಸಬಹುದು; ಕಳುಹಿಸಿದ ಪ್ಯಾಕೇಜ್ ವಹಿಯಲ್ಲಿ ಉಳಿಯುತ್ತದೆ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an import can be undone; a template given to a partner stays in the log</source>
        <translation>ಆಮದನ್ನು ಮಾತ್ರ ರದ್ದುಗೊಳಿಸಬಹುದು; ಪಾಲುದಾರ ಸಂಸ್ಥೆಗೆ ನೀಡಿದ ನಮೂನೆ ವಹಿಯಲ್ಲಿ ಉಳಿಯುತ್ತದೆ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This entry already takes back an import</source>
        <translation>ಈ ನಮೂದು ಈಗಾಗಲೇ ಒಂದು ಆಮದನ್ನು ಹಿಂಪಡೆಯುತ್ತದೆ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save the hand-over receipt</source>
        <translation>ಹಸ್ತಾಂತರ ರಸೀದಿಯನ್ನು ಉಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ಕಡತಗಳು (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Receipt saved to %s</source>
        <translation>ರಸೀದಿಯನ್ನು ಇಲ್ಲಿ ಉಳಿಸಲಾಗಿದೆ: %s</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Undo import</source>
        <translation>ಆಮದು ರದ್ದುಗೊಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the import of %(package)s from %(partners)s (received on %(date)s)?

Everything it stored is taken back as a whole. A backup of the database is made first; the log keeps both entries.</source>
        <translation>%(date)s ರಂದು %(partners)s ಅವರಿಂದ ಸ್ವೀಕರಿಸಿದ %(package)s ನ ಆಮದನ್ನು ರದ್ದುಗೊಳಿಸಬೇಕೇ?

ಅದು ಉಳಿಸಿದ ಎಲ್ಲವನ್ನೂ ಒಟ್ಟಾಗಿ ಹಿಂಪಡೆಯಲಾಗುತ್ತದೆ. ಮೊದಲು ಡೇಟಾಬೇಸ್‌ನ ಬ್ಯಾಕಪ್ ಮಾಡಲಾಗುತ್ತದೆ; ವಹಿಯಲ್ಲಿ ಎರಡೂ ನಮೂದುಗಳು ಉಳಿಯುತ್ತವೆ.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Undoing the import of %s</source>
        <translation>%s ನ ಆಮದನ್ನು ರದ್ದುಗೊಳಿಸಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import undone; the database as it was is kept in %s</source>
        <translation>ಆಮದು ರದ್ದುಗೊಳಿಸಲಾಗಿದೆ; ಹಿಂದಿನ ಸ್ಥಿತಿಯ ಡೇಟಾಬೇಸ್ ಅನ್ನು %s ನಲ್ಲಿ ಇರಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The partner&apos;s deletion is already recorded</source>
        <translation>ಪಾಲುದಾರ ಸಂಸ್ಥೆಯ ಅಳಿಸುವಿಕೆ ಈಗಾಗಲೇ ದಾಖಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This import was already undone</source>
        <translation>ಈ ಆಮದು ಈಗಾಗಲೇ ರದ್ದುಗೊಂಡಿದೆ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/exchange_log_parts.py" line="+81"/>
        <source>No package sent to a partner carried data about %s.</source>
        <translation>ಪಾಲುದಾರ ಸಂಸ್ಥೆಗಳಿಗೆ ಕಳುಹಿಸಿದ ಯಾವುದೇ ಪ್ಯಾಕೇಜ್‌ನಲ್ಲಿ %s ಕುರಿತ ದತ್ತಾಂಶ ಇರಲಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 package carried data about %s.</source>
        <translation>1 ಪ್ಯಾಕೇಜ್‌ನಲ್ಲಿ %s ಕುರಿತ ದತ್ತಾಂಶ ಇತ್ತು.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%(count)s packages carried data about %(whom)s.</source>
        <translation>%(count)s ಪ್ಯಾಕೇಜುಗಳಲ್ಲಿ %(whom)s ಕುರಿತ ದತ್ತಾಂಶ ಇತ್ತು.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Still held by: %s.</source>
        <translation>ಇನ್ನೂ ಇಟ್ಟುಕೊಂಡಿರುವವರು: %s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted by: %s.</source>
        <translation>ಅಳಿಸಿದವರು: %s.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/exchange_log_tab.py" line="+51"/>
        <source>Sent to partners</source>
        <translation>ಪಾಲುದಾರರಿಗೆ ಕಳುಹಿಸಿದವು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received from partners</source>
        <translation>ಪಾಲುದಾರರಿಂದ ಸ್ವೀಕರಿಸಿದವು</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>S&amp;how them</source>
        <translation>ಅವುಗಳನ್ನು ತೋರಿಸಿ(&amp;H)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent and received</source>
        <translation>ಕಳುಹಿಸಿದವು ಮತ್ತು ಸ್ವೀಕರಿಸಿದವು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any partner</source>
        <translation>ಎಲ್ಲಾ ಪಾಲುದಾರರು</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search by MoU reference</source>
        <translation>MoU ಉಲ್ಲೇಖ ಸಂಖ್ಯೆಯಿಂದ ಹುಡುಕಿ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;From</source>
        <translation>ಆರಂಭ(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;to</source>
        <translation>ಅಂತ್ಯ(&amp;T)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>UDISE code of a school, or a student&apos;s id</source>
        <translation>ಶಾಲೆಯ UDISE ಕೋಡ್, ಅಥವಾ ವಿದ್ಯಾರ್ಥಿಯ ಐಡಿ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;School (UDISE code)</source>
        <translation>ಶಾಲೆ (UDISE ಕೋಡ್)(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stude&amp;nt id</source>
        <translation>ವಿದ್ಯಾರ್ಥಿ ಐಡಿ(&amp;N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who holds data about…</source>
        <translation>ಇವರ ಕುರಿತ ದತ್ತಾಂಶ ಯಾರ ಬಳಿ ಇದೆ…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show &amp;whole log</source>
        <translation>ಇಡೀ ವಹಿ ತೋರಿಸಿ(&amp;W)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Details…</source>
        <translation>ವಿವರಗಳು…(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;receipt…</source>
        <translation>ರಸೀದಿ ಉಳಿಸಿ…(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record de&amp;letion…</source>
        <translation>ಅಳಿಸುವಿಕೆ ದಾಖಲಿಸಿ…(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo import…</source>
        <translation>ಆಮದು ರದ್ದುಗೊಳಿಸಿ…(&amp;U)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Date</source>
        <translation>ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>ಘಟನೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>ಸ್ಥಿತಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MoU</source>
        <translation>MoU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner(s)</source>
        <translation>ಪಾಲುದಾರ(ರು)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>ವರ್ಗಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation>ದಾಖಲೆಗಳು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schools</source>
        <translation>ಶಾಲೆಗಳು</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep until</source>
        <translation>ಇಟ್ಟುಕೊಳ್ಳುವ ಗಡುವು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package file</source>
        <translation>ಪ್ಯಾಕೇಜ್ ಕಡತ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>ಮಾಡಿದವರು</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>1 package is past its keep-until date: ask the partner to confirm deletion.</source>
        <translation>1 ಪ್ಯಾಕೇಜ್ ತನ್ನ ಇಟ್ಟುಕೊಳ್ಳುವ ಗಡುವನ್ನು ಮೀರಿದೆ: ಅಳಿಸುವಿಕೆಯನ್ನು ದೃಢೀಕರಿಸಲು ಪಾಲುದಾರ ಸಂಸ್ಥೆಯನ್ನು ಕೇಳಿ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%s packages are past their keep-until date: ask the partners to confirm deletion.</source>
        <translation>%s ಪ್ಯಾಕೇಜುಗಳು ತಮ್ಮ ಇಟ್ಟುಕೊಳ್ಳುವ ಗಡುವನ್ನು ಮೀರಿವೆ: ಅಳಿಸುವಿಕೆಯನ್ನು ದೃಢೀಕರಿಸಲು ಪಾಲುದಾರ ಸಂಸ್ಥೆಗಳನ್ನು ಕೇಳಿ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%(shown)s of %(total)s</source>
        <translation>%(total)s ರಲ್ಲಿ %(shown)s</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import undone</source>
        <translation>ಆಮದು ರದ್ದುಗೊಂಡಿದೆ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported</source>
        <translation>ಆಮದು ಮಾಡಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes back an earlier import</source>
        <translation>ಹಿಂದಿನ ಒಂದು ಆಮದನ್ನು ಹಿಂಪಡೆಯುತ್ತದೆ</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Packages past their keep-until date, deletion not confirmed: %s</source>
        <translation>ಇಟ್ಟುಕೊಳ್ಳುವ ಗಡುವು ಮೀರಿದ, ಅಳಿಸುವಿಕೆ ದೃಢೀಕರಿಸದ ಪ್ಯಾಕೇಜುಗಳು: %s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>school %s</source>
        <translation>ಶಾಲೆ %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>student %s</source>
        <translation>ವಿದ್ಯಾರ್ಥಿ %s</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Deletion of %s recorded.</source>
        <translation>%s ನ ಅಳಿಸುವಿಕೆ ದಾಖಲಿಸಲಾಗಿದೆ.</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../../desktop/ui/pages/exchange_page.py" line="+29"/>
        <source>&amp;Export package…</source>
        <translation>ಪ್ಯಾಕೇಜ್ ರಫ್ತು ಮಾಡಿ…(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a signed, encrypted package for a partner under an active MoU</source>
        <translation>ಜಾರಿಯಲ್ಲಿರುವ MoU ಅಡಿಯಲ್ಲಿ ಪಾಲುದಾರ ಸಂಸ್ಥೆಗಾಗಿ ಸಹಿ ಮಾಡಿದ, ಗೂಢಲಿಪೀಕರಿಸಿದ ಪ್ಯಾಕೇಜ್ ಬರೆಯಿರಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import package…</source>
        <translation>ಪ್ಯಾಕೇಜ್ ಆಮದು ಮಾಡಿ…(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a partner&apos;s package and import what it holds</source>
        <translation>ಪಾಲುದಾರ ಸಂಸ್ಥೆಯ ಪ್ಯಾಕೇಜನ್ನು ಪರಿಶೀಲಿಸಿ ಅದರಲ್ಲಿರುವುದನ್ನು ಆಮದು ಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return &amp;template…</source>
        <translation>ಮಾಹಿತಿ ಸಲ್ಲಿಕೆ ನಮೂನೆ…(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the workbook a partner without the app fills in to send data back (logged)</source>
        <translation>ತಂತ್ರಾಂಶ ಇಲ್ಲದ ಪಾಲುದಾರ ಸಂಸ್ಥೆ ದತ್ತಾಂಶ ಮರಳಿ ಕಳುಹಿಸಲು ತುಂಬುವ ವರ್ಕ್‌ಬುಕ್ ಉಳಿಸಿ (ವಹಿಯಲ್ಲಿ ದಾಖಲಾಗುತ್ತದೆ)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exchange log</source>
        <translation>ವಿನಿಮಯ ವಹಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>ಕೀಲಿಗಳು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange with partners</source>
        <translation>ಪಾಲುದಾರ ಸಂಸ್ಥೆಗಳೊಂದಿಗೆ ದತ್ತಾಂಶ ವಿನಿಮಯ</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%s saved and recorded in the log.</source>
        <translation>%s ಉಳಿಸಲಾಗಿದೆ ಮತ್ತು ವಹಿಯಲ್ಲಿ ದಾಖಲಿಸಲಾಗಿದೆ.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../desktop/ui/dialogs/export_wizard.py" line="+81"/>
        <source>Export a package for a partner</source>
        <translation>ಪಾಲುದಾರ ಸಂಸ್ಥೆಗಾಗಿ ಪ್ಯಾಕೇಜ್ ರಫ್ತು ಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Close</source>
        <translation>ಮುಚ್ಚಿ</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/import_file_page.py" line="+40"/>
        <source>Text file (CSV)</source>
        <translation>ಪಠ್ಯ ಕಡತ (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook</source>
        <translation>Excel ವರ್ಕ್‌ಬುಕ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel 97-2003 workbook</source>
        <translation>Excel 97-2003 ವರ್ಕ್‌ಬುಕ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument spreadsheet</source>
        <translation>OpenDocument ಸ್ಪ್ರೆಡ್‌ಶೀಟ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GeoJSON</source>
        <translation>GeoJSON</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the file</source>
        <translation>ಕಡತವನ್ನು ಆಯ್ಕೆಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what the file holds and choose it; check that it is read as it should be.</source>
        <translation>ಕಡತದಲ್ಲಿ ಏನಿದೆ ಎಂದು ತಿಳಿಸಿ ಅದನ್ನು ಆಯ್ಕೆಮಾಡಿ; ಅದು ಸರಿಯಾಗಿ ಓದಲ್ಪಡುತ್ತಿದೆಯೇ ಎಂದು ಪರಿಶೀಲಿಸಿ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schools with their UDISE codes, names, blocks and clusters (e.g. a UDISE list).</source>
        <translation>UDISE ಕೋಡ್, ಹೆಸರು, ಬ್ಲಾಕ್ ಮತ್ತು ಕ್ಲಸ್ಟರ್‌ಗಳೊಂದಿಗೆ ಶಾಲೆಗಳು (ಉದಾ: UDISE ಪಟ್ಟಿ).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row per school for a round: enrolment, attendance, teachers and the like.</source>
        <translation>ಒಂದು ಸುತ್ತಿಗೆ ಪ್ರತಿ ಶಾಲೆಗೆ ಒಂದು ಸಾಲು: ದಾಖಲಾತಿ, ಹಾಜರಾತಿ, ಶಿಕ್ಷಕರು ಇತ್ಯಾದಿ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per student and subject for a round: scores or levels.</source>
        <translation>ಒಂದು ಸುತ್ತಿಗೆ ಪ್ರತಿ ವಿದ್ಯಾರ್ಥಿ ಮತ್ತು ವಿಷಯಕ್ಕೆ ಒಂದು ಸಾಲು: ಅಂಕಗಳು ಅಥವಾ ಮಟ್ಟಗಳು.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file holds</source>
        <translation>ಕಡತದಲ್ಲಿರುವುದು</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose file…</source>
        <translation>ಕಡತ ಆಯ್ಕೆಮಾಡಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+167"/>
        <source>No file chosen yet.</source>
        <translation>ಇನ್ನೂ ಯಾವುದೇ ಕಡತ ಆಯ್ಕೆಮಾಡಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>New round…</source>
        <translation>ಹೊಸ ಸುತ್ತು…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assessment round:</source>
        <translation>ಮೌಲ್ಯಮಾಪನ ಸುತ್ತು:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Format</source>
        <translation>ಸ್ವರೂಪ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding</source>
        <translation>ಎನ್‌ಕೋಡಿಂಗ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delimiter</source>
        <translation>ವಿಭಜಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet</source>
        <translation>ಶೀಟ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header row</source>
        <translation>ಶೀರ್ಷಿಕೆ ಸಾಲು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as</source>
        <translation>ಹೀಗೆ ಓದಿ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The first rows of the file (the header row is shaded)</source>
        <translation>ಕಡತದ ಮೊದಲ ಸಾಲುಗಳು (ಶೀರ್ಷಿಕೆ ಸಾಲು ಛಾಯೆಯಲ್ಲಿದೆ)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>— choose the round —</source>
        <translation>— ಸುತ್ತನ್ನು ಆಯ್ಕೆಮಾಡಿ —</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose the file (several for GeoJSON pages)</source>
        <translation>ಕಡತವನ್ನು ಆಯ್ಕೆಮಾಡಿ (GeoJSON ಪುಟಗಳಿಗೆ ಹಲವು)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data files (%s);;All files (*)</source>
        <translation>ದತ್ತಾಂಶ ಕಡತಗಳು (%s);;ಎಲ್ಲಾ ಕಡತಗಳು (*)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%(file)s could not be read: %(error)s</source>
        <translation>%(file)s ಓದಲು ಸಾಧ್ಯವಾಗಲಿಲ್ಲ: %(error)s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/package_import_pages.py" line="+94"/>
        <source>What did the partner send?</source>
        <translation>ಪಾಲುದಾರ ಸಂಸ್ಥೆ ಏನನ್ನು ಕಳುಹಿಸಿದೆ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A package (.zip) made by the partner&apos;s app, or the return template (.xlsx) this office gave a partner without the app, filled in. Nothing is stored before the last page.</source>
        <translation>ಪಾಲುದಾರರ ತಂತ್ರಾಂಶ ಸಿದ್ಧಪಡಿಸಿದ ಪ್ಯಾಕೇಜ್ (.zip), ಅಥವಾ ತಂತ್ರಾಂಶ ಇಲ್ಲದ ಪಾಲುದಾರರಿಗೆ ಈ ಕಚೇರಿ ನೀಡಿದ, ಅವರು ತುಂಬಿದ ಮಾಹಿತಿ ಸಲ್ಲಿಕೆ ನಮೂನೆ (.xlsx). ಕೊನೆಯ ಪುಟಕ್ಕಿಂತ ಮೊದಲು ಏನನ್ನೂ ಉಳಿಸಲಾಗುವುದಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File</source>
        <translation>ಕಡತ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive</source>
        <translation>ಡ್ರೈವ್</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>ಗಾತ್ರ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Modified</source>
        <translation>ಬದಲಾದ ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Packages on removable drives</source>
        <translation>ತೆಗೆಯಬಹುದಾದ ಡ್ರೈವ್‌ಗಳಲ್ಲಿನ ಪ್ಯಾಕೇಜುಗಳು</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Refresh</source>
        <translation>ನವೀಕರಿಸಿ(&amp;R)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a package above, or browse for a .zip or .xlsx file</source>
        <translation>ಮೇಲೆ ಒಂದು ಪ್ಯಾಕೇಜ್ ಆಯ್ಕೆಮಾಡಿ, ಅಥವಾ .zip ಅಥವಾ .xlsx ಕಡತವನ್ನು ಹುಡುಕಿ ಆಯ್ಕೆಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bro&amp;wse…</source>
        <translation>ಹುಡುಕಿ…(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>ಕಡತ(&amp;F):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the package says about itself — not yet verified</source>
        <translation>ಪ್ಯಾಕೇಜ್ ತನ್ನ ಬಗ್ಗೆ ಹೇಳುವುದು — ಇನ್ನೂ ಪರಿಶೀಲಿಸಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Claims to be from:</source>
        <translation>ಇವರಿಂದ ಬಂದಿದೆ ಎನ್ನುತ್ತದೆ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under MoU:</source>
        <translation>MoU ಅಡಿಯಲ್ಲಿ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round:</source>
        <translation>ಸುತ್ತು:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created:</source>
        <translation>ರಚಿಸಿದ್ದು:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holds:</source>
        <translation>ಇದರಲ್ಲಿರುವುದು:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signer&apos;s key fingerprint:</source>
        <translation>ಸಹಿ ಮಾಡಿದವರ ಕೀಲಿಯ ಬೆರಳಚ್ಚು:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;gister partner key…</source>
        <translation>ಪಾಲುದಾರರ ಕೀಲಿಯನ್ನು ನೋಂದಾಯಿಸಿ…(&amp;G)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A filled return template is not signed: nothing proves who filled it in or that it was not changed on the way. It is checked by the baseline import rules only. Check with the partner that this is the file they sent.</source>
        <translation>ತುಂಬಿದ ಮಾಹಿತಿ ಸಲ್ಲಿಕೆ ನಮೂನೆಗೆ ಸಹಿ ಇರುವುದಿಲ್ಲ: ಅದನ್ನು ಯಾರು ತುಂಬಿದರು ಅಥವಾ ದಾರಿಯಲ್ಲಿ ಬದಲಾಗಿಲ್ಲ ಎಂಬುದಕ್ಕೆ ಯಾವುದೇ ಪುರಾವೆ ಇಲ್ಲ. ಇದನ್ನು ಬೇಸ್‌ಲೈನ್ ಆಮದು ನಿಯಮಗಳ ಮೂಲಕ ಮಾತ್ರ ಪರಿಶೀಲಿಸಲಾಗುತ್ತದೆ. ಇದು ಅವರು ಕಳುಹಿಸಿದ ಕಡತವೇ ಎಂದು ಪಾಲುದಾರ ಸಂಸ್ಥೆಯೊಂದಿಗೆ ಖಚಿತಪಡಿಸಿಕೊಳ್ಳಿ.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%d found. Plugged a drive in just now? Refresh the list.</source>
        <translation>%d ಸಿಕ್ಕಿವೆ. ಈಗಷ್ಟೇ ಡ್ರೈವ್ ಜೋಡಿಸಿದಿರಾ? ಪಟ್ಟಿಯನ್ನು ನವೀಕರಿಸಿ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No package on a removable drive. Plug the partner&apos;s drive in and Refresh, or Browse.</source>
        <translation>ತೆಗೆಯಬಹುದಾದ ಡ್ರೈವ್‌ನಲ್ಲಿ ಯಾವುದೇ ಪ್ಯಾಕೇಜ್ ಇಲ್ಲ. ಪಾಲುದಾರರ ಡ್ರೈವ್ ಜೋಡಿಸಿ &apos;ನವೀಕರಿಸಿ&apos; ಒತ್ತಿ, ಅಥವಾ &apos;ಹುಡುಕಿ…&apos; ಬಳಸಿ.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What the partner sent</source>
        <translation>ಪಾಲುದಾರ ಸಂಸ್ಥೆ ಕಳುಹಿಸಿದ್ದು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packages and return templates (*.zip *.xlsx);;Packages (*.zip);;Return templates (*.xlsx)</source>
        <translation>ಪ್ಯಾಕೇಜುಗಳು ಮತ್ತು ಮಾಹಿತಿ ಸಲ್ಲಿಕೆ ನಮೂನೆಗಳು (*.zip *.xlsx);;ಪ್ಯಾಕೇಜುಗಳು (*.zip);;ಮಾಹಿತಿ ಸಲ್ಲಿಕೆ ನಮೂನೆಗಳು (*.xlsx)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%s is neither a package (.zip) nor a return template (.xlsx). Choose the file exactly as the partner handed it over.</source>
        <translation>%s ಪ್ಯಾಕೇಜ್ (.zip) ಅಲ್ಲ, ಮಾಹಿತಿ ಸಲ್ಲಿಕೆ ನಮೂನೆಯೂ (.xlsx) ಅಲ್ಲ. ಪಾಲುದಾರ ಸಂಸ್ಥೆ ಹಸ್ತಾಂತರಿಸಿದ ಕಡತವನ್ನೇ ಯಥಾವತ್ತಾಗಿ ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no file %s.</source>
        <translation>%s ಎಂಬ ಕಡತ ಇಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%(file)s cannot be read: %(error)s</source>
        <translation>%(file)s ಓದಲು ಸಾಧ್ಯವಿಲ್ಲ: %(error)s</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(names none)</source>
        <translation>(ಹೆಸರಿಸಿಲ್ಲ)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This package was made for a partner, not for the district: only packages partners make for the office are imported.</source>
        <translation>ಈ ಪ್ಯಾಕೇಜನ್ನು ಜಿಲ್ಲೆಗಾಗಿ ಅಲ್ಲ, ಪಾಲುದಾರ ಸಂಸ್ಥೆಗಾಗಿ ಸಿದ್ಧಪಡಿಸಲಾಗಿದೆ: ಪಾಲುದಾರರು ಕಚೇರಿಗಾಗಿ ಸಿದ್ಧಪಡಿಸಿದ ಪ್ಯಾಕೇಜುಗಳನ್ನು ಮಾತ್ರ ಆಮದು ಮಾಡಲಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%s (today)</source>
        <translation>%s (ಇಂದು)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%(when)s (%(days)d days ago)</source>
        <translation>%(when)s (%(days)d ದಿನಗಳ ಹಿಂದೆ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s (later than today: check the partner&apos;s computer clock)</source>
        <translation>%s (ಇಂದಿಗಿಂತ ನಂತರದ್ದು: ಪಾಲುದಾರರ ಕಂಪ್ಯೂಟರ್‌ನ ಗಡಿಯಾರವನ್ನು ಪರಿಶೀಲಿಸಿ)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%(category)s: %(count)s records</source>
        <translation>%(category)s: %(count)s ದಾಖಲೆಗಳು</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This package is signed with this office&apos;s own key: it was made here for a partner. Only packages from partners are imported.</source>
        <translation>ಈ ಪ್ಯಾಕೇಜಿಗೆ ಈ ಕಚೇರಿಯದೇ ಕೀಲಿಯಿಂದ ಸಹಿ ಮಾಡಲಾಗಿದೆ: ಇದನ್ನು ಇಲ್ಲಿಯೇ ಪಾಲುದಾರ ಸಂಸ್ಥೆಗಾಗಿ ಸಿದ್ಧಪಡಿಸಲಾಗಿದೆ. ಪಾಲುದಾರರಿಂದ ಬಂದ ಪ್ಯಾಕೇಜುಗಳನ್ನು ಮಾತ್ರ ಆಮದು ಮಾಡಲಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No partner&apos;s key with this fingerprint is registered, so the signature cannot be checked. Register the partner&apos;s key from their hand-over receipt — its fingerprint must be the one above — then go on.</source>
        <translation>ಈ ಬೆರಳಚ್ಚಿನ ಯಾವುದೇ ಪಾಲುದಾರ ಕೀಲಿ ನೋಂದಾಯಿತವಾಗಿಲ್ಲ; ಆದ್ದರಿಂದ ಸಹಿಯನ್ನು ಪರಿಶೀಲಿಸಲಾಗುವುದಿಲ್ಲ. ಪಾಲುದಾರರ ಹಸ್ತಾಂತರ ರಸೀದಿಯಿಂದ ಅವರ ಕೀಲಿಯನ್ನು ನೋಂದಾಯಿಸಿ — ಅದರ ಬೆರಳಚ್ಚು ಮೇಲಿನದೇ ಆಗಿರಬೇಕು — ನಂತರ ಮುಂದುವರಿಯಿರಿ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This key was registered for %(organisation)s but retired on %(retired)s (%(reason)s): packages signed with it are refused. Ask the partner for a package signed with their new key.</source>
        <translation>ಈ ಕೀಲಿಯನ್ನು %(organisation)s ಸಂಸ್ಥೆಗೆ ನೋಂದಾಯಿಸಲಾಗಿತ್ತು, ಆದರೆ %(retired)s ರಂದು ನಿಷ್ಕ್ರಿಯಗೊಳಿಸಲಾಗಿದೆ (%(reason)s): ಇದರಿಂದ ಸಹಿ ಮಾಡಿದ ಪ್ಯಾಕೇಜುಗಳನ್ನು ತಿರಸ್ಕರಿಸಲಾಗುತ್ತದೆ. ಅವರ ಹೊಸ ಕೀಲಿಯಿಂದ ಸಹಿ ಮಾಡಿದ ಪ್ಯಾಕೇಜನ್ನು ಪಾಲುದಾರ ಸಂಸ್ಥೆಯಿಂದ ಕೇಳಿ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key is registered for %s. The signature, the files and the passphrase are checked in the next steps, before anything is read.</source>
        <translation>ಕೀಲಿ %s ಸಂಸ್ಥೆಗೆ ನೋಂದಾಯಿತವಾಗಿದೆ. ಏನನ್ನಾದರೂ ಓದುವ ಮೊದಲು, ಮುಂದಿನ ಹಂತಗಳಲ್ಲಿ ಸಹಿ, ಕಡತಗಳು ಮತ್ತು ಗುಪ್ತ ವಾಕ್ಯವನ್ನು ಪರಿಶೀಲಿಸಲಾಗುತ್ತದೆ.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../desktop/services/stored_files.py" line="+62"/>
        <source>{name} is {size}; at most {limit} can be kept.</source>
        <translation>{name} ಗಾತ್ರ {size}; ಗರಿಷ್ಠ {limit} ಮಾತ್ರ ಇಟ್ಟುಕೊಳ್ಳಬಹುದು.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is {bytes} bytes, just over the {limit} limit ({limit_bytes} bytes).</source>
        <translation>{name} ಗಾತ್ರ {bytes} ಬೈಟ್‌ಗಳು, {limit} ಮಿತಿಗಿಂತ ({limit_bytes} ಬೈಟ್‌ಗಳು) ಸ್ವಲ್ಪ ಹೆಚ್ಚು.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is empty.</source>
        <translation>{name} ಖಾಲಿಯಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not a PNG or JPEG image.</source>
        <translation>{name} PNG ಅಥವಾ JPEG ಚಿತ್ರವಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is not a PDF, PNG or JPEG file.</source>
        <translation>{name} PDF, PNG ಅಥವಾ JPEG ಕಡತವಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is not a supported file.</source>
        <translation>{name} ಬೆಂಬಲಿತ ಕಡತವಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} cannot be read: {reason}.</source>
        <translation>{name} ಓದಲು ಸಾಧ್ಯವಿಲ್ಲ: {reason}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The stored file {sha256}… is missing from the database.</source>
        <translation>ಉಳಿಸಿದ ಕಡತ {sha256}… ಡೇಟಾಬೇಸ್‌ನಲ್ಲಿ ಇಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stored file {sha256}… has changed since it was saved; restore a backup or attach the file again.</source>
        <translation>ಉಳಿಸಿದ ಕಡತ {sha256}… ಉಳಿಸಿದ ನಂತರ ಬದಲಾಗಿದೆ; ಬ್ಯಾಕಪ್ ಮರುಸ್ಥಾಪಿಸಿ ಅಥವಾ ಕಡತವನ್ನು ಮತ್ತೆ ಲಗತ್ತಿಸಿ.</translation>
    </message>
</context>
<context>
    <name>FundingField</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_widgets.py" line="+251"/>
        <source>Non-financial</source>
        <translation>ಆರ್ಥಿಕವಲ್ಲದ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funded, amount ₹</source>
        <translation>ಅನುದಾನಿತ, ಮೊತ್ತ ₹</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 12,50,000</source>
        <translation>ಉದಾ: 12,50,000</translation>
    </message>
</context>
<context>
    <name>GenerateReviewsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/cadence_dialogs.py" line="+26"/>
        <source>Generate 2-4-6-8 reviews</source>
        <translation>2-4-6-8 ಪರಿಶೀಲನಾ ಸಭೆಗಳನ್ನು ರಚಿಸಿ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Left empty: the venue is filled in later, meeting by meeting</source>
        <translation>ಖಾಲಿ ಬಿಟ್ಟರೆ: ಸ್ಥಳವನ್ನು ನಂತರ ಪ್ರತಿ ಸಭೆಗೆ ತುಂಬಬಹುದು</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office</source>
        <translation>ಕಚೇರಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>ತಿಂಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start time</source>
        <translation>ಆರಂಭದ ಸಮಯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>ಸ್ಥಳ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Body</source>
        <translation>ಸಮಿತಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>ಹಂತ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit</source>
        <translation>ಘಟಕ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting</source>
        <translation>ಸಭೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>ಟಿಪ್ಪಣಿ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Generate</source>
        <translation>ರಚಿಸಿ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>already scheduled</source>
        <translation>ಈಗಾಗಲೇ ನಿಗದಿಯಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to be scheduled</source>
        <translation>ನಿಗದಿಪಡಿಸಬೇಕಿದೆ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none this month</source>
        <translation>ಈ ತಿಂಗಳು ಇಲ್ಲ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No review group of this office is on the 2-4-6-8 cadence in %s. Form review groups first (Review groups… on the Meetings page), or choose the office that convenes them.</source>
        <translation>%s ರಲ್ಲಿ ಈ ಕಚೇರಿಯ ಯಾವುದೇ ಪರಿಶೀಲನಾ ತಂಡ 2-4-6-8 ಕ್ರಮದಲ್ಲಿ ಇಲ್ಲ. ಮೊದಲು ಪರಿಶೀಲನಾ ತಂಡಗಳನ್ನು ರಚಿಸಿ (&apos;ಸಭೆಗಳು&apos; ಪುಟದಲ್ಲಿ &apos;ಪರಿಶೀಲನಾ ತಂಡಗಳು…&apos;), ಅಥವಾ ಅವುಗಳ ಸಭೆ ಕರೆಯುವ ಕಚೇರಿಯನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%(month)s: %(groups)s review groups; %(to_schedule)s meetings to schedule, %(scheduled)s already scheduled, %(without_review)s without a review.</source>
        <translation>%(month)s: %(groups)s ಪರಿಶೀಲನಾ ತಂಡಗಳು; %(to_schedule)s ಸಭೆಗಳನ್ನು ನಿಗದಿಪಡಿಸಬೇಕಿದೆ, %(scheduled)s ಈಗಾಗಲೇ ನಿಗದಿಯಾಗಿವೆ, %(without_review)s ಪರಿಶೀಲನೆ ಇಲ್ಲದವು.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Scheduling the reviews of %s</source>
        <translation>%s ರ ಪರಿಶೀಲನಾ ಸಭೆಗಳನ್ನು ನಿಗದಿಪಡಿಸಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Meetings scheduled: %(created)s. Already scheduled, left as they were: %(existing)s. Without a review: %(skipped)s.</source>
        <translation>ನಿಗದಿಪಡಿಸಿದ ಸಭೆಗಳು: %(created)s. ಈಗಾಗಲೇ ನಿಗದಿಯಾಗಿದ್ದು ಹಾಗೆಯೇ ಉಳಿದವು: %(existing)s. ಪರಿಶೀಲನೆ ಇಲ್ಲದವು: %(skipped)s.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>… and %s more (see the Note column).</source>
        <translation>… ಮತ್ತು ಇನ್ನೂ %s (&apos;ಟಿಪ್ಪಣಿ&apos; ಅಂಕಣ ನೋಡಿ).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled; no meeting was scheduled.</source>
        <translation>ರದ್ದುಮಾಡಲಾಗಿದೆ; ಯಾವುದೇ ಸಭೆ ನಿಗದಿಯಾಗಿಲ್ಲ.</translation>
    </message>
</context>
<context>
    <name>Geography</name>
    <message>
        <location filename="../../desktop/services/calendar/review_groups.py" line="+6"/>
        <location filename="../../desktop/services/geography.py" line="+126"/>
        <location line="+17"/>
        <source>District</source>
        <translation>ಜಿಲ್ಲೆ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/geography.py" line="-54"/>
        <source>District name</source>
        <translation>ಜಿಲ್ಲೆಯ ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>ರಾಜ್ಯ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UDISE district code</source>
        <translation>UDISE ಜಿಲ್ಲಾ ಕೋಡ್</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>UDISE district code &apos;{code}&apos; must be 4 digits (state 2 + district 2).</source>
        <translation>UDISE ಜಿಲ್ಲಾ ಕೋಡ್ &apos;{code}&apos; 4 ಅಂಕಿಗಳಾಗಿರಬೇಕು (ರಾಜ್ಯ 2 + ಜಿಲ್ಲೆ 2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A district named {name} already exists.</source>
        <translation>{name} ಎಂಬ ಜಿಲ್ಲೆ ಈಗಾಗಲೇ ಇದೆ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another district already has UDISE code {code}.</source>
        <translation>ಇನ್ನೊಂದು ಜಿಲ್ಲೆಗೆ ಈಗಾಗಲೇ UDISE ಕೋಡ್ {code} ಇದೆ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+66"/>
        <location line="+84"/>
        <source>Local name</source>
        <translation>ಸ್ಥಳೀಯ ಹೆಸರು</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>The UDISE district code cannot change while the district has schools.</source>
        <translation>ಜಿಲ್ಲೆಯಲ್ಲಿ ಶಾಲೆಗಳಿರುವಾಗ UDISE ಜಿಲ್ಲಾ ಕೋಡ್ ಬದಲಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{count} block</source>
        <translation>{count} ಬ್ಲಾಕ್</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} blocks</source>
        <translation>{count} ಬ್ಲಾಕ್‌ಗಳು</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} office</source>
        <translation>{count} ಕಚೇರಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} offices</source>
        <translation>{count} ಕಚೇರಿಗಳು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{district} still has {blocks} and {offices}; remove them first.</source>
        <translation>{district} ನಲ್ಲಿ ಇನ್ನೂ {blocks} ಮತ್ತು {offices} ಇವೆ; ಮೊದಲು ಅವುಗಳನ್ನು ತೆಗೆದುಹಾಕಿ.</translation>
    </message>
    <message>
        <source>{district} district</source>
        <translation type="vanished">{district} ಜಿಲ್ಲೆ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Block name</source>
        <translation>ಬ್ಲಾಕ್‌ನ ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the district the block belongs to.</source>
        <translation>ಬ್ಲಾಕ್ ಸೇರಿರುವ ಜಿಲ್ಲೆಯನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The district already has a block named {name}.</source>
        <translation>ಜಿಲ್ಲೆಯಲ್ಲಿ ಈಗಾಗಲೇ {name} ಎಂಬ ಬ್ಲಾಕ್ ಇದೆ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/baseline/analysis.py" line="+288"/>
        <location filename="../../desktop/services/geography.py" line="+16"/>
        <location line="+18"/>
        <source>Block</source>
        <translation>ಬ್ಲಾಕ್</translation>
    </message>
    <message>
        <location filename="../../desktop/services/geography.py" line="-14"/>
        <source>A block with schools cannot move to another district.</source>
        <translation>ಶಾಲೆಗಳಿರುವ ಬ್ಲಾಕ್ ಅನ್ನು ಬೇರೆ ಜಿಲ್ಲೆಗೆ ವರ್ಗಾಯಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{count} cluster</source>
        <translation>{count} ಕ್ಲಸ್ಟರ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} clusters</source>
        <translation>{count} ಕ್ಲಸ್ಟರ್‌ಗಳು</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} school</source>
        <translation>{count} ಶಾಲೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} schools</source>
        <translation>{count} ಶಾಲೆಗಳು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Block {block} still has {clusters} and {schools}; move or delete them first.</source>
        <translation>{block} ಬ್ಲಾಕ್‌ನಲ್ಲಿ ಇನ್ನೂ {clusters} ಮತ್ತು {schools} ಇವೆ; ಮೊದಲು ಅವುಗಳನ್ನು ವರ್ಗಾಯಿಸಿ ಅಥವಾ ಅಳಿಸಿ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Block {block}</source>
        <translation>{block} ಬ್ಲಾಕ್</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cluster name</source>
        <translation>ಕ್ಲಸ್ಟರ್‌ನ ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the block the cluster belongs to.</source>
        <translation>ಕ್ಲಸ್ಟರ್ ಸೇರಿರುವ ಬ್ಲಾಕ್ ಅನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The block already has a cluster named {name}.</source>
        <translation>ಬ್ಲಾಕ್‌ನಲ್ಲಿ ಈಗಾಗಲೇ {name} ಎಂಬ ಕ್ಲಸ್ಟರ್ ಇದೆ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/baseline/analysis.py" line="+2"/>
        <location filename="../../desktop/services/geography.py" line="+16"/>
        <location line="+15"/>
        <source>Cluster</source>
        <translation>ಕ್ಲಸ್ಟರ್</translation>
    </message>
    <message>
        <location filename="../../desktop/services/geography.py" line="-11"/>
        <source>A cluster with schools cannot move to another block.</source>
        <translation>ಶಾಲೆಗಳಿರುವ ಕ್ಲಸ್ಟರ್ ಅನ್ನು ಬೇರೆ ಬ್ಲಾಕ್‌ಗೆ ವರ್ಗಾಯಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cluster {cluster} still has one school; move it first.</source>
        <translation>{cluster} ಕ್ಲಸ್ಟರ್‌ನಲ್ಲಿ ಇನ್ನೂ ಒಂದು ಶಾಲೆ ಇದೆ; ಮೊದಲು ಅದನ್ನು ವರ್ಗಾಯಿಸಿ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster {cluster} still has {count} schools; move them first.</source>
        <translation>{cluster} ಕ್ಲಸ್ಟರ್‌ನಲ್ಲಿ ಇನ್ನೂ {count} ಶಾಲೆಗಳಿವೆ; ಮೊದಲು ಅವುಗಳನ್ನು ವರ್ಗಾಯಿಸಿ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cluster {cluster}</source>
        <translation>{cluster} ಕ್ಲಸ್ಟರ್</translation>
    </message>
</context>
<context>
    <name>GeographyPage</name>
    <message>
        <location filename="../../desktop/ui/pages/geography_page.py" line="+88"/>
        <source>Blocks</source>
        <translation>ಬ್ಲಾಕ್‌ಗಳು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block</source>
        <translation>ಬ್ಲಾಕ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block (regional)</source>
        <translation>ಬ್ಲಾಕ್ (ಸ್ಥಳೀಯ ಭಾಷೆ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clusters</source>
        <translation>ಕ್ಲಸ್ಟರ್‌ಗಳು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster</source>
        <translation>ಕ್ಲಸ್ಟರ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster (regional)</source>
        <translation>ಕ್ಲಸ್ಟರ್ (ಸ್ಥಳೀಯ ಭಾಷೆ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Blocks and clusters</source>
        <translation>ಬ್ಲಾಕ್‌ಗಳು ಮತ್ತು ಕ್ಲಸ್ಟರ್‌ಗಳು</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No district yet. Add your district first; its blocks and clusters come next.</source>
        <translation>ಇನ್ನೂ ಜಿಲ್ಲೆಯನ್ನು ಸೇರಿಸಿಲ್ಲ. ಮೊದಲು ನಿಮ್ಮ ಜಿಲ್ಲೆಯನ್ನು ಸೇರಿಸಿ; ನಂತರ ಅದರ ಬ್ಲಾಕ್‌ಗಳು ಮತ್ತು ಕ್ಲಸ್ಟರ್‌ಗಳನ್ನು ಸೇರಿಸಿ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add district…</source>
        <translation>ಜಿಲ್ಲೆ ಸೇರಿಸಿ…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%(name)s&lt;/b&gt;%(local)s, %(state)s — UDISE district code %(code)s</source>
        <translation>&lt;b&gt;%(name)s&lt;/b&gt;%(local)s, %(state)s — UDISE ಜಿಲ್ಲಾ ಕೋಡ್ %(code)s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit district…</source>
        <translation>ಜಿಲ್ಲೆಯ ವಿವರ ಸಂಪಾದಿಸಿ…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clusters of %s</source>
        <translation>%s ನ ಕ್ಲಸ್ಟರ್‌ಗಳು</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clusters (choose a block)</source>
        <translation>ಕ್ಲಸ್ಟರ್‌ಗಳು (ಬ್ಲಾಕ್ ಆಯ್ಕೆಮಾಡಿ)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Delete the cluster %s?</source>
        <translation>%s ಕ್ಲಸ್ಟರ್ ಅನ್ನು ಅಳಿಸಬೇಕೇ?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the block %s?</source>
        <translation>%s ಬ್ಲಾಕ್ ಅನ್ನು ಅಳಿಸಬೇಕೇ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>ಅಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot delete</source>
        <translation>ಅಳಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/meeting_attendance.py" line="+37"/>
        <source>Add a guest</source>
        <translation>ಆಹ್ವಾನಿತರನ್ನು ಸೇರಿಸಿ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A person in the records</source>
        <translation>ದಾಖಲೆಗಳಲ್ಲಿರುವ ವ್ಯಕ್ತಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else</source>
        <translation>ಬೇರೆಯವರು</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Designation</source>
        <translation>ಹುದ್ದೆ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>ಸೇರಿಸಿ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the person from the list.</source>
        <translation>ಪಟ್ಟಿಯಿಂದ ವ್ಯಕ್ತಿಯನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the guest&apos;s name.</source>
        <translation>ಆಹ್ವಾನಿತರ ಹೆಸರನ್ನು ಟೈಪ್ ಮಾಡಿ.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/action_item_dialogs.py" line="+11"/>
        <source>History of the action item</source>
        <translation>ಕ್ರಮ ಅಂಶದ ಇತಿಹಾಸ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>ಘಟನೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>ಸಭೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>ಟಿಪ್ಪಣಿ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Origin</source>
        <translation>ಮೂಲ</translation>
    </message>
</context>
<context>
    <name>HolidayDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/holiday_dialogs.py" line="-61"/>
        <source>New holiday</source>
        <translation>ಹೊಸ ರಜೆ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holiday: %s</source>
        <translation>ರಜೆ: %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Kannada Rajyotsava</source>
        <translation>ಉದಾ: ಕನ್ನಡ ರಾಜ್ಯೋತ್ಸವ</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/package_import_run.py" line="+28"/>
        <source>Nothing was imported; the database is as it was.</source>
        <translation>ಏನನ್ನೂ ಆಮದು ಮಾಡಿಲ್ಲ; ಡೇಟಾಬೇಸ್ ಹಿಂದಿನಂತೆಯೇ ಇದೆ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import can be undone as a whole: on the Exchange page, select it in the exchange log and choose Undo import.</source>
        <translation>ಆಮದನ್ನು ಒಟ್ಟಾಗಿ ರದ್ದುಗೊಳಿಸಬಹುದು: &apos;ದತ್ತಾಂಶ ವಿನಿಮಯ&apos; ಪುಟದಲ್ಲಿ ವಿನಿಮಯ ವಹಿಯಲ್ಲಿ ಅದನ್ನು ಆಯ್ಕೆಮಾಡಿ &apos;ಆಮದು ರದ್ದುಗೊಳಿಸಿ…&apos; ಆರಿಸಿ.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import</source>
        <translation>ಆಮದು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything is checked again and stored in one go, after a backup of the database: all of it or nothing.</source>
        <translation>ಡೇಟಾಬೇಸ್‌ನ ಬ್ಯಾಕಪ್ ನಂತರ ಎಲ್ಲವನ್ನೂ ಮತ್ತೆ ಪರಿಶೀಲಿಸಿ ಒಂದೇ ಬಾರಿಗೆ ಉಳಿಸಲಾಗುತ್ತದೆ: ಎಲ್ಲವೂ ಅಥವಾ ಏನೂ ಇಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What will be imported</source>
        <translation>ಏನನ್ನು ಆಮದು ಮಾಡಲಾಗುತ್ತದೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation>ಆಮದು ಮಾಡಿ(&amp;I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cance&amp;l import</source>
        <translation>ಆಮದು ರದ್ದುಮಾಡಿ(&amp;L)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Imported</source>
        <translation>ಆಮದು ಮಾಡಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stored:</source>
        <translation>ಉಳಿಸಿದ್ದು:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts:</source>
        <translation>ಸಂಘರ್ಷಗಳು:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup taken first:</source>
        <translation>ಮೊದಲು ಮಾಡಿದ ಬ್ಯಾಕಪ್:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange log:</source>
        <translation>ವಿನಿಮಯ ವಹಿ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To undo:</source>
        <translation>ರದ್ದುಗೊಳಿಸಲು:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>signed by %s</source>
        <translation>%s ಸಹಿ ಮಾಡಿದೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not signed, filled in for %s</source>
        <translation>ಸಹಿ ಇಲ್ಲ, %s ಗಾಗಿ ತುಂಬಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%(package)s (%(signer)s)</source>
        <translation>%(package)s (%(signer)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MoU %(mou)s; round %(round)s</source>
        <translation>MoU %(mou)s; ಸುತ್ತು %(round)s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>• %(table)s: %(created)s to add, %(updated)s to update, %(unchanged)s unchanged</source>
        <translation>• %(table)s: ಸೇರಿಸಬೇಕಾದವು %(created)s, ನವೀಕರಿಸಬೇಕಾದವು %(updated)s, ಬದಲಾಗದವು %(unchanged)s</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Conflicts with newer office data: the office&apos;s value kept in %(kept)s, the package&apos;s taken in %(taken)s.</source>
        <translation>ಕಚೇರಿಯ ಹೊಸ ದತ್ತಾಂಶದೊಂದಿಗೆ ಸಂಘರ್ಷಗಳು: %(kept)s ರಲ್ಲಿ ಕಚೇರಿಯ ಮೌಲ್ಯ ಉಳಿಸಲಾಗಿದೆ, %(taken)s ರಲ್ಲಿ ಪ್ಯಾಕೇಜಿನ ಮೌಲ್ಯ ತೆಗೆದುಕೊಳ್ಳಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelled. </source>
        <translation>ರದ್ದುಮಾಡಲಾಗಿದೆ. </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing…</source>
        <translation>ಆಮದು ಮಾಡಲಾಗುತ್ತಿದೆ…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The import stopped: %s. It was rolled back.</source>
        <translation>ಆಮದು ನಿಂತಿತು: %s. ಅದನ್ನು ಹಿಂಪಡೆಯಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import stopped on an unexpected error and was rolled back: %s</source>
        <translation>ಅನಿರೀಕ್ಷಿತ ದೋಷದಿಂದ ಆಮದು ನಿಂತಿತು ಮತ್ತು ಹಿಂಪಡೆಯಲಾಗಿದೆ: %s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to do.</source>
        <translation>ಮಾಡಬೇಕಾದ್ದು ಏನೂ ಇಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported, and recorded in the exchange log.</source>
        <translation>ಆಮದು ಮಾಡಲಾಗಿದೆ ಮತ್ತು ವಿನಿಮಯ ವಹಿಯಲ್ಲಿ ದಾಖಲಿಸಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was checked and imported</source>
        <translation>ಏನನ್ನು ಪರಿಶೀಲಿಸಿ ಆಮದು ಮಾಡಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%(category)s: %(created)s added, %(updated)s updated</source>
        <translation>%(category)s: %(created)s ಸೇರಿಸಲಾಗಿದೆ, %(updated)s ನವೀಕರಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%(kept)s kept as the office had them; %(replaced)s replaced by the package&apos;s values.</source>
        <translation>%(kept)s ಕಚೇರಿಯಲ್ಲಿದ್ದಂತೆಯೇ ಉಳಿದಿವೆ; %(replaced)s ಪ್ಯಾಕೇಜಿನ ಮೌಲ್ಯಗಳಿಂದ ಬದಲಾಗಿವೆ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>ಇಲ್ಲ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entry %d</source>
        <translation>ನಮೂದು %d</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/holiday_dialogs.py" line="+72"/>
        <source>Holidays not imported</source>
        <translation>ಆಮದು ಆಗದ ರಜಾ ದಿನಗಳು</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Row</source>
        <translation>ಸಾಲು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>ಅಂಕಣ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>ಮೌಲ್ಯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>ಸಮಸ್ಯೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected</source>
        <translation>ನಿರೀಕ್ಷಿತ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Correct the file and import it again.</source>
        <translation>ಕಡತವನ್ನು ಸರಿಪಡಿಸಿ ಮತ್ತೆ ಆಮದು ಮಾಡಿ.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop/ui/dialogs/import_check_page.py" line="-210"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>ರದ್ದುಮಾಡಲಾಗಿದೆ; ಏನನ್ನೂ ಬದಲಿಸಿಲ್ಲ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard.py" line="+87"/>
        <source>Import data</source>
        <translation>ದತ್ತಾಂಶ ಆಮದು ಮಾಡಿ</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <location filename="../../desktop/services/calendar/holiday_import.py" line="+176"/>
        <source>is an old Excel (.xls) file</source>
        <translation>ಹಳೆಯ Excel (.xls) ಕಡತ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an Excel workbook (.xlsx) or a CSV file: save it as one of them</source>
        <translation>Excel ವರ್ಕ್‌ಬುಕ್ (.xlsx) ಅಥವಾ CSV ಕಡತ: ಇವುಗಳಲ್ಲಿ ಒಂದಾಗಿ ಉಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not a CSV or Excel file</source>
        <translation>CSV ಅಥವಾ Excel ಕಡತವಲ್ಲ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a .csv or .xlsx file</source>
        <translation>.csv ಅಥವಾ .xlsx ಕಡತ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>was not found</source>
        <translation>ಕಂಡುಬಂದಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the path of an existing file</source>
        <translation>ಅಸ್ತಿತ್ವದಲ್ಲಿರುವ ಕಡತದ ಮಾರ್ಗ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>could not be read as text ({reason})</source>
        <translation>ಪಠ್ಯವಾಗಿ ಓದಲು ಸಾಧ್ಯವಾಗಲಿಲ್ಲ ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a CSV file saved as UTF-8 or Windows-1252</source>
        <translation>UTF-8 ಅಥವಾ Windows-1252 ಆಗಿ ಉಳಿಸಿದ CSV ಕಡತ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>could not be opened as an Excel workbook ({reason})</source>
        <translation>Excel ವರ್ಕ್‌ಬುಕ್ ಆಗಿ ತೆರೆಯಲು ಸಾಧ್ಯವಾಗಲಿಲ್ಲ ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an .xlsx file saved by Excel</source>
        <translation>Excel ನಲ್ಲಿ ಉಳಿಸಿದ .xlsx ಕಡತ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the file {reason}</source>
        <translation>ಕಡತ {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>has no header row in its first {rows} rows</source>
        <translation>ಅದರ ಮೊದಲ {rows} ಸಾಲುಗಳಲ್ಲಿ ಶೀರ್ಷಿಕೆ ಸಾಲು ಇಲ್ಲ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a row with a date column (Date, Day, ದಿನಾಂಕ, दिनांक or तारीख) and a name column (Holiday, Name, Occasion, Festival or Description)</source>
        <translation>ದಿನಾಂಕದ ಅಂಕಣ (Date, Day, ದಿನಾಂಕ, दिनांक ಅಥವಾ तारीख) ಮತ್ತು ಹೆಸರಿನ ಅಂಕಣ (Holiday, Name, Occasion, Festival ಅಥವಾ Description) ಇರುವ ಸಾಲು</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the date is empty</source>
        <translation>ದಿನಾಂಕ ಖಾಲಿ ಇದೆ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the holiday&apos;s name is empty</source>
        <translation>ರಜೆಯ ಹೆಸರು ಖಾಲಿ ಇದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name, e.g. Independence Day</source>
        <translation>ಹೆಸರು, ಉದಾ: ಸ್ವಾತಂತ್ರ್ಯ ದಿನಾಚರಣೆ</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../desktop/services/imports/targets/schools_cells.py" line="+210"/>
        <source>is {count} characters long</source>
        <translation>{count} ಅಕ್ಷರಗಳಷ್ಟು ಉದ್ದವಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most {limit}</source>
        <translation>ಗರಿಷ್ಠ {limit}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is also on row {row} as &quot;{earlier}&quot;, here as &quot;{name}&quot;</source>
        <translation>ಸಾಲು {row} ರಲ್ಲಿ &quot;{earlier}&quot; ಎಂದೂ ಇದೆ, ಇಲ್ಲಿ &quot;{name}&quot; ಎಂದು ಇದೆ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>each date once; keep one of the two names</source>
        <translation>ಪ್ರತಿ ದಿನಾಂಕ ಒಮ್ಮೆ ಮಾತ್ರ; ಎರಡು ಹೆಸರುಗಳಲ್ಲಿ ಒಂದನ್ನು ಉಳಿಸಿಕೊಳ್ಳಿ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>has no holidays below its header row (row {row})</source>
        <translation>ಶೀರ್ಷಿಕೆ ಸಾಲಿನ (ಸಾಲು {row}) ಕೆಳಗೆ ಯಾವುದೇ ರಜೆಗಳಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one holiday a row</source>
        <translation>ಪ್ರತಿ ಸಾಲಿಗೆ ಒಂದು ರಜೆ</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>is for {day}, which {office} already has as &quot;{theirs}&quot;</source>
        <translation>{day} ಗಾಗಿ ಇದೆ, ಅದು {office} ನಲ್ಲಿ ಈಗಾಗಲೇ &quot;{theirs}&quot; ಎಂದು ಇದೆ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the same name, or that holiday renamed or deleted first</source>
        <translation>ಅದೇ ಹೆಸರು, ಅಥವಾ ಮೊದಲು ಆ ರಜೆಯನ್ನು ಮರುಹೆಸರಿಸಿ ಅಥವಾ ಅಳಿಸಿ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/inbound_undo.py" line="-60"/>
        <location filename="../../desktop/services/imports/batches.py" line="+122"/>
        <source>Batch {batch} was already undone on {day} by {operator}.</source>
        <translation>ಆಮದು ಕಂತು {batch} ಅನ್ನು {day} ರಂದು {operator} ಈಗಾಗಲೇ ರದ್ದುಗೊಳಿಸಿದ್ದಾರೆ.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../desktop/services/imports/batches.py" line="+7"/>
        <source>Batch {later} ({files}) was imported after batch {batch} into the same records and may have changed them; undo batch {later} first.</source>
        <translation>ಆಮದು ಕಂತು {later} ({files}) ಅನ್ನು ಕಂತು {batch} ನಂತರ ಅದೇ ದಾಖಲೆಗಳಿಗೆ ಆಮದು ಮಾಡಲಾಗಿದೆ ಮತ್ತು ಅವುಗಳನ್ನು ಬದಲಿಸಿರಬಹುದು; ಮೊದಲು ಕಂತು {later} ಅನ್ನು ರದ್ದುಗೊಳಿಸಿ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../desktop/services/imports/batches.py" line="-22"/>
        <location line="+4"/>
        <source>Import batch</source>
        <translation>ಆಮದು ಕಂತು</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/batches.py" line="-60"/>
        <source>In place</source>
        <translation>ಜಾರಿಯಲ್ಲಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undone {day} by {operator}</source>
        <translation>{day} ರಂದು {operator} ರದ್ದುಗೊಳಿಸಿದ್ದಾರೆ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/exports.py" line="-58"/>
        <source>Save the export as a .csv or an .xlsx file.</source>
        <translation>ರಫ್ತನ್ನು .csv ಅಥವಾ .xlsx ಕಡತವಾಗಿ ಉಳಿಸಿ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/file_safety.py" line="+38"/>
        <source>a text (CSV) file</source>
        <translation>ಪಠ್ಯ (CSV) ಕಡತ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an Excel workbook (.xlsx)</source>
        <translation>Excel ವರ್ಕ್‌ಬುಕ್ (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an old Excel workbook (.xls)</source>
        <translation>ಹಳೆಯ Excel ವರ್ಕ್‌ಬುಕ್ (.xls)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an OpenDocument spreadsheet (.ods)</source>
        <translation>OpenDocument ಸ್ಪ್ರೆಡ್‌ಶೀಟ್ (.ods)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a GeoJSON file</source>
        <translation>GeoJSON ಕಡತ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a CSV or text file (.csv, .tsv, .txt), a workbook (.xlsx, .xlsm, .xls, .ods) or GeoJSON (.geojson, .json)</source>
        <translation>CSV ಅಥವಾ ಪಠ್ಯ ಕಡತ (.csv, .tsv, .txt), ವರ್ಕ್‌ಬುಕ್ (.xlsx, .xlsm, .xls, .ods) ಅಥವಾ GeoJSON (.geojson, .json)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The import</source>
        <translation>ಆಮದು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has no file to read</source>
        <translation>ಓದಲು ಯಾವುದೇ ಕಡತವಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one or more files chosen</source>
        <translation>ಆಯ್ಕೆಮಾಡಿದ ಒಂದು ಅಥವಾ ಹೆಚ್ಚು ಕಡತಗಳು</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>was not found at {folder}</source>
        <translation>{folder} ನಲ್ಲಿ ಕಂಡುಬಂದಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file that exists (was it moved or renamed?)</source>
        <translation>ಅಸ್ತಿತ್ವದಲ್ಲಿರುವ ಕಡತ (ಅದನ್ನು ಸ್ಥಳಾಂತರಿಸಲಾಗಿದೆಯೇ ಅಥವಾ ಮರುಹೆಸರಿಸಲಾಗಿದೆಯೇ?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a {suffix} file</source>
        <translation>{suffix} ಕಡತ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a file without an extension</source>
        <translation>ಹೆಸರಿನಲ್ಲಿ ವಿಸ್ತರಣೆ (.csv, .xlsx ಮುಂತಾದ) ಇಲ್ಲದ ಕಡತ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is {kind}, which this import does not read</source>
        <translation>{kind} ಆಗಿದೆ, ಇದನ್ನು ಈ ಆಮದು ಓದುವುದಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is empty (0 bytes)</source>
        <translation>ಖಾಲಿ ಇದೆ (0 ಬೈಟ್‌ಗಳು)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file with a header row and data rows</source>
        <translation>ಶೀರ್ಷಿಕೆ ಸಾಲು ಮತ್ತು ದತ್ತಾಂಶ ಸಾಲುಗಳಿರುವ ಕಡತ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is {size} in all, over the limit of {limit} per import</source>
        <translation>ಒಟ್ಟು {size} ಇದೆ, ಪ್ರತಿ ಆಮದಿನ ಮಿತಿ {limit} ಗಿಂತ ಹೆಚ್ಚು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>and the other files are {size} in all, over the limit of {limit} per import</source>
        <translation>ಮತ್ತು ಇತರ ಕಡತಗಳು ಒಟ್ಟು {size}, ಪ್ರತಿ ಆಮದಿನ ಮಿತಿ {limit} ಗಿಂತ ಹೆಚ್ಚು</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a smaller file: split it (e.g. by block) and import the parts one after another</source>
        <translation>ಚಿಕ್ಕ ಕಡತ: ಅದನ್ನು ವಿಭಜಿಸಿ (ಉದಾ: ಬ್ಲಾಕ್‌ವಾರು) ಮತ್ತು ಭಾಗಗಳನ್ನು ಒಂದರ ನಂತರ ಒಂದರಂತೆ ಆಮದು ಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is {kind} but {first} is {first_kind}</source>
        <translation>{kind} ಆಗಿದೆ ಆದರೆ {first} {first_kind} ಆಗಿದೆ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>files of one kind with the same columns; import the others separately</source>
        <translation>ಒಂದೇ ಅಂಕಣಗಳಿರುವ ಒಂದೇ ಬಗೆಯ ಕಡತಗಳು; ಇತರವುಗಳನ್ನು ಪ್ರತ್ಯೇಕವಾಗಿ ಆಮದು ಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>is an Excel workbook, not a text file, though its name ends in {suffix}</source>
        <translation>ಅದರ ಹೆಸರು {suffix} ನಲ್ಲಿ ಕೊನೆಗೊಂಡರೂ ಅದು Excel ವರ್ಕ್‌ಬುಕ್, ಪಠ್ಯ ಕಡತವಲ್ಲ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file renamed to .xlsx (or .xls), or saved from Excel as CSV</source>
        <translation>.xlsx (ಅಥವಾ .xls) ಎಂದು ಮರುಹೆಸರಿಸಿದ ಕಡತ, ಅಥವಾ Excel ನಿಂದ CSV ಆಗಿ ಉಳಿಸಿದ ಕಡತ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>is a web page (HTML) saved with a workbook&apos;s name</source>
        <translation>ವರ್ಕ್‌ಬುಕ್‌ನ ಹೆಸರಿನಲ್ಲಿ ಉಳಿಸಿದ ವೆಬ್ ಪುಟ (HTML)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open it in Excel and save it as .xlsx</source>
        <translation>ಅದನ್ನು Excel ನಲ್ಲಿ ತೆರೆದು .xlsx ಆಗಿ ಉಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not a workbook: it holds plain text, though its name ends in {suffix}</source>
        <translation>ವರ್ಕ್‌ಬುಕ್ ಅಲ್ಲ: ಅದರ ಹೆಸರು {suffix} ನಲ್ಲಿ ಕೊನೆಗೊಂಡರೂ ಅದರಲ್ಲಿ ಸಾಮಾನ್ಯ ಪಠ್ಯವಿದೆ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file renamed to .csv if it is a CSV export, or saved from Excel as .xlsx</source>
        <translation>CSV ರಫ್ತು ಆಗಿದ್ದರೆ .csv ಎಂದು ಮರುಹೆಸರಿಸಿದ ಕಡತ, ಅಥವಾ Excel ನಿಂದ .xlsx ಆಗಿ ಉಳಿಸಿದ ಕಡತ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is protected with a password, or is an old .xls workbook renamed</source>
        <translation>ಗುಪ್ತಪದದಿಂದ ರಕ್ಷಿತವಾಗಿದೆ, ಅಥವಾ ಮರುಹೆಸರಿಸಿದ ಹಳೆಯ .xls ವರ್ಕ್‌ಬುಕ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a copy saved from Excel as .xlsx without a password</source>
        <translation>ಗುಪ್ತಪದವಿಲ್ಲದೆ Excel ನಿಂದ .xlsx ಆಗಿ ಉಳಿಸಿದ ಪ್ರತಿ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is an .xlsx workbook with an .xls name</source>
        <translation>.xls ಹೆಸರಿನ .xlsx ವರ್ಕ್‌ಬುಕ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file renamed to .xlsx</source>
        <translation>.xlsx ಎಂದು ಮರುಹೆಸರಿಸಿದ ಕಡತ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>would expand to {size} when opened, over the limit of {limit} (a damaged or hostile file: a zip bomb)</source>
        <translation>ತೆರೆದಾಗ {size} ಗೆ ವಿಸ್ತರಿಸುತ್ತದೆ, ಮಿತಿ {limit} ಗಿಂತ ಹೆಚ್ಚು (ಹಾಳಾದ ಅಥವಾ ಹಾನಿಕಾರಕ ಕಡತ: zip ಬಾಂಬ್)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <location line="+15"/>
        <source>a workbook saved again from Excel or LibreOffice</source>
        <translation>Excel ಅಥವಾ LibreOffice ನಿಂದ ಮತ್ತೆ ಉಳಿಸಿದ ವರ್ಕ್‌ಬುಕ್</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>has a part ({part}) compressed {ratio:,.0f} times, over the limit of {limit} (a damaged or hostile file: a zip bomb)</source>
        <translation>ಅದರ ಒಂದು ಭಾಗ ({part}) {ratio:,.0f} ಪಟ್ಟು ಸಂಕುಚಿತವಾಗಿದೆ, ಮಿತಿ {limit} ಗಿಂತ ಹೆಚ್ಚು (ಹಾಳಾದ ಅಥವಾ ಹಾನಿಕಾರಕ ಕಡತ: zip ಬಾಂಬ್)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>has a part ({part}) that declares a DOCTYPE or XML entities, which workbooks saved by Excel or LibreOffice never do (it may be hostile)</source>
        <translation>ಅದರ ಒಂದು ಭಾಗ ({part}) DOCTYPE ಅಥವಾ XML ಎಂಟಿಟಿಗಳನ್ನು ಘೋಷಿಸುತ್ತದೆ, Excel ಅಥವಾ LibreOffice ಉಳಿಸಿದ ವರ್ಕ್‌ಬುಕ್‌ಗಳು ಎಂದೂ ಹಾಗೆ ಮಾಡುವುದಿಲ್ಲ (ಅದು ಹಾನಿಕಾರಕವಾಗಿರಬಹುದು)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is damaged and cannot be opened as a workbook ({reason})</source>
        <translation>ಹಾಳಾಗಿದೆ ಮತ್ತು ವರ್ಕ್‌ಬುಕ್ ಆಗಿ ತೆರೆಯಲು ಸಾಧ್ಯವಿಲ್ಲ ({reason})</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../desktop/services/imports/workbooks.py" line="+18"/>
        <source>the workbook opened in Excel or LibreOffice and saved again</source>
        <translation>Excel ಅಥವಾ LibreOffice ನಲ್ಲಿ ತೆರೆದು ಮತ್ತೆ ಉಳಿಸಿದ ವರ್ಕ್‌ಬುಕ್</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/geojson_files.py" line="+13"/>
        <source>a GeoJSON FeatureCollection, as the school GIS service exports it</source>
        <translation>ಶಾಲಾ GIS ಸೇವೆ ರಫ್ತು ಮಾಡುವಂತೆ GeoJSON FeatureCollection</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>is not valid UTF-8 text (byte {byte:,})</source>
        <translation>ಮಾನ್ಯ UTF-8 ಪಠ್ಯವಲ್ಲ (ಬೈಟ್ {byte:,})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is not valid JSON: {msg} at line {lineno:,}, column {colno:,}</source>
        <translation>ಮಾನ್ಯ JSON ಅಲ್ಲ: ಸಾಲು {lineno:,}, ಅಂಕಣ {colno:,} ರಲ್ಲಿ {msg}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — the file may be cut short</source>
        <translation> — ಕಡತ ಮೊಟಕಾಗಿರಬಹುದು</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not a GeoJSON FeatureCollection (its type is &quot;{kind}&quot;)</source>
        <translation>GeoJSON FeatureCollection ಅಲ್ಲ (ಅದರ ಬಗೆ &quot;{kind}&quot;)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has no features</source>
        <translation>ಯಾವುದೇ ಫೀಚರ್‌ಗಳಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least one feature (school)</source>
        <translation>ಕನಿಷ್ಠ ಒಂದು ಫೀಚರ್ (ಶಾಲೆ)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/grid_table.py" line="+45"/>
        <source>cells to the right of the header&apos;s last column</source>
        <translation>ಶೀರ್ಷಿಕೆಯ ಕೊನೆಯ ಅಂಕಣದ ಬಲಕ್ಕೆ ಕೋಶಗಳು</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has nothing in row {row}, chosen as the header</source>
        <translation>ಶೀರ್ಷಿಕೆಯಾಗಿ ಆಯ್ಕೆಮಾಡಿದ ಸಾಲು {row} ರಲ್ಲಿ ಏನೂ ಇಲ್ಲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the row holding the column names</source>
        <translation>ಅಂಕಣಗಳ ಹೆಸರುಗಳಿರುವ ಸಾಲು</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>a second table, below a blank row? Import each table on its own</source>
        <translation>ಖಾಲಿ ಸಾಲಿನ ಕೆಳಗೆ ಎರಡನೇ ಕೋಷ್ಟಕವೇ? ಪ್ರತಿ ಕೋಷ್ಟಕವನ್ನು ಪ್ರತ್ಯೇಕವಾಗಿ ಆಮದು ಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has {cells} cells; the header (row {row}) has {width} — {hint}</source>
        <translation>ಇದರಲ್ಲಿ {cells} ಕೋಶಗಳಿವೆ; ಶೀರ್ಷಿಕೆಯಲ್ಲಿ (ಸಾಲು {row}) {width} ಇವೆ — {hint}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at most {width} cells in each row</source>
        <translation>ಪ್ರತಿ ಸಾಲಿನಲ್ಲಿ ಗರಿಷ್ಠ {width} ಕೋಶಗಳು</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/mapping.py" line="+98"/>
        <source>{field} is required: choose the column that holds it.</source>
        <translation>{field} ಕಡ್ಡಾಯ: ಅದಿರುವ ಅಂಕಣವನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file has no column &quot;{column}&quot; for {field}.</source>
        <translation>ಕಡತದಲ್ಲಿ {field} ಗಾಗಿ &quot;{column}&quot; ಅಂಕಣ ಇಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field} must come from a column of the file.</source>
        <translation>{field} ಕಡತದ ಒಂದು ಅಂಕಣದಿಂದ ಬರಬೇಕು.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the {field} or choose a column.</source>
        <translation>{field} ಟೈಪ್ ಮಾಡಿ ಅಥವಾ ಒಂದು ಅಂಕಣವನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Give the mapping a name, e.g. “UDISE school list”.</source>
        <translation>ಹೊಂದಾಣಿಕೆಗೆ ಹೆಸರು ನೀಡಿ, ಉದಾ: “UDISE ಶಾಲಾ ಪಟ್ಟಿ”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name is {count} characters long; at most 120 fit.</source>
        <translation>ಹೆಸರು {count} ಅಕ್ಷರಗಳಷ್ಟು ಉದ್ದವಿದೆ; ಗರಿಷ್ಠ 120 ಅಕ್ಷರಗಳು ಮಾತ್ರ.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Saved mapping</source>
        <translation>ಉಳಿಸಿದ ಹೊಂದಾಣಿಕೆ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/pipeline.py" line="-23"/>
        <source>(typed: {value})</source>
        <translation>(ಟೈಪ್ ಮಾಡಿದ್ದು: {value})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the assessment round these {target} belong to.</source>
        <translation>ಈ {target} ಯಾವ ಮೌಲ್ಯಮಾಪನ ಸುತ್ತಿಗೆ ಸೇರಿವೆ ಎಂದು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>These files were already imported as batch {batch} on {day} by {operator}.</source>
        <translation>ಈ ಕಡತಗಳನ್ನು {day} ರಂದು {operator} ಈಗಾಗಲೇ ಆಮದು ಕಂತು {batch} ಆಗಿ ಆಮದು ಮಾಡಿದ್ದಾರೆ.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The file</source>
        <translation>ಕಡತ</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../desktop/services/imports/table.py" line="+47"/>
        <source>{file} and {count} more</source>
        <translation>{file} ಮತ್ತು ಇನ್ನೂ {count}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saving</source>
        <translation>ಉಳಿಸಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved</source>
        <translation>ಉಳಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/problems.py" line="+31"/>
        <location line="+34"/>
        <source>sheet {sheet}</source>
        <translation>ಶೀಟ್ {sheet}</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <location filename="../../desktop/services/imports/targets/schools_cells.py" line="-55"/>
        <source>row {row}</source>
        <translation>ಸಾಲು {row}</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>column &quot;{column}&quot;</source>
        <translation>ಅಂಕಣ &quot;{column}&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{place}: &quot;{value}&quot; {reason}; expected {expected}.</source>
        <translation>{place}: &quot;{value}&quot; {reason}; ನಿರೀಕ್ಷಿತ: {expected}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{place}: &quot;{value}&quot; {reason}.</source>
        <translation>{place}: &quot;{value}&quot; {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{place}: {reason}; expected {expected}.</source>
        <translation>{place}: {reason}; ನಿರೀಕ್ಷಿತ: {expected}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{place}: {reason}.</source>
        <translation>{place}: {reason}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{place}, column &quot;{column}&quot;: &quot;{original}&quot; → &quot;{repaired}&quot; ({reason})</source>
        <translation>{place}, ಅಂಕಣ &quot;{column}&quot;: &quot;{original}&quot; → &quot;{repaired}&quot; ({reason})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>… and {count} more.</source>
        <translation>… ಮತ್ತು ಇನ್ನೂ {count}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file} was not imported and nothing was saved: {count} problem to correct first.</source>
        <translation>{file} ಅನ್ನು ಆಮದು ಮಾಡಲಾಗಿಲ್ಲ ಮತ್ತು ಏನನ್ನೂ ಉಳಿಸಲಾಗಿಲ್ಲ: ಮೊದಲು {count} ಸಮಸ್ಯೆಯನ್ನು ಸರಿಪಡಿಸಿ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} was not imported and nothing was saved: {count} problems to correct first.</source>
        <translation>{file} ಅನ್ನು ಆಮದು ಮಾಡಲಾಗಿಲ್ಲ ಮತ್ತು ಏನನ್ನೂ ಉಳಿಸಲಾಗಿಲ್ಲ: ಮೊದಲು {count} ಸಮಸ್ಯೆಗಳನ್ನು ಸರಿಪಡಿಸಿ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/sources.py" line="+36"/>
        <source>none of the first {rows} rows looks like a header row (a row of at least two column names such as &quot;UDISE code&quot;, &quot;School name&quot;)</source>
        <translation>ಮೊದಲ {rows} ಸಾಲುಗಳಲ್ಲಿ ಯಾವುದೂ ಶೀರ್ಷಿಕೆ ಸಾಲಿನಂತೆ ಕಾಣುವುದಿಲ್ಲ (&quot;UDISE code&quot;, &quot;School name&quot; ನಂತಹ ಕನಿಷ್ಠ ಎರಡು ಅಂಕಣ ಹೆಸರುಗಳಿರುವ ಸಾಲು)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the column names above the data, or the header row chosen by hand</source>
        <translation>ದತ್ತಾಂಶದ ಮೇಲೆ ಅಂಕಣಗಳ ಹೆಸರುಗಳು, ಅಥವಾ ಕೈಯಾರೆ ಆಯ್ಕೆಮಾಡಿದ ಶೀರ್ಷಿಕೆ ಸಾಲು</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>has no row {row} to use as the header (it has {count} rows at the start)</source>
        <translation>ಶೀರ್ಷಿಕೆಯಾಗಿ ಬಳಸಲು ಸಾಲು {row} ಇಲ್ಲ (ಆರಂಭದಲ್ಲಿ {count} ಸಾಲುಗಳಿವೆ)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>has no rows: every row is blank</source>
        <translation>ಯಾವುದೇ ಸಾಲುಗಳಿಲ್ಲ: ಎಲ್ಲಾ ಸಾಲುಗಳು ಖಾಲಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <location filename="../../desktop/services/imports/text_files.py" line="+181"/>
        <source>a header row and data rows</source>
        <translation>ಶೀರ್ಷಿಕೆ ಸಾಲು ಮತ್ತು ದತ್ತಾಂಶ ಸಾಲುಗಳು</translation>
    </message>
    <message>
        <location line="-1"/>
        <location filename="../../desktop/services/imports/text_files.py" line="-1"/>
        <source>has no rows: every line is blank</source>
        <translation>ಯಾವುದೇ ಸಾಲುಗಳಿಲ್ಲ: ಎಲ್ಲಾ ಪಂಕ್ತಿಗಳು ಖಾಲಿ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a {delimiter} inside a value without quotes?</source>
        <translation>ಉದ್ಧರಣ ಚಿಹ್ನೆಗಳಿಲ್ಲದ ಮೌಲ್ಯದೊಳಗೆ {delimiter} ಇದೆಯೇ?</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Read {file}</source>
        <translation>{file} ಓದಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reading {file}: {count:,} rows</source>
        <translation>{file} ಓದಲಾಗುತ್ತಿದೆ: {count:,} ಸಾಲುಗಳು</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading {file}, sheet {sheet}</source>
        <translation>{file}, ಶೀಟ್ {sheet} ಓದಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read {file}, sheet {sheet}</source>
        <translation>{file}, ಶೀಟ್ {sheet} ಓದಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>has other columns than {first}: it lacks {missing} and has {besides} besides</source>
        <translation>{first} ಗಿಂತ ಬೇರೆ ಅಂಕಣಗಳಿವೆ: ಇದರಲ್ಲಿ {missing} ಇಲ್ಲ ಮತ್ತು ಹೆಚ್ಚುವರಿಯಾಗಿ {besides} ಇವೆ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has other columns than {first}: it lacks {missing}</source>
        <translation>{first} ಗಿಂತ ಬೇರೆ ಅಂಕಣಗಳಿವೆ: ಇದರಲ್ಲಿ {missing} ಇಲ್ಲ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has other columns than {first}: it has {besides} besides</source>
        <translation>{first} ಗಿಂತ ಬೇರೆ ಅಂಕಣಗಳಿವೆ: ಹೆಚ್ಚುವರಿಯಾಗಿ {besides} ಇವೆ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the same columns in every file of one import; import it separately</source>
        <translation>ಒಂದು ಆಮದಿನ ಪ್ರತಿ ಕಡತದಲ್ಲೂ ಅದೇ ಅಂಕಣಗಳು; ಇದನ್ನು ಪ್ರತ್ಯೇಕವಾಗಿ ಆಮದು ಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>says more features follow (exceededTransferLimit), but no next page was given</source>
        <translation>ಇನ್ನಷ್ಟು ಫೀಚರ್‌ಗಳಿವೆ ಎನ್ನುತ್ತದೆ (exceededTransferLimit), ಆದರೆ ಮುಂದಿನ ಪುಟ ನೀಡಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the next page added to the import</source>
        <translation>ಆಮದಿಗೆ ಸೇರಿಸಿದ ಮುಂದಿನ ಪುಟ</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Read {count:,} rows from {file}</source>
        <translation>{file} ನಿಂದ {count:,} ಸಾಲುಗಳನ್ನು ಓದಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/targets/assessment.py" line="+21"/>
        <location filename="../../desktop/services/imports/targets/assessment_check.py" line="+341"/>
        <source>Student id</source>
        <translation>ವಿದ್ಯಾರ್ಥಿಯ ಗುರುತು ಸಂಖ್ಯೆ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the student&apos;s id (the state&apos;s student number such as SATS, the PEN, or the school&apos;s roll number); names are not needed</source>
        <translation>ವಿದ್ಯಾರ್ಥಿಯ ಗುರುತು ಸಂಖ್ಯೆ (SATS ನಂತಹ ರಾಜ್ಯದ ವಿದ್ಯಾರ್ಥಿ ಸಂಖ್ಯೆ, PEN ಅಥವಾ ಶಾಲೆಯ ಹಾಜರಾತಿ ಸಂಖ್ಯೆ); ಹೆಸರುಗಳು ಅಗತ್ಯವಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Student name</source>
        <translation>ವಿದ್ಯಾರ್ಥಿಯ ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stored only when you choose to keep names</source>
        <translation>ಹೆಸರುಗಳನ್ನು ಉಳಿಸಿಕೊಳ್ಳಲು ಆಯ್ಕೆಮಾಡಿದಾಗ ಮಾತ್ರ ಉಳಿಸಲಾಗುತ್ತದೆ</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../desktop/services/imports/targets/indicators.py" line="+45"/>
        <location filename="../../desktop/services/imports/targets/schools.py" line="+30"/>
        <source>UDISE code</source>
        <translation>UDISE ಕೋಡ್</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../desktop/services/imports/targets/indicators.py" line="+6"/>
        <source>Other school id</source>
        <translation>ಶಾಲೆಯ ಇತರ ಗುರುತು ಸಂಖ್ಯೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/services/imports/targets/indicators.py" line="+2"/>
        <source>another system&apos;s id of the school (e.g. the KLP id); choose the system</source>
        <translation>ಬೇರೆ ವ್ಯವಸ್ಥೆಯಲ್ಲಿನ ಶಾಲೆಯ ಗುರುತು ಸಂಖ್ಯೆ (ಉದಾ: KLP ಗುರುತು); ವ್ಯವಸ್ಥೆಯನ್ನು ಆಯ್ಕೆಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../desktop/services/imports/targets/assessment_check.py" line="+1"/>
        <source>Grade</source>
        <translation>ತರಗತಿ</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../desktop/services/imports/targets/assessment_check.py" line="+1"/>
        <source>Gender</source>
        <translation>ಲಿಂಗ</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../desktop/services/imports/targets/assessment_check.py" line="+1"/>
        <source>Subject</source>
        <translation>ವಿಷಯ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the subject, e.g. Mathematics; type it if the file has one subject</source>
        <translation>ವಿಷಯ, ಉದಾ: ಗಣಿತ; ಕಡತದಲ್ಲಿ ಒಂದೇ ವಿಷಯವಿದ್ದರೆ ಅದನ್ನು ಟೈಪ್ ಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../desktop/services/imports/targets/assessment_check.py" line="+1"/>
        <source>Score</source>
        <translation>ಅಂಕ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number from 0</source>
        <translation>0 ರಿಂದ ಆರಂಭವಾಗುವ ಸಂಖ್ಯೆ</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../desktop/services/imports/targets/assessment_check.py" line="+1"/>
        <source>Level</source>
        <translation>ಮಟ್ಟ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a level of the round&apos;s level scheme, by name or number</source>
        <translation>ಸುತ್ತಿನ ಮಟ್ಟ ಶ್ರೇಣಿಯ ಒಂದು ಮಟ್ಟ, ಹೆಸರು ಅಥವಾ ಸಂಖ್ಯೆಯಿಂದ</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../desktop/services/imports/targets/assessment_check.py" line="+1"/>
        <source>Assessed on</source>
        <translation>ಮೌಲ್ಯಮಾಪನ ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/targets/assessment_check.py" line="-306"/>
        <source>Neither the score nor the level is mapped; map at least one of them</source>
        <translation>ಅಂಕ ಅಥವಾ ಮಟ್ಟ ಯಾವುದನ್ನೂ ಹೊಂದಿಸಿಲ್ಲ; ಕನಿಷ್ಠ ಒಂದನ್ನು ಹೊಂದಿಸಿ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The level column is mapped but this round has no level scheme; choose the round&apos;s level scheme (e.g. the FLN reading levels) in the round&apos;s details first</source>
        <translation>ಮಟ್ಟದ ಅಂಕಣವನ್ನು ಹೊಂದಿಸಲಾಗಿದೆ ಆದರೆ ಈ ಸುತ್ತಿಗೆ ಮಟ್ಟ ಶ್ರೇಣಿ ಇಲ್ಲ; ಮೊದಲು ಸುತ್ತಿನ ವಿವರಗಳಲ್ಲಿ ಮಟ್ಟ ಶ್ರೇಣಿಯನ್ನು (ಉದಾ: FLN ಓದುವ ಮಟ್ಟಗಳು) ಆಯ್ಕೆಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Student names were not stored: only the student id is kept (choose to keep names to store them).</source>
        <translation>ವಿದ್ಯಾರ್ಥಿಗಳ ಹೆಸರುಗಳನ್ನು ಉಳಿಸಲಾಗಿಲ್ಲ: ವಿದ್ಯಾರ್ಥಿಯ ಗುರುತು ಸಂಖ್ಯೆ ಮಾತ್ರ ಉಳಿಸಲಾಗಿದೆ (ಹೆಸರುಗಳನ್ನು ಉಳಿಸಲು &apos;ಹೆಸರುಗಳನ್ನು ಉಳಿಸಿಕೊಳ್ಳಿ&apos; ಆಯ್ಕೆಮಾಡಿ).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No student id column is mapped: each row is stored under a key made from this file and its row number, so these results cannot be linked to the same students in other rounds.</source>
        <translation>ವಿದ್ಯಾರ್ಥಿಯ ಗುರುತು ಸಂಖ್ಯೆಯ ಅಂಕಣವನ್ನು ಹೊಂದಿಸಿಲ್ಲ: ಪ್ರತಿ ಸಾಲನ್ನು ಈ ಕಡತ ಮತ್ತು ಅದರ ಸಾಲು ಸಂಖ್ಯೆಯಿಂದ ರಚಿಸಿದ ಗುರುತಿನಡಿ ಉಳಿಸಲಾಗುತ್ತದೆ, ಆದ್ದರಿಂದ ಈ ಫಲಿತಾಂಶಗಳನ್ನು ಇತರ ಸುತ್ತುಗಳಲ್ಲಿನ ಅದೇ ವಿದ್ಯಾರ್ಥಿಗಳೊಂದಿಗೆ ಜೋಡಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No column is mapped to the grade; map it</source>
        <translation>ತರಗತಿಗೆ ಯಾವುದೇ ಅಂಕಣ ಹೊಂದಿಸಿಲ್ಲ; ಅದನ್ನು ಹೊಂದಿಸಿ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No column is mapped to the subject; map it (or type the subject)</source>
        <translation>ವಿಷಯಕ್ಕೆ ಯಾವುದೇ ಅಂಕಣ ಹೊಂದಿಸಿಲ್ಲ; ಅದನ್ನು ಹೊಂದಿಸಿ (ಅಥವಾ ವಿಷಯವನ್ನು ಟೈಪ್ ಮಾಡಿ)</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../../desktop/services/imports/targets/indicators.py" line="+152"/>
        <source>Finding the schools</source>
        <translation>ಶಾಲೆಗಳನ್ನು ಹುಡುಕಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading students, grades and subjects</source>
        <translation>ವಿದ್ಯಾರ್ಥಿಗಳು, ತರಗತಿಗಳು ಮತ್ತು ವಿಷಯಗಳನ್ನು ಓದಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the student id is empty</source>
        <translation>ವಿದ್ಯಾರ್ಥಿಯ ಗುರುತು ಸಂಖ್ಯೆ ಖಾಲಿ ಇದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the student&apos;s id</source>
        <translation>ವಿದ್ಯಾರ್ಥಿಯ ಗುರುತು ಸಂಖ್ಯೆ</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+18"/>
        <location line="+53"/>
        <source>is longer than {limit} characters</source>
        <translation>{limit} ಅಕ್ಷರಗಳಿಗಿಂತ ಉದ್ದವಿದೆ</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>a student id</source>
        <translation>ವಿದ್ಯಾರ್ಥಿಯ ಗುರುತು ಸಂಖ್ಯೆ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the student&apos;s name</source>
        <translation>ವಿದ್ಯಾರ್ಥಿಯ ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the grade is empty</source>
        <translation>ತರಗತಿ ಖಾಲಿ ಇದೆ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is not a class this import reads</source>
        <translation>ಈ ಆಮದು ಓದುವ ತರಗತಿಯಲ್ಲ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>is not a gender this import reads</source>
        <translation>ಈ ಆಮದು ಓದುವ ಲಿಂಗವಲ್ಲ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the subject is empty</source>
        <translation>ವಿಷಯ ಖಾಲಿ ಇದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the subject, e.g. Mathematics or Kannada</source>
        <translation>ವಿಷಯ, ಉದಾ: ಗಣಿತ ಅಥವಾ ಕನ್ನಡ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the subject&apos;s name</source>
        <translation>ವಿಷಯದ ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading scores, levels and dates</source>
        <translation>ಅಂಕಗಳು, ಮಟ್ಟಗಳು ಮತ್ತು ದಿನಾಂಕಗಳನ್ನು ಓದಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../desktop/services/imports/targets/indicators.py" line="-166"/>
        <location filename="../../desktop/services/imports/targets/schools_cells.py" line="+16"/>
        <source>is not a number</source>
        <translation>ಸಂಖ್ಯೆಯಲ್ಲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the student&apos;s score</source>
        <translation>ವಿದ್ಯಾರ್ಥಿಯ ಅಂಕ</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../desktop/services/imports/targets/indicators.py" line="+78"/>
        <source>is negative</source>
        <translation>ಋಣಾತ್ಮಕವಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a score of 0 or more</source>
        <translation>0 ಅಥವಾ ಹೆಚ್ಚಿನ ಅಂಕ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is above the round&apos;s maximum score of {top:g}</source>
        <translation>ಸುತ್ತಿನ ಗರಿಷ್ಠ ಅಂಕ {top:g} ಕ್ಕಿಂತ ಹೆಚ್ಚಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a score from 0 to {top:g}</source>
        <translation>0 ರಿಂದ {top:g} ರವರೆಗಿನ ಅಂಕ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>is not a level of {scheme}</source>
        <translation>{scheme} ನ ಮಟ್ಟವಲ್ಲ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the row has neither a score nor a level</source>
        <translation>ಸಾಲಿನಲ್ಲಿ ಅಂಕವೂ ಇಲ್ಲ, ಮಟ್ಟವೂ ಇಲ್ಲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the student&apos;s score or level</source>
        <translation>ವಿದ್ಯಾರ್ಥಿಯ ಅಂಕ ಅಥವಾ ಮಟ್ಟ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Looking for repeated students</source>
        <translation>ಪುನರಾವರ್ತಿತ ವಿದ್ಯಾರ್ಥಿಗಳನ್ನು ಹುಡುಕಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../../desktop/services/imports/targets/indicators.py" line="+148"/>
        <location filename="../../desktop/services/imports/targets/schools_check.py" line="+310"/>
        <source>Checked</source>
        <translation>ಪರಿಶೀಲಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>is a second result for this student in {subject}; row {row} already has one</source>
        <translation>{subject} ನಲ್ಲಿ ಈ ವಿದ್ಯಾರ್ಥಿಯ ಎರಡನೇ ಫಲಿತಾಂಶ; ಸಾಲು {row} ರಲ್ಲಿ ಈಗಾಗಲೇ ಒಂದಿದೆ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one row per student and subject</source>
        <translation>ಪ್ರತಿ ವಿದ್ಯಾರ್ಥಿ ಮತ್ತು ವಿಷಯಕ್ಕೆ ಒಂದು ಸಾಲು</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/targets/assessment_write.py" line="+95"/>
        <source>Storing results</source>
        <translation>ಫಲಿತಾಂಶಗಳನ್ನು ಉಳಿಸಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Updating changed results</source>
        <translation>ಬದಲಾದ ಫಲಿತಾಂಶಗಳನ್ನು ನವೀಕರಿಸಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adding up the results</source>
        <translation>ಫಲಿತಾಂಶಗಳನ್ನು ಕೂಡಿಸಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/targets/indicators.py" line="-235"/>
        <location line="+29"/>
        <source>Enrolment</source>
        <translation>ದಾಖಲಾತಿ</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+34"/>
        <source>Boys enrolled</source>
        <translation>ದಾಖಲಾದ ಬಾಲಕರು</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+39"/>
        <source>Girls enrolled</source>
        <translation>ದಾಖಲಾದ ಬಾಲಕಿಯರು</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+44"/>
        <source>Attendance %</source>
        <translation>ಹಾಜರಾತಿ %</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+49"/>
        <source>Teachers</source>
        <translation>ಶಿಕ್ಷಕರು</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>No enrolment, attendance or teachers column is mapped; map at least one of them</source>
        <translation>ದಾಖಲಾತಿ, ಹಾಜರಾತಿ ಅಥವಾ ಶಿಕ್ಷಕರ ಅಂಕಣ ಯಾವುದನ್ನೂ ಹೊಂದಿಸಿಲ್ಲ; ಕನಿಷ್ಠ ಒಂದನ್ನು ಹೊಂದಿಸಿ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is above 100; expected the average attendance as a percentage</source>
        <translation>100 ಕ್ಕಿಂತ ಹೆಚ್ಚಿದೆ; ಸರಾಸರಿ ಹಾಜರಾತಿಯನ್ನು ಶೇಕಡಾವಾರು ನಿರೀಕ್ಷಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the number of students enrolled</source>
        <translation>ದಾಖಲಾದ ವಿದ್ಯಾರ್ಥಿಗಳ ಸಂಖ್ಯೆ</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <location line="+12"/>
        <source>a whole number</source>
        <translation>ಪೂರ್ಣ ಸಂಖ್ಯೆ</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>the average attendance as a percentage, 0 to 100</source>
        <translation>ಸರಾಸರಿ ಹಾಜರಾತಿ ಶೇಕಡಾವಾರು, 0 ರಿಂದ 100</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{value} as a number</source>
        <translation>ಸಂಖ್ಯೆಯಾಗಿ {value}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>0 or more</source>
        <translation>0 ಅಥವಾ ಹೆಚ್ಚು</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not a whole number</source>
        <translation>ಪೂರ್ಣ ಸಂಖ್ಯೆಯಲ್ಲ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a count</source>
        <translation>ಒಂದು ಎಣಿಕೆ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>is less than the boys and girls together ({boys} + {girls} = {both})</source>
        <translation>ಬಾಲಕರು ಮತ್ತು ಬಾಲಕಿಯರ ಒಟ್ಟು ಸಂಖ್ಯೆಗಿಂತ ಕಡಿಮೆ ({boys} + {girls} = {both})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the total enrolment, at least boys + girls</source>
        <translation>ಒಟ್ಟು ದಾಖಲಾತಿ, ಕನಿಷ್ಠ ಬಾಲಕರು + ಬಾಲಕಿಯರು</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>is the same school as row {row}</source>
        <translation>ಸಾಲು {row} ರಲ್ಲಿರುವ ಅದೇ ಶಾಲೆ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one row per school</source>
        <translation>ಪ್ರತಿ ಶಾಲೆಗೆ ಒಂದು ಸಾಲು</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>the row has no enrolment, attendance or teachers</source>
        <translation>ಸಾಲಿನಲ್ಲಿ ದಾಖಲಾತಿ, ಹಾಜರಾತಿ ಅಥವಾ ಶಿಕ್ಷಕರ ಸಂಖ್ಯೆ ಇಲ್ಲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least one of them</source>
        <translation>ಅವುಗಳಲ್ಲಿ ಕನಿಷ್ಠ ಒಂದು</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comparing with the round&apos;s indicators</source>
        <translation>ಸುತ್ತಿನ ಸೂಚಕಗಳೊಂದಿಗೆ ಹೋಲಿಸಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Enrolment was empty in {count} row and was taken as boys + girls.</source>
        <translation>{count} ಸಾಲಿನಲ್ಲಿ ದಾಖಲಾತಿ ಖಾಲಿ ಇತ್ತು, ಅದನ್ನು ಬಾಲಕರು + ಬಾಲಕಿಯರು ಎಂದು ತೆಗೆದುಕೊಳ್ಳಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolment was empty in {count} rows and was taken as boys + girls.</source>
        <translation>{count} ಸಾಲುಗಳಲ್ಲಿ ದಾಖಲಾತಿ ಖಾಲಿ ಇತ್ತು, ಅದನ್ನು ಬಾಲಕರು + ಬಾಲಕಿಯರು ಎಂದು ತೆಗೆದುಕೊಳ್ಳಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Storing school indicators</source>
        <translation>ಶಾಲಾ ಸೂಚಕಗಳನ್ನು ಉಳಿಸಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stored</source>
        <translation>ಉಳಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/targets/registry.py" line="+22"/>
        <source>School directory</source>
        <translation>ಶಾಲಾ ಪಟ್ಟಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School indicators</source>
        <translation>ಶಾಲಾ ಸೂಚಕಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student assessment results</source>
        <translation>ವಿದ್ಯಾರ್ಥಿಗಳ ಮೌಲ್ಯಮಾಪನ ಫಲಿತಾಂಶಗಳು</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/targets/result_values.py" line="+22"/>
        <source>a class from 1 to 12, e.g. 4, Class 4, 4th, IV or Std 4</source>
        <translation>1 ರಿಂದ 12 ರವರೆಗಿನ ತರಗತಿ, ಉದಾ: 4, Class 4, 4th, IV ಅಥವಾ Std 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M, F or O (Male, Female, Boy, Girl, Other, Transgender)</source>
        <translation>M, F ಅಥವಾ O (Male, Female, Boy, Girl, Other, Transgender)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>one of {names}, or its number 1 to {count} (also L1 to L{count})</source>
        <translation>{names} ಇವುಗಳಲ್ಲಿ ಒಂದು, ಅಥವಾ ಅದರ ಸಂಖ್ಯೆ 1 ರಿಂದ {count} (L1 ರಿಂದ L{count} ಕೂಡ)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/targets/school_column.py" line="+28"/>
        <source>is not a school in the directory; import the school directory first or correct the code</source>
        <translation>ಶಾಲಾ ಪಟ್ಟಿಯಲ್ಲಿರುವ ಶಾಲೆಯಲ್ಲ; ಮೊದಲು ಶಾಲಾ ಪಟ್ಟಿಯನ್ನು ಆಮದು ಮಾಡಿ ಅಥವಾ ಕೋಡ್ ಸರಿಪಡಿಸಿ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No column is mapped to the school&apos;s UDISE code or to another system&apos;s school id; map one of them so every row can be matched to its school</source>
        <translation>ಶಾಲೆಯ UDISE ಕೋಡ್‌ಗೆ ಅಥವಾ ಬೇರೆ ವ್ಯವಸ್ಥೆಯ ಶಾಲಾ ಗುರುತು ಸಂಖ್ಯೆಗೆ ಯಾವುದೇ ಅಂಕಣ ಹೊಂದಿಸಿಲ್ಲ; ಪ್ರತಿ ಸಾಲನ್ನು ಅದರ ಶಾಲೆಯೊಂದಿಗೆ ಹೊಂದಿಸಲು ಅವುಗಳಲ್ಲಿ ಒಂದನ್ನು ಹೊಂದಿಸಿ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The school id column is mapped but not whose ids it holds; choose the system (e.g. KLP) so the ids can be matched to schools</source>
        <translation>ಶಾಲಾ ಗುರುತು ಸಂಖ್ಯೆಯ ಅಂಕಣವನ್ನು ಹೊಂದಿಸಲಾಗಿದೆ ಆದರೆ ಅದು ಯಾವ ವ್ಯವಸ್ಥೆಯ ಗುರುತು ಸಂಖ್ಯೆಗಳು ಎಂದು ನೀಡಿಲ್ಲ; ಅವುಗಳನ್ನು ಶಾಲೆಗಳೊಂದಿಗೆ ಹೊಂದಿಸಲು ವ್ಯವಸ್ಥೆಯನ್ನು (ಉದಾ: KLP) ಆಯ್ಕೆಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>the full code; accept the proposed repair to read it as &quot;{code}&quot;</source>
        <translation>ಪೂರ್ಣ ಕೋಡ್; ಅದನ್ನು &quot;{code}&quot; ಎಂದು ಓದಲು ಸೂಚಿಸಿದ ತಿದ್ದುಪಡಿಯನ್ನು ಸ್ವೀಕರಿಸಿ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the school&apos;s UDISE code is empty</source>
        <translation>ಶಾಲೆಯ UDISE ಕೋಡ್ ಖಾಲಿ ಇದೆ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the school&apos;s {system} id is empty</source>
        <translation>ಶಾಲೆಯ {system} ಗುರುತು ಸಂಖ್ಯೆ ಖಾಲಿ ಇದೆ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is not the {system} id of any school in the directory; record it as the school&apos;s {system} id first or correct the id</source>
        <translation>ಶಾಲಾ ಪಟ್ಟಿಯಲ್ಲಿನ ಯಾವುದೇ ಶಾಲೆಯ {system} ಗುರುತು ಸಂಖ್ಯೆಯಲ್ಲ; ಮೊದಲು ಅದನ್ನು ಶಾಲೆಯ {system} ಗುರುತು ಸಂಖ್ಯೆಯಾಗಿ ದಾಖಲಿಸಿ ಅಥವಾ ಗುರುತು ಸಂಖ್ಯೆ ಸರಿಪಡಿಸಿ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/targets/schools.py" line="+7"/>
        <source>School name</source>
        <translation>ಶಾಲೆಯ ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the school&apos;s name</source>
        <translation>ಶಾಲೆಯ ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name in Kannada / local script</source>
        <translation>ಕನ್ನಡ / ಸ್ಥಳೀಯ ಲಿಪಿಯಲ್ಲಿ ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name in the local script</source>
        <translation>ಸ್ಥಳೀಯ ಲಿಪಿಯಲ್ಲಿ ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>State</source>
        <translation>ರಾಜ್ಯ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Karnataka</source>
        <translation>ಉದಾ: ಕರ್ನಾಟಕ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>District</source>
        <translation>ಜಿಲ್ಲೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the district&apos;s name; needed only for a district not yet in the database</source>
        <translation>ಜಿಲ್ಲೆಯ ಹೆಸರು; ಡೇಟಾಬೇಸ್‌ನಲ್ಲಿ ಇನ್ನೂ ಇಲ್ಲದ ಜಿಲ್ಲೆಗೆ ಮಾತ್ರ ಅಗತ್ಯ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Block</source>
        <translation>ಬ್ಲಾಕ್</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the education block&apos;s name; if unmapped or blank, found from the UDISE code&apos;s first 6 digits (a block not yet known is added as e.g. Block 290207, to rename later)</source>
        <translation>ಶೈಕ್ಷಣಿಕ ಬ್ಲಾಕ್‌ನ ಹೆಸರು; ಹೊಂದಿಸದಿದ್ದರೆ ಅಥವಾ ಖಾಲಿ ಇದ್ದರೆ UDISE ಕೋಡ್‌ನ ಮೊದಲ 6 ಅಂಕಿಗಳಿಂದ ಕಂಡುಹಿಡಿಯಲಾಗುತ್ತದೆ (ಇನ್ನೂ ತಿಳಿಯದ ಬ್ಲಾಕ್ ಅನ್ನು ಉದಾ: Block 290207 ಎಂದು ಸೇರಿಸಲಾಗುತ್ತದೆ, ನಂತರ ಮರುಹೆಸರಿಸಬಹುದು)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cluster</source>
        <translation>ಕ್ಲಸ್ಟರ್</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the cluster&apos;s name</source>
        <translation>ಕ್ಲಸ್ಟರ್‌ನ ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Village</source>
        <translation>ಗ್ರಾಮ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Management</source>
        <translation>ಆಡಳಿತ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Department of Education</source>
        <translation>ಉದಾ: ಶಿಕ್ಷಣ ಇಲಾಖೆ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category</source>
        <translation>ವರ್ಗ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Primary with Upper Primary</source>
        <translation>ಉದಾ: ಕಿರಿಯ ಪ್ರಾಥಮಿಕದೊಂದಿಗೆ ಹಿರಿಯ ಪ್ರಾಥಮಿಕ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rural / urban</source>
        <translation>ಗ್ರಾಮೀಣ / ನಗರ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PIN code</source>
        <translation>ಪಿನ್ ಕೋಡ್</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Latitude</source>
        <translation>ಅಕ್ಷಾಂಶ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decimal degrees, e.g. 16.18</source>
        <translation>ದಶಮಾಂಶ ಡಿಗ್ರಿಗಳು, ಉದಾ: 16.18</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Longitude</source>
        <translation>ರೇಖಾಂಶ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decimal degrees, e.g. 75.69</source>
        <translation>ದಶಮಾಂಶ ಡಿಗ್ರಿಗಳು, ಉದಾ: 75.69</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another system&apos;s school id</source>
        <translation>ಬೇರೆ ವ್ಯವಸ್ಥೆಯ ಶಾಲಾ ಗುರುತು ಸಂಖ್ಯೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. the KLP school id; name the system in the options</source>
        <translation>ಉದಾ: KLP ಶಾಲಾ ಗುರುತು ಸಂಖ್ಯೆ; ಆಯ್ಕೆಗಳಲ್ಲಿ ವ್ಯವಸ್ಥೆಯ ಹೆಸರು ನೀಡಿ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/targets/schools_cells.py" line="-123"/>
        <source>1 or Rural, 2 or Urban</source>
        <translation>1 ಅಥವಾ Rural, 2 ಅಥವಾ Urban</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6 digits, not starting with 0 (or the cell left blank)</source>
        <translation>0 ಇಂದ ಆರಂಭವಾಗದ 6 ಅಂಕಿಗಳು (ಅಥವಾ ಖಾಲಿ ಕೋಶ)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>{reason}; accept the proposed repairs to read it as {code}</source>
        <translation>{reason}; ಅದನ್ನು {code} ಎಂದು ಓದಲು ಸೂಚಿಸಿದ ತಿದ್ದುಪಡಿಗಳನ್ನು ಸ್ವೀಕರಿಸಿ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the UDISE code is empty</source>
        <translation>UDISE ಕೋಡ್ ಖಾಲಿ ಇದೆ</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../desktop/services/imports/targets/schools_check.py" line="-184"/>
        <source>is also on {row}</source>
        <translation>{row} ರಲ್ಲಿಯೂ ಇದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each school once in the file</source>
        <translation>ಕಡತದಲ್ಲಿ ಪ್ರತಿ ಶಾಲೆ ಒಮ್ಮೆ ಮಾತ್ರ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>row {row} of {file}</source>
        <translation>{file} ನ ಸಾಲು {row}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>decimal degrees such as 16.18</source>
        <translation>16.18 ನಂತಹ ದಶಮಾಂಶ ಡಿಗ್ರಿಗಳು</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>is outside India; latitude and longitude look swapped</source>
        <translation>ಭಾರತದ ಹೊರಗಿದೆ; ಅಕ್ಷಾಂಶ ಮತ್ತು ರೇಖಾಂಶ ಅದಲುಬದಲಾದಂತಿದೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is outside India</source>
        <translation>ಭಾರತದ ಹೊರಗಿದೆ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a latitude from {low} to {high} in decimal degrees</source>
        <translation>ದಶಮಾಂಶ ಡಿಗ್ರಿಗಳಲ್ಲಿ {low} ರಿಂದ {high} ರವರೆಗಿನ ಅಕ್ಷಾಂಶ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a longitude from {low} to {high} in decimal degrees</source>
        <translation>ದಶಮಾಂಶ ಡಿಗ್ರಿಗಳಲ್ಲಿ {low} ರಿಂದ {high} ರವರೆಗಿನ ರೇಖಾಂಶ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>at most {limit} characters</source>
        <translation>ಗರಿಷ್ಠ {limit} ಅಕ್ಷರಗಳು</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is not rural or urban</source>
        <translation>ಗ್ರಾಮೀಣ ಅಥವಾ ನಗರ ಅಲ್ಲ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is not a PIN code</source>
        <translation>ಪಿನ್ ಕೋಡ್ ಅಲ್ಲ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/targets/schools_check.py" line="-64"/>
        <source>is a school of district {code}, which is not in the database, and the file gives no district name to add it with</source>
        <translation>ಜಿಲ್ಲೆ {code} ನ ಶಾಲೆ, ಆ ಜಿಲ್ಲೆ ಡೇಟಾಬೇಸ್‌ನಲ್ಲಿ ಇಲ್ಲ, ಮತ್ತು ಅದನ್ನು ಸೇರಿಸಲು ಕಡತದಲ್ಲಿ ಜಿಲ್ಲೆಯ ಹೆಸರು ಇಲ್ಲ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is a school of district {code}, which is not in the database, and its state is not known from the code&apos;s first two digits</source>
        <translation>ಜಿಲ್ಲೆ {code} ನ ಶಾಲೆ, ಆ ಜಿಲ್ಲೆ ಡೇಟಾಬೇಸ್‌ನಲ್ಲಿ ಇಲ್ಲ, ಮತ್ತು ಕೋಡ್‌ನ ಮೊದಲ ಎರಡು ಅಂಕಿಗಳಿಂದ ಅದರ ರಾಜ್ಯ ತಿಳಿಯುವುದಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the District column mapped (e.g. dtname), or the district added on the Geography page first</source>
        <translation>ಜಿಲ್ಲೆಯ ಅಂಕಣವನ್ನು ಹೊಂದಿಸಿ (ಉದಾ: dtname), ಅಥವಾ ಮೊದಲು &apos;ಭೌಗೋಳಿಕ&apos; ಪುಟದಲ್ಲಿ ಜಿಲ್ಲೆಯನ್ನು ಸೇರಿಸಿ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the State column mapped (e.g. stname)</source>
        <translation>ರಾಜ್ಯದ ಅಂಕಣವನ್ನು ಹೊಂದಿಸಿ (ಉದಾ: stname)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is a school of district {code}, which is not in the database; the file calls it {name}, but {name} is the district with code {other} in the database</source>
        <translation>ಜಿಲ್ಲೆ {code} ನ ಶಾಲೆ, ಆ ಜಿಲ್ಲೆ ಡೇಟಾಬೇಸ್‌ನಲ್ಲಿ ಇಲ್ಲ; ಕಡತ ಅದನ್ನು {name} ಎನ್ನುತ್ತದೆ, ಆದರೆ ಡೇಟಾಬೇಸ್‌ನಲ್ಲಿ {name} ಕೋಡ್ {other} ಇರುವ ಜಿಲ್ಲೆ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the code or the district name corrected (school codes of {name} start with {other})</source>
        <translation>ಕೋಡ್ ಅಥವಾ ಜಿಲ್ಲೆಯ ಹೆಸರನ್ನು ಸರಿಪಡಿಸಿ ({name} ನ ಶಾಲಾ ಕೋಡ್‌ಗಳು {other} ನಿಂದ ಆರಂಭವಾಗುತ್ತವೆ)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the column of another system&apos;s school ids is mapped, but the system is not named</source>
        <translation>ಬೇರೆ ವ್ಯವಸ್ಥೆಯ ಶಾಲಾ ಗುರುತು ಸಂಖ್ಯೆಗಳ ಅಂಕಣವನ್ನು ಹೊಂದಿಸಲಾಗಿದೆ, ಆದರೆ ವ್ಯವಸ್ಥೆಯ ಹೆಸರು ನೀಡಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the system&apos;s name (e.g. KLP) typed in the import options, or the column left unmapped</source>
        <translation>ಆಮದು ಆಯ್ಕೆಗಳಲ್ಲಿ ವ್ಯವಸ್ಥೆಯ ಹೆಸರು (ಉದಾ: KLP) ಟೈಪ್ ಮಾಡಿ, ಅಥವಾ ಅಂಕಣವನ್ನು ಹೊಂದಿಸದೆ ಬಿಡಿ</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+20"/>
        <source>each {system} id on one school</source>
        <translation>ಪ್ರತಿ {system} ಗುರುತು ಸಂಖ್ಯೆ ಒಂದೇ ಶಾಲೆಗೆ</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>is already the {system} id of {school}</source>
        <translation>ಈಗಾಗಲೇ {school} ನ {system} ಗುರುತು ಸಂಖ್ಯೆ</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>no column is mapped to {field}; every school needs it</source>
        <translation>{field} ಗೆ ಯಾವುದೇ ಅಂಕಣ ಹೊಂದಿಸಿಲ್ಲ; ಪ್ರತಿ ಶಾಲೆಗೆ ಅದು ಅಗತ್ಯ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the column that holds {field} mapped</source>
        <translation>{field} ಇರುವ ಅಂಕಣವನ್ನು ಹೊಂದಿಸಿ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading UDISE codes</source>
        <translation>UDISE ಕೋಡ್‌ಗಳನ್ನು ಓದಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Matching districts, blocks and clusters</source>
        <translation>ಜಿಲ್ಲೆಗಳು, ಬ್ಲಾಕ್‌ಗಳು ಮತ್ತು ಕ್ಲಸ್ಟರ್‌ಗಳನ್ನು ಹೊಂದಿಸಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the school name is empty</source>
        <translation>ಶಾಲೆಯ ಹೆಸರು ಖಾಲಿ ಇದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every school&apos;s school name</source>
        <translation>ಪ್ರತಿ ಶಾಲೆಯ ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comparing with the schools in the database</source>
        <translation>ಡೇಟಾಬೇಸ್‌ನಲ್ಲಿರುವ ಶಾಲೆಗಳೊಂದಿಗೆ ಹೋಲಿಸಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Preparing the preview</source>
        <translation>ಮುನ್ನೋಟ ಸಿದ್ಧಪಡಿಸಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/targets/schools_notes.py" line="+28"/>
        <source>Will add district {name} ({code}) in {state} (the state from the UDISE code).</source>
        <translation>{state} ನಲ್ಲಿ ಜಿಲ್ಲೆ {name} ({code}) ಸೇರಿಸಲಾಗುವುದು (UDISE ಕೋಡ್‌ನಿಂದ ರಾಜ್ಯ).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Will add district {name} ({code}) in {state}.</source>
        <translation>{state} ನಲ್ಲಿ ಜಿಲ್ಲೆ {name} ({code}) ಸೇರಿಸಲಾಗುವುದು.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Will add {count} block: {names}.</source>
        <translation>{count} ಬ್ಲಾಕ್ ಸೇರಿಸಲಾಗುವುದು: {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Will add {count} blocks: {names}.</source>
        <translation>{count} ಬ್ಲಾಕ್‌ಗಳನ್ನು ಸೇರಿಸಲಾಗುವುದು: {names}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Will add {count} cluster: {names}.</source>
        <translation>{count} ಕ್ಲಸ್ಟರ್ ಸೇರಿಸಲಾಗುವುದು: {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Will add {count} clusters: {names}.</source>
        <translation>{count} ಕ್ಲಸ್ಟರ್‌ಗಳನ್ನು ಸೇರಿಸಲಾಗುವುದು: {names}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Will add {count} block named by its UDISE block code ({names}); rename it on the Blocks and clusters page — later imports will find it by its code.</source>
        <translation>UDISE ಬ್ಲಾಕ್ ಕೋಡ್‌ನಿಂದ ಹೆಸರಿಸಿದ {count} ಬ್ಲಾಕ್ ಸೇರಿಸಲಾಗುವುದು ({names}); &apos;ಬ್ಲಾಕ್‌ಗಳು ಮತ್ತು ಕ್ಲಸ್ಟರ್‌ಗಳು&apos; ಪುಟದಲ್ಲಿ ಅದನ್ನು ಮರುಹೆಸರಿಸಿ — ನಂತರದ ಆಮದುಗಳು ಅದನ್ನು ಕೋಡ್‌ನಿಂದ ಕಂಡುಹಿಡಿಯುತ್ತವೆ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Will add {count} blocks named by their UDISE block codes ({names}); rename them on the Blocks and clusters page — later imports will find them by their codes.</source>
        <translation>UDISE ಬ್ಲಾಕ್ ಕೋಡ್‌ಗಳಿಂದ ಹೆಸರಿಸಿದ {count} ಬ್ಲಾಕ್‌ಗಳನ್ನು ಸೇರಿಸಲಾಗುವುದು ({names}); &apos;ಬ್ಲಾಕ್‌ಗಳು ಮತ್ತು ಕ್ಲಸ್ಟರ್‌ಗಳು&apos; ಪುಟದಲ್ಲಿ ಅವುಗಳನ್ನು ಮರುಹೆಸರಿಸಿ — ನಂತರದ ಆಮದುಗಳು ಅವುಗಳನ್ನು ಕೋಡ್‌ಗಳಿಂದ ಕಂಡುಹಿಡಿಯುತ್ತವೆ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>state</source>
        <translation>ರಾಜ್ಯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>district</source>
        <translation>ಜಿಲ್ಲೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>block</source>
        <translation>ಬ್ಲಾಕ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cluster</source>
        <translation>ಕ್ಲಸ್ಟರ್</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file writes {what} names all in lower case; new ones are stored with capitals ({typed} → {stored}), names already in the database keep their spelling.</source>
        <translation>ಕಡತ {what} ಹೆಸರುಗಳನ್ನು ಸಂಪೂರ್ಣ ಸಣ್ಣಕ್ಷರಗಳಲ್ಲಿ ಬರೆದಿದೆ; ಹೊಸವುಗಳನ್ನು ದೊಡ್ಡಕ್ಷರಗಳೊಂದಿಗೆ ಉಳಿಸಲಾಗುತ್ತದೆ ({typed} → {stored}), ಡೇಟಾಬೇಸ್‌ನಲ್ಲಿ ಈಗಾಗಲೇ ಇರುವ ಹೆಸರುಗಳ ಕಾಗುಣಿತ ಬದಲಾಗುವುದಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file writes {what} names all in capitals; new ones are stored with capitals ({typed} → {stored}), names already in the database keep their spelling.</source>
        <translation>ಕಡತ {what} ಹೆಸರುಗಳನ್ನು ಸಂಪೂರ್ಣ ದೊಡ್ಡಕ್ಷರಗಳಲ್ಲಿ ಬರೆದಿದೆ; ಹೊಸವುಗಳನ್ನು ಮೊದಲಕ್ಷರ ದೊಡ್ಡದಾಗಿ ಉಳಿಸಲಾಗುತ್ತದೆ ({typed} → {stored}), ಡೇಟಾಬೇಸ್‌ನಲ್ಲಿ ಈಗಾಗಲೇ ಇರುವ ಹೆಸರುಗಳ ಕಾಗುಣಿತ ಬದಲಾಗುವುದಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{count} school had placeholder coordinates (whole degrees such as 77, 12); left empty.</source>
        <translation>{count} ಶಾಲೆಗೆ ತಾತ್ಕಾಲಿಕ ನಿರ್ದೇಶಾಂಕಗಳಿದ್ದವು (77, 12 ನಂತಹ ಪೂರ್ಣ ಡಿಗ್ರಿಗಳು); ಖಾಲಿ ಬಿಡಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} schools had placeholder coordinates (whole degrees such as 77, 12); left empty.</source>
        <translation>{count} ಶಾಲೆಗಳಿಗೆ ತಾತ್ಕಾಲಿಕ ನಿರ್ದೇಶಾಂಕಗಳಿದ್ದವು (77, 12 ನಂತಹ ಪೂರ್ಣ ಡಿಗ್ರಿಗಳು); ಖಾಲಿ ಬಿಡಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Will record {count} {system} school id.</source>
        <translation>{count} {system} ಶಾಲಾ ಗುರುತು ಸಂಖ್ಯೆ ದಾಖಲಿಸಲಾಗುವುದು.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Will record {count} {system} school ids.</source>
        <translation>{count} {system} ಶಾಲಾ ಗುರುತು ಸಂಖ್ಯೆಗಳನ್ನು ದಾಖಲಿಸಲಾಗುವುದು.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/targets/schools_places.py" line="+86"/>
        <source>{names} and {count} more</source>
        <translation>{names} ಮತ್ತು ಇನ್ನೂ {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/targets/schools_write.py" line="+41"/>
        <source>{count} person</source>
        <translation>{count} ವ್ಯಕ್ತಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} people</source>
        <translation>{count} ವ್ಯಕ್ತಿಗಳು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} committee</source>
        <translation>{count} ಸಮಿತಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} committees</source>
        <translation>{count} ಸಮಿತಿಗಳು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} meeting</source>
        <translation>{count} ಸಭೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} meetings</source>
        <translation>{count} ಸಭೆಗಳು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} MoU coverage entry</source>
        <translation>{count} MoU ವ್ಯಾಪ್ತಿ ನಮೂದು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} MoU coverage entries</source>
        <translation>{count} MoU ವ್ಯಾಪ್ತಿ ನಮೂದುಗಳು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} indicator row</source>
        <translation>{count} ಸೂಚಕ ಸಾಲು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} indicator rows</source>
        <translation>{count} ಸೂಚಕ ಸಾಲುಗಳು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} assessment result</source>
        <translation>{count} ಮೌಲ್ಯಮಾಪನ ಫಲಿತಾಂಶ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} assessment results</source>
        <translation>{count} ಮೌಲ್ಯಮಾಪನ ಫಲಿತಾಂಶಗಳು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} school</source>
        <translation>{count} ಶಾಲೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} schools</source>
        <translation>{count} ಶಾಲೆಗಳು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} office</source>
        <translation>{count} ಕಚೇರಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} offices</source>
        <translation>{count} ಕಚೇರಿಗಳು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} cluster</source>
        <translation>{count} ಕ್ಲಸ್ಟರ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} clusters</source>
        <translation>{count} ಕ್ಲಸ್ಟರ್‌ಗಳು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} block</source>
        <translation>{count} ಬ್ಲಾಕ್</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} blocks</source>
        <translation>{count} ಬ್ಲಾಕ್‌ಗಳು</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Stored {done:,} of {count:,} schools</source>
        <translation>{count:,} ರಲ್ಲಿ {done:,} ಶಾಲೆಗಳನ್ನು ಉಳಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stored {count:,} schools</source>
        <translation>{count:,} ಶಾಲೆಗಳನ್ನು ಉಳಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{school} is referred to by {records}</source>
        <translation>{school} ಅನ್ನು {records} ಉಲ್ಲೇಖಿಸುತ್ತವೆ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This import cannot be undone: {count} school it added is now in use — {examples}. Remove those records or move them to other schools first; nothing was changed.</source>
        <translation>ಈ ಆಮದನ್ನು ರದ್ದುಗೊಳಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ: ಅದು ಸೇರಿಸಿದ {count} ಶಾಲೆ ಈಗ ಬಳಕೆಯಲ್ಲಿದೆ — {examples}. ಮೊದಲು ಆ ದಾಖಲೆಗಳನ್ನು ತೆಗೆದುಹಾಕಿ ಅಥವಾ ಬೇರೆ ಶಾಲೆಗಳಿಗೆ ವರ್ಗಾಯಿಸಿ; ಏನನ್ನೂ ಬದಲಿಸಲಾಗಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This import cannot be undone: {count} schools it added are now in use — {examples}. Remove those records or move them to other schools first; nothing was changed.</source>
        <translation>ಈ ಆಮದನ್ನು ರದ್ದುಗೊಳಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ: ಅದು ಸೇರಿಸಿದ {count} ಶಾಲೆಗಳು ಈಗ ಬಳಕೆಯಲ್ಲಿವೆ — {examples}. ಮೊದಲು ಆ ದಾಖಲೆಗಳನ್ನು ತೆಗೆದುಹಾಕಿ ಅಥವಾ ಬೇರೆ ಶಾಲೆಗಳಿಗೆ ವರ್ಗಾಯಿಸಿ; ಏನನ್ನೂ ಬದಲಿಸಲಾಗಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This import cannot be undone: it moved {school} ({code}) out of a block that has since been deleted; move the school back by hand first. Nothing was changed.</source>
        <translation>ಈ ಆಮದನ್ನು ರದ್ದುಗೊಳಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ: ಅದು {school} ({code}) ಅನ್ನು ಒಂದು ಬ್ಲಾಕ್‌ನಿಂದ ಸ್ಥಳಾಂತರಿಸಿದೆ, ಆ ಬ್ಲಾಕ್ ನಂತರ ಅಳಿಸಲ್ಪಟ್ಟಿದೆ; ಮೊದಲು ಶಾಲೆಯನ್ನು ಕೈಯಾರೆ ಹಿಂದಕ್ಕೆ ವರ್ಗಾಯಿಸಿ. ಏನನ್ನೂ ಬದಲಿಸಲಾಗಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This import cannot be undone: it moved {school} ({code}) out of a cluster that has since been deleted; move the school back by hand first. Nothing was changed.</source>
        <translation>ಈ ಆಮದನ್ನು ರದ್ದುಗೊಳಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ: ಅದು {school} ({code}) ಅನ್ನು ಒಂದು ಕ್ಲಸ್ಟರ್‌ನಿಂದ ಸ್ಥಳಾಂತರಿಸಿದೆ, ಆ ಕ್ಲಸ್ಟರ್ ನಂತರ ಅಳಿಸಲ್ಪಟ್ಟಿದೆ; ಮೊದಲು ಶಾಲೆಯನ್ನು ಕೈಯಾರೆ ಹಿಂದಕ್ಕೆ ವರ್ಗಾಯಿಸಿ. ಏನನ್ನೂ ಬದಲಿಸಲಾಗಿಲ್ಲ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/text_files.py" line="-159"/>
        <source>comma</source>
        <translation>ಅಲ್ಪವಿರಾಮ (,)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semicolon</source>
        <translation>ಅರ್ಧವಿರಾಮ (;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tab</source>
        <translation>ಟ್ಯಾಬ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vertical bar</source>
        <translation>ಲಂಬ ರೇಖೆ (|)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>UTF-8 with BOM</source>
        <translation>BOM ಸಹಿತ UTF-8</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>row {line:,} (byte {value:,})</source>
        <translation>ಸಾಲು {line:,} (ಬೈಟ್ {value:,})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>is not valid UTF-8 at {position}: the file may be cut short or damaged</source>
        <translation>{position} ರಲ್ಲಿ ಮಾನ್ಯ UTF-8 ಅಲ್ಲ: ಕಡತ ಮೊಟಕಾಗಿರಬಹುದು ಅಥವಾ ಹಾಳಾಗಿರಬಹುದು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file exported again, or another encoding chosen if it is not UTF-8</source>
        <translation>ಕಡತವನ್ನು ಮತ್ತೆ ರಫ್ತು ಮಾಡಿ, ಅಥವಾ UTF-8 ಅಲ್ಲದಿದ್ದರೆ ಬೇರೆ ಎನ್‌ಕೋಡಿಂಗ್ ಆಯ್ಕೆಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>is not valid {get} at {position}</source>
        <translation>{position} ರಲ್ಲಿ ಮಾನ್ಯ {get} ಅಲ್ಲ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another encoding chosen, or the file exported again</source>
        <translation>ಬೇರೆ ಎನ್‌ಕೋಡಿಂಗ್ ಆಯ್ಕೆಮಾಡಿ, ಅಥವಾ ಕಡತವನ್ನು ಮತ್ತೆ ರಫ್ತು ಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot be read as &quot;{encoding}&quot;</source>
        <translation>&quot;{encoding}&quot; ಆಗಿ ಓದಲು ಸಾಧ್ಯವಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>contains NUL characters, so it is not a text file</source>
        <translation>NUL ಅಕ್ಷರಗಳಿವೆ, ಆದ್ದರಿಂದ ಇದು ಪಠ್ಯ ಕಡತವಲ್ಲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a CSV or text file</source>
        <translation>CSV ಅಥವಾ ಪಠ್ಯ ಕಡತ</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>cannot be split into cells ({reason})</source>
        <translation>ಕೋಶಗಳಾಗಿ ವಿಭಜಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cells shorter than 131,072 characters, each opening quote closed</source>
        <translation>131,072 ಅಕ್ಷರಗಳಿಗಿಂತ ಚಿಕ್ಕ ಕೋಶಗಳು, ತೆರೆದ ಪ್ರತಿ ಉದ್ಧರಣ ಚಿಹ್ನೆ ಮುಚ್ಚಿರಬೇಕು</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>has a quote (&quot;) opened in row {row:,} that is never closed, so every line below it would be read as one cell</source>
        <translation>ಸಾಲು {row:,} ರಲ್ಲಿ ತೆರೆದ ಉದ್ಧರಣ ಚಿಹ್ನೆ (&quot;) ಮುಚ್ಚಿಲ್ಲ, ಆದ್ದರಿಂದ ಅದರ ಕೆಳಗಿನ ಎಲ್ಲಾ ಪಂಕ್ತಿಗಳನ್ನು ಒಂದೇ ಕೋಶವಾಗಿ ಓದಲಾಗುತ್ತದೆ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>each quoted cell closed with a quote</source>
        <translation>ಉದ್ಧರಣ ಚಿಹ್ನೆಯಿಂದ ಆರಂಭವಾದ ಪ್ರತಿ ಕೋಶವನ್ನು ಉದ್ಧರಣ ಚಿಹ್ನೆಯಿಂದ ಮುಚ್ಚಿ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/udise_codes.py" line="+24"/>
        <source>an 11-digit UDISE code, e.g. 29020904706</source>
        <translation>11 ಅಂಕಿಯ UDISE ಕೋಡ್, ಉದಾ: 29020904706</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>is empty</source>
        <translation>ಖಾಲಿ ಇದೆ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>was shortened by Excel to scientific notation and has lost digits (only {count} of {length} are left)</source>
        <translation>Excel ಅದನ್ನು ವೈಜ್ಞಾನಿಕ ಸಂಕೇತ ರೂಪಕ್ಕೆ ಮೊಟಕುಗೊಳಿಸಿದೆ ಮತ್ತು ಅಂಕಿಗಳು ಕಳೆದುಹೋಗಿವೆ ({length} ರಲ್ಲಿ {count} ಮಾತ್ರ ಉಳಿದಿವೆ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the full code: format the column as Text in Excel and export the file again</source>
        <translation>ಪೂರ್ಣ ಕೋಡ್: Excel ನಲ್ಲಿ ಅಂಕಣವನ್ನು Text ಆಗಿ ರೂಪಿಸಿ ಕಡತವನ್ನು ಮತ್ತೆ ರಫ್ತು ಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>contains &apos;{character}&apos;; a UDISE code has digits only</source>
        <translation>&apos;{character}&apos; ಇದೆ; UDISE ಕೋಡ್‌ನಲ್ಲಿ ಅಂಕಿಗಳು ಮಾತ್ರ ಇರುತ್ತವೆ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>has 10 digits; with the leading zero it lost it is a code of district 0{district}</source>
        <translation>10 ಅಂಕಿಗಳಿವೆ; ಕಳೆದುಹೋದ ಮೊದಲ ಸೊನ್ನೆಯೊಂದಿಗೆ ಅದು ಜಿಲ್ಲೆ 0{district} ನ ಕೋಡ್</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>has {count} digits</source>
        <translation>{count} ಅಂಕಿಗಳಿವೆ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/values.py" line="+24"/>
        <source>a date written as DD/MM/YYYY, DD.MM.YYYY, DD-MM-YYYY, YYYY-MM-DD, 15 August 2026 or 15-Aug-2026, or an Excel date cell</source>
        <translation>DD/MM/YYYY, DD.MM.YYYY, DD-MM-YYYY, YYYY-MM-DD, 15 August 2026 ಅಥವಾ 15-Aug-2026 ಎಂದು ಬರೆದ ದಿನಾಂಕ, ಅಥವಾ Excel ದಿನಾಂಕ ಕೋಶ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>has the year {year}</source>
        <translation>ವರ್ಷ {year} ಇದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a year from {first} to {last}</source>
        <translation>{first} ರಿಂದ {last} ರವರೆಗಿನ ವರ್ಷ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>has no month {month} (dates are read day first)</source>
        <translation>ತಿಂಗಳು {month} ಇಲ್ಲ (ದಿನಾಂಕಗಳನ್ನು ದಿನ ಮೊದಲು ಎಂದು ಓದಲಾಗುತ್ತದೆ)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not a date in the calendar: {month} has {days} days</source>
        <translation>ಕ್ಯಾಲೆಂಡರ್‌ನಲ್ಲಿರುವ ದಿನಾಂಕವಲ್ಲ: {month} ನಲ್ಲಿ {days} ದಿನಗಳಿವೆ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a day that exists</source>
        <translation>ಅಸ್ತಿತ್ವದಲ್ಲಿರುವ ದಿನ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is a time of day, not a date</source>
        <translation>ದಿನದ ಸಮಯ, ದಿನಾಂಕವಲ್ಲ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a number, not a date</source>
        <translation>ಸಂಖ್ಯೆ, ದಿನಾಂಕವಲ್ಲ</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+12"/>
        <source>is not a date in a format this import reads</source>
        <translation>ಈ ಆಮದು ಓದುವ ನಮೂನೆಯ ದಿನಾಂಕವಲ್ಲ</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>has a 2-digit year</source>
        <translation>2 ಅಂಕಿಯ ವರ್ಷವಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the year in 4 digits, e.g. 15/08/2026</source>
        <translation>4 ಅಂಕಿಗಳಲ್ಲಿ ವರ್ಷ, ಉದಾ: 15/08/2026</translation>
    </message>
    <message>
        <location filename="../../desktop/services/imports/workbooks.py" line="+7"/>
        <source>is protected with a password</source>
        <translation>ಗುಪ್ತಪದದಿಂದ ರಕ್ಷಿತವಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a copy saved without a password</source>
        <translation>ಗುಪ್ತಪದವಿಲ್ಲದೆ ಉಳಿಸಿದ ಪ್ರತಿ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is damaged and cannot be read as a workbook ({detail})</source>
        <translation>ಹಾಳಾಗಿದೆ ಮತ್ತು ವರ್ಕ್‌ಬುಕ್ ಆಗಿ ಓದಲು ಸಾಧ್ಯವಿಲ್ಲ ({detail})</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>has no sheets</source>
        <translation>ಯಾವುದೇ ಶೀಟ್‌ಗಳಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a workbook with a sheet holding the table</source>
        <translation>ಕೋಷ್ಟಕವಿರುವ ಶೀಟ್ ಹೊಂದಿರುವ ವರ್ಕ್‌ಬುಕ್</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>has no sheet named &quot;{sheet}&quot;</source>
        <translation>&quot;{sheet}&quot; ಹೆಸರಿನ ಶೀಟ್ ಇಲ್ಲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of its sheets: {sheets}</source>
        <translation>ಅದರ ಶೀಟ್‌ಗಳಲ್ಲಿ ಒಂದು: {sheets}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>has no sheet with a header row among its first {rows} rows (a row of at least two column names such as &quot;UDISE code&quot;, &quot;School name&quot;)</source>
        <translation>ಮೊದಲ {rows} ಸಾಲುಗಳಲ್ಲಿ ಶೀರ್ಷಿಕೆ ಸಾಲು ಇರುವ ಯಾವುದೇ ಶೀಟ್ ಇಲ್ಲ (&quot;UDISE code&quot;, &quot;School name&quot; ನಂತಹ ಕನಿಷ್ಠ ಎರಡು ಅಂಕಣ ಹೆಸರುಗಳಿರುವ ಸಾಲು)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a sheet with the column names above the data, or the sheet and header row chosen by hand</source>
        <translation>ದತ್ತಾಂಶದ ಮೇಲೆ ಅಂಕಣಗಳ ಹೆಸರುಗಳಿರುವ ಶೀಟ್, ಅಥವಾ ಕೈಯಾರೆ ಆಯ್ಕೆಮಾಡಿದ ಶೀಟ್ ಮತ್ತು ಶೀರ್ಷಿಕೆ ಸಾಲು</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>has nothing in this sheet</source>
        <translation>ಈ ಶೀಟ್‌ನಲ್ಲಿ ಏನೂ ಇಲ್ಲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a sheet with a header row and data rows</source>
        <translation>ಶೀರ್ಷಿಕೆ ಸಾಲು ಮತ್ತು ದತ್ತಾಂಶ ಸಾಲುಗಳಿರುವ ಶೀಟ್</translation>
    </message>
</context>
<context>
    <name>ImportsTab</name>
    <message>
        <location filename="../../desktop/ui/pages/baseline_imports.py" line="+56"/>
        <source>Search by batch number, file or who imported it</source>
        <translation>ಕಂತು ಸಂಖ್ಯೆ, ಕಡತ ಅಥವಾ ಆಮದು ಮಾಡಿದವರ ಮೂಲಕ ಹುಡುಕಿ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any kind of data</source>
        <translation>ಎಲ್ಲಾ ಬಗೆಯ ದತ್ತಾಂಶ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any round</source>
        <translation>ಎಲ್ಲಾ ಸುತ್ತುಗಳು</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a file…</source>
        <translation>ಕಡತವನ್ನು ಆಮದು ಮಾಡಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo this import…</source>
        <translation>ಈ ಆಮದನ್ನು ರದ್ದುಗೊಳಿಸಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the school directory…</source>
        <translation>ಶಾಲಾ ಪಟ್ಟಿಯನ್ನು ರಫ್ತು ಮಾಡಿ…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No.</source>
        <translation>ಸಂ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>ಯಾವಾಗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>ಏನು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round</source>
        <translation>ಸುತ್ತು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>ಕಡತಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>ಹೊಸದಾಗಿ ರಚಿಸಿದವು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>ನವೀಕರಿಸಿದವು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>ಬದಲಾಗದವು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>ದೋಷಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>ಯಾರು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>ಸ್ಥಿತಿ</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%(shown)s of %(total)s</source>
        <translation>%(total)s ರಲ್ಲಿ %(shown)s</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%(what)s from %(files)s</source>
        <translation>%(files)s ನಿಂದ %(what)s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%(what)s in the round %(round)s</source>
        <translation>%(round)s ಸುತ್ತಿನಲ್ಲಿ %(what)s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo import batch %(batch)s (%(what)s)?

The %(created)s record(s) it created will be removed and the %(updated)s record(s) it changed will get their earlier values back. A backup of the database is made first.</source>
        <translation>ಆಮದು ಕಂತು %(batch)s (%(what)s) ಅನ್ನು ರದ್ದುಗೊಳಿಸಬೇಕೇ?

ಅದು ರಚಿಸಿದ %(created)s ದಾಖಲೆ(ಗಳನ್ನು) ತೆಗೆದುಹಾಕಲಾಗುತ್ತದೆ ಮತ್ತು ಅದು ಬದಲಿಸಿದ %(updated)s ದಾಖಲೆ(ಗಳಿಗೆ) ಹಿಂದಿನ ಮೌಲ್ಯಗಳು ಮರಳುತ್ತವೆ. ಮೊದಲು ಡೇಟಾಬೇಸ್‌ನ ಬ್ಯಾಕಪ್ ಮಾಡಲಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Imported as batch %s.</source>
        <translation>ಕಂತು %s ಆಗಿ ಆಮದು ಮಾಡಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Undo import</source>
        <translation>ಆಮದು ರದ್ದುಗೊಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undoing import batch %s</source>
        <translation>ಆಮದು ಕಂತು %s ರದ್ದುಗೊಳಿಸಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Batch %(batch)s undone; the database as it was is kept in %(backup)s.</source>
        <translation>ಕಂತು %(batch)s ರದ್ದುಗೊಳಿಸಲಾಗಿದೆ; ಹಿಂದಿನ ಸ್ಥಿತಿಯ ಡೇಟಾಬೇಸ್ ಅನ್ನು %(backup)s ನಲ್ಲಿ ಇರಿಸಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo import batch %s</source>
        <translation>ಆಮದು ಕಂತು %s ರದ್ದುಗೊಳಿಸಿ</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/selection_reason_dialog.py" line="+123"/>
        <source>For</source>
        <translation>ಯಾರಿಗೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dated</source>
        <translation>ದಿನಾಂಕ(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Section</source>
        <translation>ಶಾಖೆ(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. ACAD, ADM (in the number); may be empty</source>
        <translation>ಉದಾ: ACAD, ADM (ಸಂಖ್ಯೆಯಲ್ಲಿ); ಖಾಲಿ ಇರಬಹುದು</translation>
    </message>
</context>
<context>
    <name>IssuedDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/circulars_page.py" line="-241"/>
        <source>Circular issued</source>
        <translation>ಸುತ್ತೋಲೆ ಹೊರಡಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued as &lt;b&gt;%s&lt;/b&gt;. Print it now, or save it as a PDF.</source>
        <translation>&lt;b&gt;%s&lt;/b&gt; ಸಂಖ್ಯೆಯಲ್ಲಿ ಹೊರಡಿಸಲಾಗಿದೆ. ಈಗಲೇ ಮುದ್ರಿಸಿ, ಅಥವಾ PDF ಆಗಿ ಉಳಿಸಿ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print…</source>
        <translation>ಮುದ್ರಿಸಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save PDF…</source>
        <translation>PDF ಉಳಿಸಿ…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save the issued circular</source>
        <translation>ಹೊರಡಿಸಿದ ಸುತ್ತೋಲೆಯನ್ನು ಉಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ಕಡತಗಳು (*.pdf)</translation>
    </message>
</context>
<context>
    <name>IssuedPdfDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/recognition_ranking_printing.py" line="-77"/>
        <source>Issued as &lt;b&gt;%s&lt;/b&gt;. Save the PDF, open it, or print it.</source>
        <translation>&lt;b&gt;%s&lt;/b&gt; ಸಂಖ್ಯೆಯಲ್ಲಿ ಹೊರಡಿಸಲಾಗಿದೆ. PDF ಉಳಿಸಿ, ತೆರೆಯಿರಿ ಅಥವಾ ಮುದ್ರಿಸಿ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save PDF…</source>
        <translation>PDF ಉಳಿಸಿ…(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>ತೆರೆಯಿರಿ(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>ಮುದ್ರಿಸಿ…(&amp;P)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ಕಡತಗಳು (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %s</source>
        <translation>ಉಳಿಸಲಾಗಿದೆ: %s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No program on this computer opens PDF files; save it instead.</source>
        <translation>ಈ ಕಂಪ್ಯೂಟರ್‌ನಲ್ಲಿ PDF ಕಡತಗಳನ್ನು ತೆರೆಯುವ ಯಾವುದೇ ಪ್ರೋಗ್ರಾಂ ಇಲ್ಲ; ಬದಲಿಗೆ ಉಳಿಸಿ.</translation>
    </message>
</context>
<context>
    <name>LevelSchemeDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/level_scheme_dialog.py" line="+37"/>
        <source>New level scheme</source>
        <translation>ಹೊಸ ಮಟ್ಟ ಶ್ರೇಣಿ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit level scheme</source>
        <translation>ಮಟ್ಟ ಶ್ರೇಣಿ ಸಂಪಾದಿಸಿ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. FLN reading levels</source>
        <translation>ಉದಾ: FLN ಓದುವ ಮಟ್ಟಗಳು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One level a line, lowest first:
Beginner
Letter
Word</source>
        <translation>ಪ್ರತಿ ಸಾಲಿಗೆ ಒಂದು ಮಟ್ಟ, ಕೆಳಗಿನದು ಮೊದಲು:
ಆರಂಭಿಕ
ಅಕ್ಷರ
ಪದ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Levels (lowest first)</source>
        <translation>ಮಟ್ಟಗಳು (ಕೆಳಗಿನದು ಮೊದಲು)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meets the goal from</source>
        <translation>ಗುರಿ ಸಾಧನೆ ಈ ಮಟ್ಟದಿಂದ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>ಟಿಪ್ಪಣಿಗಳು</translation>
    </message>
</context>
<context>
    <name>LevelSchemesDialog</name>
    <message>
        <location line="+45"/>
        <source>Level schemes</source>
        <translation>ಮಟ್ಟ ಶ್ರೇಣಿಗಳು</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Levels, lowest first</source>
        <translation>ಮಟ್ಟಗಳು, ಕೆಳಗಿನದು ಮೊದಲು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meets the goal from</source>
        <translation>ಗುರಿ ಸಾಧನೆ ಈ ಮಟ್ಟದಿಂದ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New…</source>
        <translation>ಹೊಸದು…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>ಸಂಪಾದಿಸಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>ಅಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Delete level scheme</source>
        <translation>ಮಟ್ಟ ಶ್ರೇಣಿ ಅಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the level scheme %s?</source>
        <translation>%s ಮಟ್ಟ ಶ್ರೇಣಿಯನ್ನು ಅಳಿಸಬೇಕೇ?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Level scheme %s</source>
        <translation>ಮಟ್ಟ ಶ್ರೇಣಿ %s</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <location filename="../../desktop/services/i18n.py" line="+78"/>
        <source>{items} and {last}</source>
        <translation>{items} ಮತ್ತು {last}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{items} or {last}</source>
        <translation>{items} ಅಥವಾ {last}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+114"/>
        <source>&amp;File</source>
        <translation>ಕಡತ(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New database…</source>
        <translation>ಹೊಸ ಡೇಟಾಬೇಸ್…(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open database…</source>
        <translation>ಡೇಟಾಬೇಸ್ ತೆರೆಯಿರಿ…(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up now</source>
        <translation>ಈಗಲೇ ಬ್ಯಾಕಪ್ ಮಾಡಿ(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from backup…</source>
        <translation>ಬ್ಯಾಕಪ್‌ನಿಂದ ಮರುಸ್ಥಾಪಿಸಿ…(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>ಸೆಟ್ಟಿಂಗ್‌ಗಳು…(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>ನಿರ್ಗಮಿಸಿ(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>ಸಹಾಯ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About District Collective Desk</source>
        <translation>District Collective Desk ಕುರಿತು(&amp;A)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Opening %s…</source>
        <translation>%s ತೆರೆಯಲಾಗುತ್ತಿದೆ…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source> (read-only)</source>
        <translation> (ಓದಲು ಮಾತ್ರ)</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+6"/>
        <source>New database</source>
        <translation>ಹೊಸ ಡೇಟಾಬೇಸ್</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Database files (*.db)</source>
        <translation>ಡೇಟಾಬೇಸ್ ಕಡತಗಳು (*.db)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%s already exists; use Open instead.</source>
        <translation>%s ಈಗಾಗಲೇ ಅಸ್ತಿತ್ವದಲ್ಲಿದೆ; ಬದಲಿಗೆ &apos;ಡೇಟಾಬೇಸ್ ತೆರೆಯಿರಿ&apos; ಬಳಸಿ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open database</source>
        <translation>ಡೇಟಾಬೇಸ್ ತೆರೆಯಿರಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database files (*.db);;All files (*)</source>
        <translation>ಡೇಟಾಬೇಸ್ ಕಡತಗಳು (*.db);;ಎಲ್ಲಾ ಕಡತಗಳು (*)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Daily backup failed</source>
        <translation>ದೈನಂದಿನ ಬ್ಯಾಕಪ್ ವಿಫಲವಾಯಿತು</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Daily backup saved: %s</source>
        <translation>ದೈನಂದಿನ ಬ್ಯಾಕಪ್ ಉಳಿಸಲಾಗಿದೆ: %s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backing up</source>
        <translation>ಬ್ಯಾಕಪ್ ಮಾಡಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup saved: %s</source>
        <translation>ಬ್ಯಾಕಪ್ ಉಳಿಸಲಾಗಿದೆ: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup failed</source>
        <translation>ಬ್ಯಾಕಪ್ ವಿಫಲವಾಯಿತು</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Restoring %s…</source>
        <translation>%s ಮರುಸ್ಥಾಪಿಸಲಾಗುತ್ತಿದೆ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restoring</source>
        <translation>ಮರುಸ್ಥಾಪಿಸಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored from %s</source>
        <translation>ಮರುಸ್ಥಾಪಿಸಲಾಗಿದೆ (ಬ್ಯಾಕಪ್: %s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore failed</source>
        <translation>ಮರುಸ್ಥಾಪನೆ ವಿಫಲವಾಯಿತು</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Creating the demo district</source>
        <translation>ಪ್ರಾತ್ಯಕ್ಷಿಕೆ ಜಿಲ್ಲೆಯನ್ನು ರಚಿಸಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo data</source>
        <translation>ಪ್ರಾತ್ಯಕ್ಷಿಕೆ ದತ್ತಾಂಶ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Database: %(database)s&lt;br&gt;Backups: %(backups)s</source>
        <translation>ಡೇಟಾಬೇಸ್: %(database)s&lt;br&gt;ಬ್ಯಾಕಪ್‌ಗಳು: %(backups)s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About District Collective Desk</source>
        <translation>District Collective Desk ಕುರಿತು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;District Collective Desk %(version)s&lt;/h3&gt;&lt;p&gt;Partnerships between district education offices and NGOs: schools, offices, organisations and people, kept on this computer.&lt;/p&gt;&lt;p&gt;%(where)s&lt;/p&gt;</source>
        <translation>&lt;h3&gt;District Collective Desk %(version)s&lt;/h3&gt;&lt;p&gt;ಜಿಲ್ಲಾ ಶಿಕ್ಷಣ ಕಚೇರಿಗಳು ಮತ್ತು ಸ್ವಯಂಸೇವಾ ಸಂಸ್ಥೆಗಳ (NGO) ನಡುವಿನ ಪಾಲುದಾರಿಕೆಗಳ ನಿರ್ವಹಣೆ: ಶಾಲೆಗಳು, ಕಚೇರಿಗಳು, ಸಂಸ್ಥೆಗಳು ಮತ್ತು ವ್ಯಕ್ತಿಗಳ ವಿವರಗಳು ಈ ಕಂಪ್ಯೂಟರ್‌ನಲ್ಲೇ ಸಂಗ್ರಹವಾಗಿರುತ್ತವೆ.&lt;/p&gt;&lt;p&gt;%(where)s&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_set.py" line="+18"/>
        <source>Dashboard</source>
        <translation>ಮುಖಪುಟ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schools</source>
        <translation>ಶಾಲೆಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocks and clusters</source>
        <translation>ಬ್ಲಾಕ್‌ಗಳು ಮತ್ತು ಕ್ಲಸ್ಟರ್‌ಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offices</source>
        <translation>ಕಚೇರಿಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations</source>
        <translation>ಸಂಸ್ಥೆಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>ವ್ಯಕ್ತಿಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MoUs</source>
        <translation>MoUಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committees</source>
        <translation>ಸಮಿತಿಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>ಸಭೆಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action items</source>
        <translation>ಕ್ರಮ ಅಂಶಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>ಬೇಸ್‌ಲೈನ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognition</source>
        <translation>ಪುರಸ್ಕಾರ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circulars</source>
        <translation>ಸುತ್ತೋಲೆಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange</source>
        <translation>ದತ್ತಾಂಶ ವಿನಿಮಯ</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/meeting_dialog.py" line="+82"/>
        <source>Details</source>
        <translation>ವಿವರಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>ಕಾರ್ಯಸೂಚಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance</source>
        <translation>ಹಾಜರಾತಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>ನಡಾವಳಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action items</source>
        <translation>ಕ್ರಮ ಅಂಶಗಳು</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notice…</source>
        <translation>ಸಭಾ ಸೂಚನೆ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes PDF…</source>
        <translation>ನಡಾವಳಿ PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The notice of the meeting to its members, as a circular to issue</source>
        <translation>ಸದಸ್ಯರಿಗೆ ಸಭೆಯ ಸೂಚನೆ, ಹೊರಡಿಸಬೇಕಾದ ಸುತ್ತೋಲೆಯಾಗಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the minutes as a PDF (marked DRAFT until approved)</source>
        <translation>ನಡಾವಳಿಯನ್ನು PDF ಆಗಿ ಉಳಿಸಿ (ಅನುಮೋದನೆಯಾಗುವವರೆಗೆ &apos;ಕರಡು&apos; ಎಂದು ಗುರುತಿಸಲಾಗುತ್ತದೆ)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>New meeting</source>
        <translation>ಹೊಸ ಸಭೆ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%(title)s — %(date)s</source>
        <translation>%(title)s — %(date)s</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This database is open read-only: nothing can be saved.</source>
        <translation>ಈ ಡೇಟಾಬೇಸ್ ಓದಲು ಮಾತ್ರ ತೆರೆಯಲಾಗಿದೆ: ಏನನ್ನೂ ಉಳಿಸಲಾಗುವುದಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the next meeting of %s</source>
        <translation>%s ಸಮಿತಿಯ ಮುಂದಿನ ಸಭೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a later meeting convened by %s</source>
        <translation>%s ಕರೆಯುವ ನಂತರದ ಸಭೆ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The minutes were approved on %(date)s and are locked: nothing of this meeting changes any more. To correct them, open %(later)s and use “Record a correction to earlier approved minutes…” on its Minutes tab.</source>
        <translation>ನಡಾವಳಿಯನ್ನು %(date)s ರಂದು ಅನುಮೋದಿಸಲಾಗಿದ್ದು ಬದಲಿಸುವಂತಿಲ್ಲ: ಈ ಸಭೆಯ ಯಾವುದೇ ವಿವರ ಇನ್ನು ಬದಲಾಗುವುದಿಲ್ಲ. ತಿದ್ದುಪಡಿಗಾಗಿ %(later)s ತೆರೆದು, ಅದರ &apos;ನಡಾವಳಿ&apos; ಟ್ಯಾಬ್‌ನಲ್ಲಿ “ಹಿಂದಿನ ಅನುಮೋದಿತ ನಡಾವಳಿಗೆ ತಿದ್ದುಪಡಿ ದಾಖಲಿಸಿ…” ಬಳಸಿ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This meeting was cancelled (%s). It is kept for the record and no longer changes.</source>
        <translation>ಈ ಸಭೆ ರದ್ದಾಗಿದೆ (%s). ದಾಖಲೆಗಾಗಿ ಉಳಿಸಿಕೊಳ್ಳಲಾಗಿದೆ; ಇನ್ನು ಬದಲಾಗುವುದಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Scheduled.</source>
        <translation>ನಿಗದಿಪಡಿಸಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details saved.</source>
        <translation>ವಿವರಗಳನ್ನು ಉಳಿಸಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Mark held</source>
        <translation>ನಡೆದಿದೆ ಎಂದು ಗುರುತಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked held.</source>
        <translation>ನಡೆದಿದೆ ಎಂದು ಗುರುತಿಸಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo held</source>
        <translation>&apos;ನಡೆದಿದೆ&apos; ಗುರುತು ತೆಗೆಯಿರಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled again.</source>
        <translation>ಮತ್ತೆ ನಿಗದಿತ ಸ್ಥಿತಿಗೆ ತರಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled.</source>
        <translation>ರದ್ದುಮಾಡಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Approve minutes</source>
        <translation>ನಡಾವಳಿ ಅನುಮೋದಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The minutes have changes that are not saved yet; save them before approving.</source>
        <translation>ನಡಾವಳಿಯಲ್ಲಿ ಇನ್ನೂ ಉಳಿಸದ ಬದಲಾವಣೆಗಳಿವೆ; ಅನುಮೋದಿಸುವ ಮೊದಲು ಅವುಗಳನ್ನು ಉಳಿಸಿ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minutes approved.</source>
        <translation>ನಡಾವಳಿ ಅನುಮೋದಿಸಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+10"/>
        <source>Notice of the meeting</source>
        <translation>ಸಭೆಯ ಸೂಚನೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice issued as No. %s.</source>
        <translation>ಸಭಾ ಸೂಚನೆಯನ್ನು ಸಂಖ್ಯೆ %s ಆಗಿ ಹೊರಡಿಸಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save the minutes</source>
        <translation>ನಡಾವಳಿಯನ್ನು ಉಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ಕಡತಗಳು (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing the minutes</source>
        <translation>ನಡಾವಳಿ ಮುದ್ರಿಸಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved %s</source>
        <translation>ಉಳಿಸಲಾಗಿದೆ: %s</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <location filename="../../desktop/services/calendar/cadence.py" line="+56"/>
        <location filename="../../desktop/services/meetings/meetings.py" line="+124"/>
        <source>Venue</source>
        <translation>ಸ್ಥಳ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/committees/usage.py" line="-155"/>
        <location filename="../../desktop/services/meetings/action_checks.py" line="-156"/>
        <location filename="../../desktop/services/meetings/printing.py" line="-278"/>
        <location filename="../../desktop/services/meetings/states.py" line="+43"/>
        <source>{meeting} on {day}</source>
        <translation>{day} ರಂದು {meeting}</translation>
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
        <translation>ಸಭೆ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings/agenda.py" line="+13"/>
        <source>Item {number} is no longer on the agenda of this meeting, or is listed twice; close the agenda and open it again.</source>
        <translation>ವಿಷಯ {number} ಈಗ ಈ ಸಭೆಯ ಕಾರ್ಯಸೂಚಿಯಲ್ಲಿ ಇಲ್ಲ, ಅಥವಾ ಎರಡು ಬಾರಿ ಪಟ್ಟಿಯಾಗಿದೆ; ಕಾರ್ಯಸೂಚಿಯನ್ನು ಮುಚ್ಚಿ ಮತ್ತೆ ತೆರೆಯಿರಿ.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The minutes of {meeting} already say something under {written}; clear that first if the item is to be removed from the agenda.</source>
        <translation>{meeting} ನ ನಡಾವಳಿಯಲ್ಲಿ {written} ಅಡಿಯಲ್ಲಿ ಈಗಾಗಲೇ ಬರೆಯಲಾಗಿದೆ; ಈ ವಿಷಯವನ್ನು ಕಾರ್ಯಸೂಚಿಯಿಂದ ತೆಗೆಯಬೇಕಾದರೆ ಮೊದಲು ಅದನ್ನು ಅಳಿಸಿ.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Item {number}: give its title.</source>
        <translation>ವಿಷಯ {number}: ಅದರ ಶೀರ್ಷಿಕೆ ನೀಡಿ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item {number}: the title is {count} characters long; at most {limit} fit.</source>
        <translation>ವಿಷಯ {number}: ಶೀರ್ಷಿಕೆ {count} ಅಕ್ಷರಗಳಷ್ಟು ಉದ್ದವಿದೆ; ಗರಿಷ್ಠ {limit} ಅಕ್ಷರಗಳು ಮಾತ್ರ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item {number} ({title})</source>
        <translation>ವಿಷಯ {number} ({title})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item {number}</source>
        <translation>ವಿಷಯ {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{item}: the chosen presenter is not in the people records; choose again.</source>
        <translation>{item}: ಆಯ್ಕೆಮಾಡಿದ ಮಂಡಿಸುವವರು ವ್ಯಕ್ತಿಗಳ ದಾಖಲೆಗಳಲ್ಲಿ ಇಲ್ಲ; ಮತ್ತೆ ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{item}: {minutes} minutes is not a duration; give 1 to {limit} minutes.</source>
        <translation>{item}: {minutes} ನಿಮಿಷಗಳು ಸರಿಯಾದ ಅವಧಿಯಲ್ಲ; 1 ರಿಂದ {limit} ನಿಮಿಷಗಳನ್ನು ನೀಡಿ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings/attendance.py" line="-137"/>
        <source>Not recorded</source>
        <translation>ದಾಖಲಾಗಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>{meeting} is still to come; attendance can be recorded from that day.</source>
        <translation>{meeting} ಇನ್ನೂ ನಡೆಯಬೇಕಿದೆ; ಆ ದಿನದಿಂದ ಹಾಜರಾತಿ ದಾಖಲಿಸಬಹುದು.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Row {number}</source>
        <translation>ಸಾಲು {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row {number}: the chosen person is not in the people records.</source>
        <translation>ಸಾಲು {number}: ಆಯ್ಕೆಮಾಡಿದ ವ್ಯಕ್ತಿ ವ್ಯಕ್ತಿಗಳ ದಾಖಲೆಗಳಲ್ಲಿ ಇಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row {number}: choose the person, or type the guest&apos;s name.</source>
        <translation>ಸಾಲು {number}: ವ್ಯಕ್ತಿಯನ್ನು ಆಯ್ಕೆಮಾಡಿ, ಅಥವಾ ಆಹ್ವಾನಿತರ ಹೆಸರನ್ನು ಟೈಪ್ ಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is listed twice; record each person once.</source>
        <translation>{name} ಎರಡು ಬಾರಿ ಪಟ್ಟಿಯಲ್ಲಿದ್ದಾರೆ; ಪ್ರತಿ ವ್ಯಕ್ತಿಯನ್ನು ಒಮ್ಮೆ ಮಾತ್ರ ದಾಖಲಿಸಿ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name}: record present, absent or represented.</source>
        <translation>{name}: ಹಾಜರು, ಗೈರು ಅಥವಾ ಪ್ರತಿನಿಧಿ ಮೂಲಕ ಎಂದು ದಾಖಲಿಸಿ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not a member of {body} on {day}; a guest is recorded only as present.</source>
        <translation>{name} {day} ರಂದು {body} ನ ಸದಸ್ಯರಲ್ಲ; ಆಹ್ವಾನಿತರನ್ನು ಹಾಜರು ಎಂದು ಮಾತ್ರ ದಾಖಲಿಸಲಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{name}: the representative is not in the people records.</source>
        <translation>{name}: ಪ್ರತಿನಿಧಿ ವ್ಯಕ್ತಿಗಳ ದಾಖಲೆಗಳಲ್ಲಿ ಇಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} cannot be their own representative.</source>
        <translation>{name} ತಮಗೆ ತಾವೇ ಪ್ರತಿನಿಧಿಯಾಗಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is marked represented; say who represented them.</source>
        <translation>{name} ಪ್ರತಿನಿಧಿ ಮೂಲಕ ಎಂದು ಗುರುತಿಸಲಾಗಿದೆ; ಅವರನ್ನು ಯಾರು ಪ್ರತಿನಿಧಿಸಿದರು ಎಂದು ತಿಳಿಸಿ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings/meetings.py" line="-280"/>
        <source>A meeting stays with the body it was scheduled for; cancel it and schedule a new one instead.</source>
        <translation>ಸಭೆಯು ಅದನ್ನು ನಿಗದಿಪಡಿಸಿದ ಸಮಿತಿಯೊಂದಿಗೇ ಇರುತ್ತದೆ; ಬದಲಿಗೆ ಅದನ್ನು ರದ್ದುಮಾಡಿ ಹೊಸ ಸಭೆ ನಿಗದಿಪಡಿಸಿ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chosen body no longer exists; choose again.</source>
        <translation>ಆಯ್ಕೆಮಾಡಿದ ಸಮಿತಿ ಈಗ ಅಸ್ತಿತ್ವದಲ್ಲಿಲ್ಲ; ಮತ್ತೆ ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>ಶೀರ್ಷಿಕೆ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the date of the meeting.</source>
        <translation>ಸಭೆಯ ದಿನಾಂಕ ನೀಡಿ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{body} was formed on {formed_on}; it cannot meet on {day}.</source>
        <translation>{body} ಅನ್ನು {formed_on} ರಂದು ರಚಿಸಲಾಗಿದೆ; {day} ರಂದು ಅದು ಸಭೆ ಸೇರಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{body} was dissolved on {dissolved_on}; it cannot meet on {day}.</source>
        <translation>{body} ಅನ್ನು {dissolved_on} ರಂದು ವಿಸರ್ಜಿಸಲಾಗಿದೆ; {day} ರಂದು ಅದು ಸಭೆ ಸೇರಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the start time as well as the end time.</source>
        <translation>ಮುಕ್ತಾಯ ಸಮಯದೊಂದಿಗೆ ಆರಂಭ ಸಮಯವನ್ನೂ ನೀಡಿ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The meeting ends ({end_time:%H:%M}) before it starts ({start_time:%H:%M}).</source>
        <translation>ಸಭೆ ಆರಂಭವಾಗುವ ({start_time:%H:%M}) ಮೊದಲೇ ಮುಕ್ತಾಯವಾಗುತ್ತದೆ ({end_time:%H:%M}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The chosen chair is not in the people records; choose again.</source>
        <translation>ಆಯ್ಕೆಮಾಡಿದ ಅಧ್ಯಕ್ಷರು ವ್ಯಕ್ತಿಗಳ ದಾಖಲೆಗಳಲ್ಲಿ ಇಲ್ಲ; ಮತ್ತೆ ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reason</source>
        <translation>ಕಾರಣ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the level of the meeting: district, block, cluster or school.</source>
        <translation>ಸಭೆಯ ಹಂತವನ್ನು ಆಯ್ಕೆಮಾಡಿ: ಜಿಲ್ಲೆ, ಬ್ಲಾಕ್, ಕ್ಲಸ್ಟರ್ ಅಥವಾ ಶಾಲೆ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the {level} the meeting is for.</source>
        <translation>ಸಭೆ ಯಾವ {level} ಗಾಗಿ ಎಂದು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The chosen {level} no longer exists; choose again.</source>
        <translation>ಆಯ್ಕೆಮಾಡಿದ {level} ಈಗ ಅಸ್ತಿತ್ವದಲ್ಲಿಲ್ಲ; ಮತ್ತೆ ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the office that convenes the meeting.</source>
        <translation>ಸಭೆ ಕರೆಯುವ ಕಚೇರಿಯನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{weekday} {day} is a weekly off, not a working day at {office}. Give a reason to meet on it anyway.</source>
        <translation>{weekday} {day} ವಾರದ ರಜೆ, {office} ನಲ್ಲಿ ಕೆಲಸದ ದಿನವಲ್ಲ. ಆದರೂ ಆ ದಿನ ಸಭೆ ನಡೆಸಲು ಕಾರಣ ನೀಡಿ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{weekday} {day} is the {saturday}, not a working day at {office}. Give a reason to meet on it anyway.</source>
        <translation>{weekday} {day} {saturday}, {office} ನಲ್ಲಿ ಕೆಲಸದ ದಿನವಲ್ಲ. ಆದರೂ ಆ ದಿನ ಸಭೆ ನಡೆಸಲು ಕಾರಣ ನೀಡಿ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{weekday} {day} is a holiday ({holiday}), not a working day at {office}. Give a reason to meet on it anyway.</source>
        <translation>{weekday} {day} ರಜೆ ({holiday}), {office} ನಲ್ಲಿ ಕೆಲಸದ ದಿನವಲ್ಲ. ಆದರೂ ಆ ದಿನ ಸಭೆ ನಡೆಸಲು ಕಾರಣ ನೀಡಿ.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>{meeting} is still to come; it can be marked held from that day.</source>
        <translation>{meeting} ಇನ್ನೂ ನಡೆಯಬೇಕಿದೆ; ಆ ದಿನದಿಂದ ಅದನ್ನು ನಡೆದಿದೆ ಎಂದು ಗುರುತಿಸಬಹುದು.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>attendance</source>
        <translation>ಹಾಜರಾತಿ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>minutes</source>
        <translation>ನಡಾವಳಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>action items</source>
        <translation>ಕ್ರಮ ಅಂಶಗಳು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{meeting} already has {recorded} recorded; it stays held. Remove what is recorded first if the meeting really did not take place.</source>
        <translation>{meeting} ನಲ್ಲಿ ಈಗಾಗಲೇ {recorded} ದಾಖಲಾಗಿದೆ; ಅದು ನಡೆದಿದೆ ಎಂದೇ ಉಳಿಯುತ್ತದೆ. ಸಭೆ ನಿಜವಾಗಿಯೂ ನಡೆದಿಲ್ಲವಾದರೆ ಮೊದಲು ದಾಖಲಾದುದನ್ನು ತೆಗೆದುಹಾಕಿ.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The reason for cancelling</source>
        <translation>ರದ್ದುಮಾಡಲು ಕಾರಣ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{meeting} is {status}; only a meeting still scheduled can be deleted.</source>
        <translation>{meeting} {status}; ಇನ್ನೂ ನಿಗದಿಯಾಗಿರುವ ಸಭೆಯನ್ನು ಮಾತ್ರ ಅಳಿಸಬಹುದು.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>action items are raised in it or escalated to it</source>
        <translation>ಅದರಲ್ಲಿ ಕ್ರಮ ಅಂಶಗಳನ್ನು ಪ್ರಸ್ತಾಪಿಸಲಾಗಿದೆ ಅಥವಾ ಅದಕ್ಕೆ ವರ್ಗಾಯಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>corrections to earlier minutes are recorded in it</source>
        <translation>ಹಿಂದಿನ ನಡಾವಳಿಗಳಿಗೆ ತಿದ್ದುಪಡಿಗಳನ್ನು ಅದರಲ್ಲಿ ದಾಖಲಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its notice was issued from the dispatch register</source>
        <translation>ಅದರ ಸಭಾ ಸೂಚನೆಯನ್ನು ಹೊರರವಾನೆ ವಹಿಯಿಂದ ಹೊರಡಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{meeting} cannot be deleted: {reasons}. Cancel it instead.</source>
        <translation>{meeting} ಅನ್ನು ಅಳಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ: {reasons}. ಬದಲಿಗೆ ಅದನ್ನು ರದ್ದುಮಾಡಿ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings/minutes.py" line="-207"/>
        <source>{meeting} has no agenda items; add the items taken up to the agenda, then write the minutes under them.</source>
        <translation>{meeting} ನಲ್ಲಿ ಕಾರ್ಯಸೂಚಿ ವಿಷಯಗಳಿಲ್ಲ; ಕೈಗೆತ್ತಿಕೊಂಡ ವಿಷಯಗಳನ್ನು ಕಾರ್ಯಸೂಚಿಗೆ ಸೇರಿಸಿ, ನಂತರ ಅವುಗಳ ಅಡಿಯಲ್ಲಿ ನಡಾವಳಿ ಬರೆಯಿರಿ.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Entry {number} is for an item no longer on the agenda of this meeting; close the minutes and open them again.</source>
        <translation>ನಮೂದು {number} ಈ ಸಭೆಯ ಕಾರ್ಯಸೂಚಿಯಲ್ಲಿ ಈಗ ಇಲ್ಲದ ವಿಷಯಕ್ಕೆ ಸಂಬಂಧಿಸಿದೆ; ನಡಾವಳಿಯನ್ನು ಮುಚ್ಚಿ ಮತ್ತೆ ತೆರೆಯಿರಿ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{title}: the discussion is {count} characters long; at most {limit} fit.</source>
        <translation>{title}: ಚರ್ಚೆ {count} ಅಕ್ಷರಗಳಷ್ಟು ಉದ್ದವಿದೆ; ಗರಿಷ್ಠ {limit} ಅಕ್ಷರಗಳು ಮಾತ್ರ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title}: the decisions are {count} characters long; at most {limit} fit.</source>
        <translation>{title}: ನಿರ್ಣಯಗಳು {count} ಅಕ್ಷರಗಳಷ್ಟು ಉದ್ದವಿವೆ; ಗರಿಷ್ಠ {limit} ಅಕ್ಷರಗಳು ಮಾತ್ರ.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing is written in the minutes of {meeting}; write what was discussed or decided under at least one item.</source>
        <translation>{meeting} ನ ನಡಾವಳಿಯಲ್ಲಿ ಏನೂ ಬರೆದಿಲ್ಲ; ಕನಿಷ್ಠ ಒಂದು ವಿಷಯದ ಅಡಿಯಲ್ಲಿ ಚರ್ಚಿಸಿದ ಅಥವಾ ನಿರ್ಣಯಿಸಿದುದನ್ನು ಬರೆಯಿರಿ.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Who approved the minutes</source>
        <translation>ನಡಾವಳಿಯನ್ನು ಅನುಮೋದಿಸಿದವರು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the date the minutes were approved.</source>
        <translation>ನಡಾವಳಿಯನ್ನು ಅನುಮೋದಿಸಿದ ದಿನಾಂಕ ನೀಡಿ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The minutes cannot be approved on {day}, before the meeting itself ({meeting_day}).</source>
        <translation>ನಡಾವಳಿಯನ್ನು {day} ರಂದು, ಸಭೆಗಿಂತ ({meeting_day}) ಮೊದಲು ಅನುಮೋದಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing is written yet under: {empty}. Write what was discussed or decided under every item before approving the minutes of {meeting}.</source>
        <translation>ಇವುಗಳ ಅಡಿಯಲ್ಲಿ ಇನ್ನೂ ಏನೂ ಬರೆದಿಲ್ಲ: {empty}. {meeting} ನ ನಡಾವಳಿಯನ್ನು ಅನುಮೋದಿಸುವ ಮೊದಲು ಪ್ರತಿ ವಿಷಯದ ಅಡಿಯಲ್ಲಿ ಚರ್ಚಿಸಿದ ಅಥವಾ ನಿರ್ಣಯಿಸಿದುದನ್ನು ಬರೆಯಿರಿ.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The minutes of {meeting} are not approved (it is {status}); change them directly.</source>
        <translation>{meeting} ನ ನಡಾವಳಿ ಅನುಮೋದಿತವಾಗಿಲ್ಲ (ಸ್ಥಿತಿ: {status}); ಅದನ್ನು ನೇರವಾಗಿ ಬದಲಿಸಿ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The minutes of {meeting} are not approved (it is {status}); nothing to correct.</source>
        <translation>{meeting} ನ ನಡಾವಳಿ ಅನುಮೋದಿತವಾಗಿಲ್ಲ (ಸ್ಥಿತಿ: {status}); ತಿದ್ದುಪಡಿ ಮಾಡಲು ಏನೂ ಇಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write the correction.</source>
        <translation>ತಿದ್ದುಪಡಿಯನ್ನು ಬರೆಯಿರಿ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The correction is {count} characters long; at most {limit} fit.</source>
        <translation>ತಿದ್ದುಪಡಿ {count} ಅಕ್ಷರಗಳಷ್ಟು ಉದ್ದವಿದೆ; ಗರಿಷ್ಠ {limit} ಅಕ್ಷರಗಳು ಮಾತ್ರ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose an item of the agenda of {meeting}.</source>
        <translation>{meeting} ನ ಕಾರ್ಯಸೂಚಿಯ ಒಂದು ವಿಷಯವನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{meeting} is not a meeting of {body}; record the correction in a later meeting of that body.</source>
        <translation>{meeting}, {body} ನ ಸಭೆಯಲ್ಲ; ಆ ಸಮಿತಿಯ ನಂತರದ ಸಭೆಯಲ್ಲಿ ತಿದ್ದುಪಡಿಯನ್ನು ದಾಖಲಿಸಿ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{meeting} is not convened by {office}; record the correction in a later meeting of that office.</source>
        <translation>{meeting} ಅನ್ನು {office} ಕರೆದಿಲ್ಲ; ಆ ಕಚೇರಿಯ ನಂತರದ ಸಭೆಯಲ್ಲಿ ತಿದ್ದುಪಡಿಯನ್ನು ದಾಖಲಿಸಿ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{meeting} is not after {corrected}; a correction is recorded in a later meeting.</source>
        <translation>{meeting}, {corrected} ನ ನಂತರದ್ದಲ್ಲ; ತಿದ್ದುಪಡಿಯನ್ನು ನಂತರದ ಸಭೆಯಲ್ಲಿ ದಾಖಲಿಸಲಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The minutes of {meeting} are approved as well; record the correction in a meeting whose minutes are still open.</source>
        <translation>{meeting} ನ ನಡಾವಳಿಯೂ ಅನುಮೋದಿತವಾಗಿದೆ; ನಡಾವಳಿ ಇನ್ನೂ ತೆರೆದಿರುವ ಸಭೆಯಲ್ಲಿ ತಿದ್ದುಪಡಿಯನ್ನು ದಾಖಲಿಸಿ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{meeting} was cancelled; record the correction in a meeting that takes place.</source>
        <translation>{meeting} ರದ್ದಾಗಿದೆ; ನಡೆಯುವ ಸಭೆಯಲ್ಲಿ ತಿದ್ದುಪಡಿಯನ್ನು ದಾಖಲಿಸಿ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Correction</source>
        <translation>ತಿದ್ದುಪಡಿ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings/printing.py" line="-268"/>
        <source>{meeting} was cancelled ({reason}); it has no minutes.</source>
        <translation>{meeting} ರದ್ದಾಗಿದೆ ({reason}); ಅದಕ್ಕೆ ನಡಾವಳಿ ಇಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{meeting} is still scheduled; its minutes can be printed once it is held (mark it held, or record its attendance or minutes).</source>
        <translation>{meeting} ಇನ್ನೂ ನಿಗದಿಯಾಗಿದೆ; ಅದು ನಡೆದ ನಂತರ ಅದರ ನಡಾವಳಿಯನ್ನು ಮುದ್ರಿಸಬಹುದು (ನಡೆದಿದೆ ಎಂದು ಗುರುತಿಸಿ, ಅಥವಾ ಅದರ ಹಾಜರಾತಿ ಅಥವಾ ನಡಾವಳಿಯನ್ನು ದಾಖಲಿಸಿ).</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>The meeting notice is available in English.</source>
        <translation>ಸಭಾ ಸೂಚನೆ ಇಂಗ್ಲಿಷ್‌ನಲ್ಲಿ ಲಭ್ಯವಿದೆ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{meeting} is {status}; a notice goes out only for a meeting still to be held.</source>
        <translation>{meeting} {status}; ಇನ್ನೂ ನಡೆಯಬೇಕಿರುವ ಸಭೆಗೆ ಮಾತ್ರ ಸಭಾ ಸೂಚನೆ ಹೊರಡಿಸಲಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The notice is dated {day}, after the meeting on {meeting_day}; date it on or before the meeting.</source>
        <translation>ಸಭಾ ಸೂಚನೆಯ ದಿನಾಂಕ {day}, {meeting_day} ರ ಸಭೆಯ ನಂತರದ್ದು; ಸಭೆಯ ದಿನ ಅಥವಾ ಅದಕ್ಕಿಂತ ಮೊದಲಿನ ದಿನಾಂಕ ನೀಡಿ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{body} has no members on {day}; add its members before sending the notice.</source>
        <translation>{day} ರಂದು {body} ನಲ್ಲಿ ಸದಸ್ಯರಿಲ್ಲ; ಸಭಾ ಸೂಚನೆ ಕಳುಹಿಸುವ ಮೊದಲು ಅದರ ಸದಸ್ಯರನ್ನು ಸೇರಿಸಿ.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Circular No. {number} was cancelled; it cannot be recorded as the notice of {meeting}.</source>
        <translation>ಸುತ್ತೋಲೆ ಸಂಖ್ಯೆ {number} ರದ್ದಾಗಿದೆ; ಅದನ್ನು {meeting} ನ ಸಭಾ ಸೂಚನೆಯಾಗಿ ದಾಖಲಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{meeting} was cancelled ({reason}); its notice is not recorded.</source>
        <translation>{meeting} ರದ್ದಾಗಿದೆ ({reason}); ಅದರ ಸಭಾ ಸೂಚನೆಯನ್ನು ದಾಖಲಿಸಲಾಗುವುದಿಲ್ಲ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings/states.py" line="+15"/>
        <source>{meeting} is {status}; it cannot become {target} (from {status} it can become: {allowed}).</source>
        <translation>{meeting} {status}; ಅದು {target} ಆಗಲು ಸಾಧ್ಯವಿಲ್ಲ ({status} ನಿಂದ ಅದು ಇವು ಆಗಬಹುದು: {allowed}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nothing else</source>
        <translation>ಬೇರೇನೂ ಇಲ್ಲ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the next meeting of the body</source>
        <translation>ಸಮಿತಿಯ ಮುಂದಿನ ಸಭೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a later meeting</source>
        <translation>ನಂತರದ ಸಭೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The minutes of {meeting} were approved on {day} and are locked. Record {record} in {later}.</source>
        <translation>{meeting} ನ ನಡಾವಳಿಯನ್ನು {day} ರಂದು ಅನುಮೋದಿಸಲಾಗಿದ್ದು ಬದಲಿಸುವಂತಿಲ್ಲ. {record} ಅನ್ನು {later} ನಲ್ಲಿ ದಾಖಲಿಸಿ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The minutes of {meeting} were approved and are locked. Record {record} in {later}.</source>
        <translation>{meeting} ನ ನಡಾವಳಿಯನ್ನು ಅನುಮೋದಿಸಲಾಗಿದ್ದು ಬದಲಿಸುವಂತಿಲ್ಲ. {record} ಅನ್ನು {later} ನಲ್ಲಿ ದಾಖಲಿಸಿ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a correction</source>
        <translation>ತಿದ್ದುಪಡಿ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{meeting} was cancelled ({reason}); it can no longer be changed.</source>
        <translation>{meeting} ರದ್ದಾಗಿದೆ ({reason}); ಅದನ್ನು ಇನ್ನು ಬದಲಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{meeting} is still to come; its minutes can be recorded from that day.</source>
        <translation>{meeting} ಇನ್ನೂ ನಡೆಯಬೇಕಿದೆ; ಆ ದಿನದಿಂದ ಅದರ ನಡಾವಳಿಯನ್ನು ದಾಖಲಿಸಬಹುದು.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{meeting} is still to come; its attendance can be recorded from that day.</source>
        <translation>{meeting} ಇನ್ನೂ ನಡೆಯಬೇಕಿದೆ; ಆ ದಿನದಿಂದ ಅದರ ಹಾಜರಾತಿಯನ್ನು ದಾಖಲಿಸಬಹುದು.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings/vocabulary.py" line="-16"/>
        <source>Scheduled</source>
        <translation>ನಿಗದಿಯಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>ನಡೆದಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes drafted</source>
        <translation>ನಡಾವಳಿ ಕರಡು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes approved</source>
        <translation>ನಡಾವಳಿ ಅನುಮೋದಿತ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>ರದ್ದಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Present</source>
        <translation>ಹಾಜರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation>ಗೈರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Represented</source>
        <translation>ಪ್ರತಿನಿಧಿ ಮೂಲಕ</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/meetings_page.py" line="+66"/>
        <source>Search by title, body, place or venue</source>
        <translation>ಶೀರ್ಷಿಕೆ, ಸಮಿತಿ, ಪ್ರದೇಶ ಅಥವಾ ಸಭಾ ಸ್ಥಳದ ಮೂಲಕ ಹುಡುಕಿ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any level</source>
        <translation>ಎಲ್ಲಾ ಹಂತಗಳು</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>any status</source>
        <translation>ಎಲ್ಲಾ ಸ್ಥಿತಿಗಳು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any body</source>
        <translation>ಎಲ್ಲಾ ಸಮಿತಿಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any date</source>
        <translation>ಎಲ್ಲಾ ದಿನಾಂಕಗಳು</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+114"/>
        <source>dates between…</source>
        <translation>ದಿನಾಂಕಗಳ ನಡುವೆ…</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>New meeting…</source>
        <translation>ಹೊಸ ಸಭೆ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>ತೆರೆಯಿರಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate 2-4-6-8 reviews…</source>
        <translation>2-4-6-8 ಪರಿಶೀಲನಾ ಸಭೆಗಳನ್ನು ರಚಿಸಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office calendar…</source>
        <translation>ಕಚೇರಿ ಕ್ಯಾಲೆಂಡರ್…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review groups…</source>
        <translation>ಪರಿಶೀಲನಾ ತಂಡಗಳು…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Date</source>
        <translation>ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time</source>
        <translation>ಸಮಯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>ಶೀರ್ಷಿಕೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>ಸಮಿತಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>ಹಂತ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit</source>
        <translation>ಘಟಕ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>ಸ್ಥಿತಿ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Venue</source>
        <translation>ಸ್ಥಳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation>ಅಧ್ಯಕ್ಷರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open actions</source>
        <translation>ಬಾಕಿ ಕ್ರಮಗಳು</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>List</source>
        <translation>ಪಟ್ಟಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>ತಿಂಗಳು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meetings</source>
        <translation>ಸಭೆಗಳು</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Scheduled, not held</source>
        <translation>ನಿಗದಿಯಾಗಿದೆ, ನಡೆದಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%(shown)s of %(total)s</source>
        <translation>%(total)s ರಲ್ಲಿ %(shown)s</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Review groups formed: %s.</source>
        <translation>ಪರಿಶೀಲನಾ ತಂಡಗಳನ್ನು ರಚಿಸಲಾಗಿದೆ: %s.</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <location filename="../../desktop/ui/pages/committee_members.py" line="+77"/>
        <source>Show who sat on the body on this date</source>
        <translation>ಈ ದಿನಾಂಕದಂದು ಸಮಿತಿಯಲ್ಲಿದ್ದವರನ್ನು ತೋರಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show history</source>
        <translation>ಇತಿಹಾಸ ತೋರಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every membership the body has had, with when and why each ended</source>
        <translation>ಸಮಿತಿಯ ಎಲ್ಲಾ ಸದಸ್ಯತ್ವಗಳು, ಪ್ರತಿಯೊಂದೂ ಯಾವಾಗ ಮತ್ತು ಏಕೆ ಕೊನೆಗೊಂಡಿತು ಎಂಬುದರೊಂದಿಗೆ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Members as on</source>
        <translation>ಈ ದಿನಾಂಕದ ಸದಸ್ಯರು</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add member…</source>
        <translation>ಸದಸ್ಯರನ್ನು ಸೇರಿಸಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace…</source>
        <translation>ಬದಲಿ ನೇಮಿಸಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End membership…</source>
        <translation>ಸದಸ್ಯತ್ವ ಕೊನೆಗೊಳಿಸಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct…</source>
        <translation>ಸರಿಪಡಿಸಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove (entered by mistake)</source>
        <translation>ತೆಗೆದುಹಾಕಿ (ತಪ್ಪಾಗಿ ನಮೂದಿಸಿದ್ದು)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>ಪಾತ್ರ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Designation</source>
        <translation>ಹುದ್ದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representing</source>
        <translation>ಪ್ರತಿನಿಧಿಸುವುದು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>ದೂರವಾಣಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>ಇ-ಮೇಲ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>ಆರಂಭ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>ಅಂತ್ಯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it ended</source>
        <translation>ಕೊನೆಗೊಂಡ ಕಾರಣ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces</source>
        <translation>ಯಾರ ಬದಲಿಗೆ</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choose a body above to see its members.</source>
        <translation>ಸದಸ್ಯರನ್ನು ನೋಡಲು ಮೇಲೆ ಒಂದು ಸಮಿತಿಯನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%s&lt;/b&gt;: every membership</source>
        <translation>&lt;b&gt;%s&lt;/b&gt;: ಎಲ್ಲಾ ಸದಸ್ಯತ್ವಗಳು</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>memberships</source>
        <translation>ಸದಸ್ಯತ್ವಗಳು</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>members</source>
        <translation>ಸದಸ್ಯರು</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+12"/>
        <source>Remove membership</source>
        <translation>ಸದಸ್ಯತ್ವ ತೆಗೆದುಹಾಕಿ</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Remove %(person)s&apos;s membership of %(body)s as entered by mistake? It disappears from the history. A member who left is ended or replaced instead.</source>
        <translation>%(body)s ಸಮಿತಿಯಲ್ಲಿ %(person)s ಅವರ ಸದಸ್ಯತ್ವವನ್ನು ತಪ್ಪಾಗಿ ನಮೂದಿಸಿದ್ದು ಎಂದು ತೆಗೆದುಹಾಕಬೇಕೇ? ಅದು ಇತಿಹಾಸದಿಂದಲೂ ಮಾಯವಾಗುತ್ತದೆ. ಸಮಿತಿಯಿಂದ ಹೊರಹೋದ ಸದಸ್ಯರ ಸದಸ್ಯತ್ವವನ್ನು ಕೊನೆಗೊಳಿಸಿ ಅಥವಾ ಬದಲಿ ನೇಮಿಸಿ.</translation>
    </message>
</context>
<context>
    <name>MembershipDialogs</name>
    <message>
        <location filename="../../desktop/ui/dialogs/membership_dialogs.py" line="-188"/>
        <source>%(person)s has been %(role)s of the %(body)s since %(date)s.</source>
        <translation>%(person)s ಅವರು %(date)s ರಿಂದ %(role)s ಆಗಿದ್ದಾರೆ (%(body)s).</translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/meeting_minutes_tab.py" line="-225"/>
        <source>What was discussed, in paragraphs.</source>
        <translation>ಚರ್ಚಿಸಿದ ವಿಷಯ, ಪ್ಯಾರಾಗಳಲ್ಲಿ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One decision a line.</source>
        <translation>ಪ್ರತಿ ಸಾಲಿಗೆ ಒಂದು ನಿರ್ಣಯ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save minutes</source>
        <translation>ನಡಾವಳಿ ಉಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Discussion</source>
        <translation>ಚರ್ಚೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decisions</source>
        <translation>ನಿರ್ಣಯಗಳು</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Corrects the minutes of</source>
        <translation>ಯಾವ ನಡಾವಳಿಗೆ ತಿದ್ದುಪಡಿ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Under item</source>
        <translation>ವಿಷಯದಡಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction</source>
        <translation>ತಿದ್ದುಪಡಿ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Record a correction to earlier approved minutes…</source>
        <translation>ಹಿಂದಿನ ಅನುಮೋದಿತ ನಡಾವಳಿಗೆ ತಿದ್ದುಪಡಿ ದಾಖಲಿಸಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove correction</source>
        <translation>ತಿದ್ದುಪಡಿ ತೆಗೆದುಹಾಕಿ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Corrections to earlier approved minutes, recorded in this meeting</source>
        <translation>ಈ ಸಭೆಯಲ್ಲಿ ದಾಖಲಿಸಿದ, ಹಿಂದಿನ ಅನುಮೋದಿತ ನಡಾವಳಿಗಳ ತಿದ್ದುಪಡಿಗಳು</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Corrected in %(meeting)s on %(date)s: %(text)s</source>
        <translation>%(meeting)s ಸಭೆಯಲ್ಲಿ %(date)s ರಂದು ತಿದ್ದುಪಡಿ: %(text)s</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No agenda item yet.</source>
        <translation>ಇನ್ನೂ ಕಾರ್ಯಸೂಚಿ ವಿಷಯ ಇಲ್ಲ.</translation>
    </message>
</context>
<context>
    <name>MoUs</name>
    <message>
        <location filename="../../desktop/services/mous/attachments.py" line="+46"/>
        <source>Unknown kind of attachment &apos;{kind}&apos;.</source>
        <translation>ಅಪರಿಚಿತ ಬಗೆಯ ಲಗತ್ತು &apos;{kind}&apos;.</translation>
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
        <translation>ಲಗತ್ತು</translation>
    </message>
    <message>
        <location filename="../../desktop/services/mous/coverage.py" line="+53"/>
        <location filename="../../desktop/services/mous/timeline_words.py" line="+101"/>
        <source>Whole district</source>
        <translation>ಇಡೀ ಜಿಲ್ಲೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} block</source>
        <translation>{count} ಬ್ಲಾಕ್</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} blocks</source>
        <translation>{count} ಬ್ಲಾಕ್‌ಗಳು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} cluster</source>
        <translation>{count} ಕ್ಲಸ್ಟರ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} clusters</source>
        <translation>{count} ಕ್ಲಸ್ಟರ್‌ಗಳು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} school</source>
        <translation>{count} ಶಾಲೆ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} schools</source>
        <translation>{count} ಶಾಲೆಗಳು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing yet</source>
        <translation>ಇನ್ನೂ ಏನೂ ಇಲ್ಲ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the whole district, or the blocks, clusters or schools covered.</source>
        <translation>ಇಡೀ ಜಿಲ್ಲೆಯನ್ನು, ಅಥವಾ ಒಳಗೊಂಡಿರುವ ಬ್ಲಾಕ್‌ಗಳು, ಕ್ಲಸ್ಟರ್‌ಗಳು ಅಥವಾ ಶಾಲೆಗಳನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the district of the issuing office first (Offices page).</source>
        <translation>ಮೊದಲು ಹೊರಡಿಸುವ ಕಚೇರಿಯ ಜಿಲ್ಲೆಯನ್ನು ನಿಗದಿಪಡಿಸಿ (&apos;ಕಚೇರಿಗಳು&apos; ಪುಟ).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>block {name}</source>
        <translation>{name} ಬ್ಲಾಕ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cluster {name}</source>
        <translation>{name} ಕ್ಲಸ್ಟರ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>school {name}</source>
        <translation>{name} ಶಾಲೆ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} of the chosen units no longer exist; choose again.</source>
        <translation>ಆಯ್ಕೆಮಾಡಿದ ಘಟಕಗಳಲ್ಲಿ {count} ಈಗ ಅಸ್ತಿತ್ವದಲ್ಲಿಲ್ಲ; ಮತ್ತೆ ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the office&apos;s district</source>
        <translation>ಕಚೇರಿಯ ಜಿಲ್ಲೆ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{units} and {count} more</source>
        <translation>{units} ಮತ್ತು ಇನ್ನೂ {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside {district}: {units}. An MoU covers only its own district.</source>
        <translation>{district} ನ ಹೊರಗೆ: {units}. MoU ತನ್ನ ಜಿಲ್ಲೆಯನ್ನು ಮಾತ್ರ ಒಳಗೊಳ್ಳುತ್ತದೆ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/mous/lifecycle.py" line="-228"/>
        <source>MoU {reference} is {status}; it cannot become {target} (from {status} it can become: {allowed}).</source>
        <translation>MoU {reference} {status}; ಅದು {target} ಆಗಲು ಸಾಧ್ಯವಿಲ್ಲ ({status} ನಿಂದ ಅದು ಇವು ಆಗಬಹುದು: {allowed}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nothing else</source>
        <translation>ಬೇರೇನೂ ಇಲ್ಲ</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>MoU {reference} has no required signatory yet; add them first.</source>
        <translation>MoU {reference} ಗೆ ಇನ್ನೂ ಕಡ್ಡಾಯ ಸಹಿದಾರರಿಲ್ಲ; ಮೊದಲು ಅವರನ್ನು ಸೇರಿಸಿ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MoU {reference} is not signed yet by: {waiting}.</source>
        <translation>MoU {reference} ಗೆ ಇವರು ಇನ್ನೂ ಸಹಿ ಮಾಡಿಲ್ಲ: {waiting}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>MoU {reference} starts on {day}; it can be activated from that day.</source>
        <translation>MoU {reference} {day} ರಂದು ಆರಂಭವಾಗುತ್ತದೆ; ಆ ದಿನದಿಂದ ಅದನ್ನು ಜಾರಿಗೊಳಿಸಬಹುದು.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MoU {reference} ended on {day}; renew it instead of activating it.</source>
        <translation>MoU {reference} {day} ರಂದು ಮುಕ್ತಾಯವಾಗಿದೆ; ಜಾರಿಗೊಳಿಸುವ ಬದಲು ಅದನ್ನು ನವೀಕರಿಸಿ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Already active with the same partner, focus and schools: {mous}. Give a reason to activate this MoU as well.</source>
        <translation>ಅದೇ ಪಾಲುದಾರ ಸಂಸ್ಥೆ, ಕಾರ್ಯಕ್ಷೇತ್ರ ಮತ್ತು ಶಾಲೆಗಳೊಂದಿಗೆ ಈಗಾಗಲೇ ಜಾರಿಯಲ್ಲಿದೆ: {mous}. ಈ MoU ಅನ್ನೂ ಜಾರಿಗೊಳಿಸಲು ಕಾರಣ ನೀಡಿ.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Give the reason for terminating the MoU.</source>
        <translation>MoU ಅಂತ್ಯಗೊಳಿಸಲು ಕಾರಣ ನೀಡಿ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the date the MoU was terminated.</source>
        <translation>MoU ಅಂತ್ಯಗೊಳಿಸಿದ ದಿನಾಂಕ ನೀಡಿ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{day} is in the future; terminate on or before today.</source>
        <translation>{day} ಭವಿಷ್ಯದ ದಿನಾಂಕ; ಇಂದು ಅಥವಾ ಅದಕ್ಕಿಂತ ಮೊದಲು ಅಂತ್ಯಗೊಳಿಸಿ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+135"/>
        <source>{day} is outside the MoU&apos;s period ({start} to {end}).</source>
        <translation>{day} MoU ನ ಅವಧಿಯ ({start} ರಿಂದ {end}) ಹೊರಗಿದೆ.</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>MoU {reference} is {status}; only an active or expired MoU is renewed.</source>
        <translation>MoU {reference} {status}; ಜಾರಿಯಲ್ಲಿರುವ ಅಥವಾ ಅವಧಿ ಮುಗಿದ MoU ಅನ್ನು ಮಾತ್ರ ನವೀಕರಿಸಲಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../desktop/services/mous/register.py" line="-194"/>
        <location filename="../../desktop/services/mous/timeline_words.py" line="-11"/>
        <source>Reference number</source>
        <translation>ಉಲ್ಲೇಖ ಸಂಖ್ಯೆ</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../desktop/services/mous/register.py" line="+4"/>
        <source>Another MoU already has the reference {reference}.</source>
        <translation>ಇನ್ನೊಂದು MoU ಗೆ ಈಗಾಗಲೇ {reference} ಉಲ್ಲೇಖ ಸಂಖ್ಯೆ ಇದೆ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the start and end dates of the renewed MoU.</source>
        <translation>ನವೀಕರಿಸಿದ MoU ನ ಆರಂಭ ಮತ್ತು ಮುಕ್ತಾಯ ದಿನಾಂಕಗಳನ್ನು ನೀಡಿ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../desktop/services/mous/register.py" line="+26"/>
        <source>The MoU ends ({end}) before it starts ({start}).</source>
        <translation>MoU ಆರಂಭವಾಗುವ ({start}) ಮೊದಲೇ ಮುಕ್ತಾಯವಾಗುತ್ತದೆ ({end}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A renewal starts after the MoU it renews ({day}).</source>
        <translation>ನವೀಕರಣವು ಅದು ನವೀಕರಿಸುವ MoU ನ ನಂತರ ({day}) ಆರಂಭವಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>MoU {reference} is {status}; only a signed or active MoU is amended (edit the draft itself instead).</source>
        <translation>MoU {reference} {status}; ಸಹಿಯಾದ ಅಥವಾ ಜಾರಿಯಲ್ಲಿರುವ MoU ಗೆ ಮಾತ್ರ ತಿದ್ದುಪಡಿ ಮಾಡಲಾಗುತ್ತದೆ (ಬದಲಿಗೆ ಕರಡನ್ನೇ ಸಂಪಾದಿಸಿ).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MoU {reference} is {status}; only a signed or active MoU is amended.</source>
        <translation>MoU {reference} {status}; ಸಹಿಯಾದ ಅಥವಾ ಜಾರಿಯಲ್ಲಿರುವ MoU ಗೆ ಮಾತ್ರ ತಿದ್ದುಪಡಿ ಮಾಡಲಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the amendment changes</source>
        <translation>ತಿದ್ದುಪಡಿ ಏನನ್ನು ಬದಲಿಸುತ್ತದೆ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the date the amendment takes effect.</source>
        <translation>ತಿದ್ದುಪಡಿ ಜಾರಿಗೆ ಬರುವ ದಿನಾಂಕ ನೀಡಿ.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The new end date must not be before today or the start date.</source>
        <translation>ಹೊಸ ಮುಕ್ತಾಯ ದಿನಾಂಕ ಇಂದಿಗಿಂತ ಅಥವಾ ಆರಂಭ ದಿನಾಂಕಕ್ಕಿಂತ ಮೊದಲಿರಬಾರದು.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed on {day} is in the future.</source>
        <translation>ಸಹಿ ಮಾಡಿದ ದಿನಾಂಕ {day} ಭವಿಷ್ಯದಲ್ಲಿದೆ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/mous/listing.py" line="+212"/>
        <source>Ending within {days} days: {mous}</source>
        <translation>{days} ದಿನಗಳೊಳಗೆ ಮುಕ್ತಾಯವಾಗುವವು: {mous}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reference} (ended {day})</source>
        <translation>{reference} ({day} ರಂದು ಮುಕ್ತಾಯವಾಗಿದೆ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expired: {mous}</source>
        <translation>ಅವಧಿ ಮುಗಿದವು: {mous}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reference} (from {day})</source>
        <translation>{reference} ({day} ರಿಂದ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed but not yet active: {mous}</source>
        <translation>ಸಹಿಯಾಗಿದೆ ಆದರೆ ಇನ್ನೂ ಜಾರಿಯಾಗಿಲ್ಲ: {mous}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reference}: {obligation} (due {day})</source>
        <translation>{reference}: {obligation} (ಗಡುವು {day})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overdue obligations: {obligations} and {count} more</source>
        <translation>ಗಡುವು ಮೀರಿದ ಹೊಣೆಗಾರಿಕೆಗಳು: {obligations} ಮತ್ತು ಇನ್ನೂ {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue obligations: {obligations}</source>
        <translation>ಗಡುವು ಮೀರಿದ ಹೊಣೆಗಾರಿಕೆಗಳು: {obligations}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/mous/overlaps.py" line="+43"/>
        <source>{reference} (until {day}, {count} school in common)</source>
        <translation>{reference} ({day} ರವರೆಗೆ, {count} ಸಾಮಾನ್ಯ ಶಾಲೆ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reference} (until {day}, {count} schools in common)</source>
        <translation>{reference} ({day} ರವರೆಗೆ, {count} ಸಾಮಾನ್ಯ ಶಾಲೆಗಳು)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/mous/parts.py" line="+76"/>
        <source>Signatory {number}: name and designation are both needed.</source>
        <translation>ಸಹಿದಾರರು {number}: ಹೆಸರು ಮತ್ತು ಹುದ್ದೆ ಎರಡೂ ಅಗತ್ಯ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signatory {number}: the party must be the district or the partner.</source>
        <translation>ಸಹಿದಾರರು {number}: ಪಕ್ಷವು ಜಿಲ್ಲೆ ಅಥವಾ ಪಾಲುದಾರ ಸಂಸ್ಥೆ ಆಗಿರಬೇಕು.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signatory {number}</source>
        <translation>ಸಹಿದಾರರು {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{signatory}: signed on {day} is in the future.</source>
        <translation>{signatory}: ಸಹಿ ಮಾಡಿದ ದಿನಾಂಕ {day} ಭವಿಷ್ಯದಲ್ಲಿದೆ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{signatory}: signed on {day}, after the MoU ends ({end}).</source>
        <translation>{signatory}: {day} ರಂದು, MoU ಮುಕ್ತಾಯವಾದ ({end}) ನಂತರ ಸಹಿ ಮಾಡಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{signatory}: signed on {day}, more than {days} days before the MoU starts ({start}); check the year.</source>
        <translation>{signatory}: {day} ರಂದು, MoU ಆರಂಭಕ್ಕಿಂತ ({start}) {days} ದಿನಗಳಿಗಿಂತ ಹೆಚ್ಚು ಮೊದಲು ಸಹಿ ಮಾಡಲಾಗಿದೆ; ವರ್ಷವನ್ನು ಪರಿಶೀಲಿಸಿ.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Obligation {number}: say what is to be done.</source>
        <translation>ಹೊಣೆಗಾರಿಕೆ {number}: ಏನು ಮಾಡಬೇಕು ಎಂದು ತಿಳಿಸಿ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>party</source>
        <translation>ಪಕ್ಷ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>ಬಗೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>ಸ್ಥಿತಿ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Obligation {number}: unknown {what} &apos;{value}&apos;.</source>
        <translation>ಹೊಣೆಗಾರಿಕೆ {number}: ಅಪರಿಚಿತ {what} &apos;{value}&apos;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Obligation {number}: frequency must be one of {values}.</source>
        <translation>ಹೊಣೆಗಾರಿಕೆ {number}: ಆವರ್ತನ ಇವುಗಳಲ್ಲಿ ಒಂದಾಗಿರಬೇಕು: {values}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&apos;{category}&apos; is not a category of data the app can share.</source>
        <translation>&apos;{category}&apos; ತಂತ್ರಾಂಶ ಹಂಚಿಕೊಳ್ಳಬಹುದಾದ ದತ್ತಾಂಶ ವರ್ಗವಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{category} is listed twice.</source>
        <translation>{category} ಎರಡು ಬಾರಿ ಪಟ್ಟಿಯಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{category}: say for what purpose the partner receives it.</source>
        <translation>{category}: ಪಾಲುದಾರ ಸಂಸ್ಥೆ ಅದನ್ನು ಯಾವ ಉದ್ದೇಶಕ್ಕಾಗಿ ಪಡೆಯುತ್ತದೆ ಎಂದು ತಿಳಿಸಿ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{category}: the partner may keep data from 1 to {limit} months, not {months}.</source>
        <translation>{category}: ಪಾಲುದಾರ ಸಂಸ್ಥೆ ದತ್ತಾಂಶವನ್ನು 1 ರಿಂದ {limit} ತಿಂಗಳವರೆಗೆ ಇಟ್ಟುಕೊಳ್ಳಬಹುದು, {months} ಅಲ್ಲ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/mous/printing.py" line="-194"/>
        <source>There is no default MoU text in &apos;{language}&apos;.</source>
        <translation>&apos;{language}&apos; ನಲ್ಲಿ ಪೂರ್ವನಿಯೋಜಿತ MoU ಪಠ್ಯ ಇಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>MoU text, {problem}</source>
        <translation>MoU ಪಠ್ಯ, {problem}</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>The MoU authorisation letter is available in {names}.</source>
        <translation>MoU ಅನುಮತಿ ಪತ್ರ {names} ನಲ್ಲಿ ಲಭ್ಯವಿದೆ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MoU {reference} is {status}; schools are sent an authorisation letter only once the MoU is signed or active.</source>
        <translation>MoU {reference} {status}; MoU ಸಹಿಯಾದ ಅಥವಾ ಜಾರಿಯಾದ ನಂತರವೇ ಶಾಲೆಗಳಿಗೆ ಅನುಮತಿ ಪತ್ರ ಕಳುಹಿಸಲಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>MoU {reference} covers no school today; there is no one to write to.</source>
        <translation>MoU {reference} ಇಂದು ಯಾವುದೇ ಶಾಲೆಯನ್ನು ಒಳಗೊಂಡಿಲ್ಲ; ಪತ್ರ ಬರೆಯಲು ಯಾರೂ ಇಲ್ಲ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/mous/register.py" line="-22"/>
        <location filename="../../desktop/services/mous/timeline_words.py" line="+1"/>
        <location line="+60"/>
        <source>Title</source>
        <translation>ಶೀರ್ಷಿಕೆ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the office that signs for the district.</source>
        <translation>ಜಿಲ್ಲೆಯ ಪರವಾಗಿ ಸಹಿ ಮಾಡುವ ಕಚೇರಿಯನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one partner organisation.</source>
        <translation>ಕನಿಷ್ಠ ಒಂದು ಪಾಲುದಾರ ಸಂಸ್ಥೆಯನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A chosen partner organisation no longer exists; choose again.</source>
        <translation>ಆಯ್ಕೆಮಾಡಿದ ಒಂದು ಪಾಲುದಾರ ಸಂಸ್ಥೆ ಈಗ ಅಸ್ತಿತ್ವದಲ್ಲಿಲ್ಲ; ಮತ್ತೆ ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the focus intervention.</source>
        <translation>ಕಾರ್ಯಕ್ಷೇತ್ರದ ಚಟುವಟಿಕೆಯನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/services/mous/timeline_words.py" line="-57"/>
        <source>Focus</source>
        <translation>ಕಾರ್ಯಕ್ಷೇತ್ರ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe the focus intervention.</source>
        <translation>ಕಾರ್ಯಕ್ಷೇತ್ರದ ಚಟುವಟಿಕೆಯನ್ನು ವಿವರಿಸಿ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start date is required.</source>
        <translation>ಆರಂಭ ದಿನಾಂಕ ಕಡ್ಡಾಯ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End date is required.</source>
        <translation>ಮುಕ್ತಾಯ ದಿನಾಂಕ ಕಡ್ಡಾಯ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The chosen nodal officer no longer exists.</source>
        <translation>ಆಯ್ಕೆಮಾಡಿದ ನೋಡಲ್ ಅಧಿಕಾರಿ ಈಗ ಅಸ್ತಿತ್ವದಲ್ಲಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the amount of funding in rupees, or mark the MoU non-financial.</source>
        <translation>ಅನುದಾನದ ಮೊತ್ತವನ್ನು ರೂಪಾಯಿಗಳಲ್ಲಿ ನೀಡಿ, ಅಥವಾ MoU ಅನ್ನು ಆರ್ಥಿಕವಲ್ಲದ ಎಂದು ಗುರುತಿಸಿ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language must be one of {values}.</source>
        <translation>ಭಾಷೆ ಇವುಗಳಲ್ಲಿ ಒಂದಾಗಿರಬೇಕು: {values}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../desktop/services/mous/timeline_words.py" line="+2"/>
        <source>Objectives</source>
        <translation>ಉದ್ದೇಶಗಳು</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>MoU {reference} is {status}; its terms change only through an amendment.</source>
        <translation>MoU {reference} {status}; ಅದರ ಷರತ್ತುಗಳು ತಿದ್ದುಪಡಿಯ ಮೂಲಕ ಮಾತ್ರ ಬದಲಾಗುತ್ತವೆ.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>MoU {reference} is {status}; its obligations are closed.</source>
        <translation>MoU {reference} {status}; ಅದರ ಹೊಣೆಗಾರಿಕೆಗಳು ಮುಕ್ತಾಯಗೊಂಡಿವೆ.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>MoU {reference} is {status}; only drafts can be deleted.</source>
        <translation>MoU {reference} {status}; ಕರಡುಗಳನ್ನು ಮಾತ್ರ ಅಳಿಸಬಹುದು.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MoU {reference} has been renewed; it stays on record.</source>
        <translation>MoU {reference} ಅನ್ನು ನವೀಕರಿಸಲಾಗಿದೆ; ಅದು ದಾಖಲೆಯಲ್ಲಿ ಉಳಿಯುತ್ತದೆ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/mous/reports.py" line="+164"/>
        <source>Save the register as a .pdf or an .xlsx file.</source>
        <translation>ವಹಿಯನ್ನು .pdf ಅಥವಾ .xlsx ಕಡತವಾಗಿ ಉಳಿಸಿ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/mous/usage.py" line="+21"/>
        <source>{name} is covered by {count} MoU ({references}); it stays on record while they do.</source>
        <translation>{name}, {count} MoU ನ ವ್ಯಾಪ್ತಿಯಲ್ಲಿದೆ ({references}); ಅವು ಇರುವವರೆಗೆ ಇದು ದಾಖಲೆಯಲ್ಲಿ ಉಳಿಯುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is covered by {count} MoUs ({references}); it stays on record while they do.</source>
        <translation>{name}, {count} MoUಗಳ ವ್ಯಾಪ್ತಿಯಲ್ಲಿದೆ ({references}); ಅವು ಇರುವವರೆಗೆ ಇದು ದಾಖಲೆಯಲ್ಲಿ ಉಳಿಯುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is a party to {count} MoU ({references}); it stays on record while they do.</source>
        <translation>{name}, {count} MoU ನಲ್ಲಿ ಪಕ್ಷವಾಗಿದೆ ({references}); ಅವು ಇರುವವರೆಗೆ ಇದು ದಾಖಲೆಯಲ್ಲಿ ಉಳಿಯುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is a party to {count} MoUs ({references}); it stays on record while they do.</source>
        <translation>{name}, {count} MoUಗಳಲ್ಲಿ ಪಕ್ಷವಾಗಿದೆ ({references}); ಅವು ಇರುವವರೆಗೆ ಇದು ದಾಖಲೆಯಲ್ಲಿ ಉಳಿಯುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} signs for the district in {count} MoU ({references}); it stays on record while they do.</source>
        <translation>{name}, {count} MoU ನಲ್ಲಿ ಜಿಲ್ಲೆಯ ಪರವಾಗಿ ಸಹಿ ಮಾಡುತ್ತದೆ ({references}); ಅವು ಇರುವವರೆಗೆ ಇದು ದಾಖಲೆಯಲ್ಲಿ ಉಳಿಯುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} signs for the district in {count} MoUs ({references}); it stays on record while they do.</source>
        <translation>{name}, {count} MoUಗಳಲ್ಲಿ ಜಿಲ್ಲೆಯ ಪರವಾಗಿ ಸಹಿ ಮಾಡುತ್ತದೆ ({references}); ಅವು ಇರುವವರೆಗೆ ಇದು ದಾಖಲೆಯಲ್ಲಿ ಉಳಿಯುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is the nodal officer of {count} MoU ({references}); it stays on record while they do.</source>
        <translation>{name}, {count} MoU ನ ನೋಡಲ್ ಅಧಿಕಾರಿ ({references}); ಅವು ಇರುವವರೆಗೆ ಇದು ದಾಖಲೆಯಲ್ಲಿ ಉಳಿಯುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is the nodal officer of {count} MoUs ({references}); it stays on record while they do.</source>
        <translation>{name}, {count} MoUಗಳ ನೋಡಲ್ ಅಧಿಕಾರಿ ({references}); ಅವು ಇರುವವರೆಗೆ ಇದು ದಾಖಲೆಯಲ್ಲಿ ಉಳಿಯುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{references} and {count} more</source>
        <translation>{references} ಮತ್ತು ಇನ್ನೂ {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/mous/vocabulary.py" line="+11"/>
        <source>Foundational literacy and numeracy (FLN)</source>
        <translation>ಮೂಲಭೂತ ಸಾಕ್ಷರತೆ ಮತ್ತು ಸಂಖ್ಯಾಜ್ಞಾನ (FLN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School leadership development</source>
        <translation>ಶಾಲಾ ನಾಯಕತ್ವ ಅಭಿವೃದ್ಧಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teacher professional development</source>
        <translation>ಶಿಕ್ಷಕರ ವೃತ್ತಿಪರ ಅಭಿವೃದ್ಧಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community engagement</source>
        <translation>ಸಮುದಾಯದ ಸಹಭಾಗಿತ್ವ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other (described)</source>
        <translation>ಇತರೆ (ವಿವರಿಸಿದ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft</source>
        <translation>ಕರಡು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under review</source>
        <translation>ಪರಿಶೀಲನೆಯಲ್ಲಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>ಸಹಿಯಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>ಜಾರಿಯಲ್ಲಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>ಅವಧಿ ಮುಗಿದಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminated</source>
        <translation>ಅಂತ್ಯಗೊಳಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The district</source>
        <translation>ಜಿಲ್ಲೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The partner</source>
        <translation>ಪಾಲುದಾರ ಸಂಸ್ಥೆ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Responsibility</source>
        <translation>ಜವಾಬ್ದಾರಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliverable</source>
        <translation>ನೀಡಬೇಕಾದ ಫಲಿತಾಂಶ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pending</source>
        <translation>ಬಾಕಿ ಇದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>ಪ್ರಗತಿಯಲ್ಲಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>ಪೂರ್ಣಗೊಂಡಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>ಕೈಬಿಡಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Once</source>
        <translation>ಒಮ್ಮೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>ಮಾಸಿಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarterly</source>
        <translation>ತ್ರೈಮಾಸಿಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half-yearly</source>
        <translation>ಅರ್ಧವಾರ್ಷಿಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly</source>
        <translation>ವಾರ್ಷಿಕ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>School directory (names, UDISE codes, location, management)</source>
        <translation>ಶಾಲಾ ಪಟ್ಟಿ (ಹೆಸರುಗಳು, UDISE ಕೋಡ್‌ಗಳು, ಸ್ಥಳ, ಆಡಳಿತ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>School-level indicators (enrolment, attendance, teachers)</source>
        <translation>ಶಾಲಾ ಮಟ್ಟದ ಸೂಚಕಗಳು (ದಾಖಲಾತಿ, ಹಾಜರಾತಿ, ಶಿಕ್ಷಕರು)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aggregated assessment results (by school, cluster, block)</source>
        <translation>ಒಟ್ಟುಗೂಡಿಸಿದ ಮೌಲ್ಯಮಾಪನ ಫಲಿತಾಂಶಗಳು (ಶಾಲೆ, ಕ್ಲಸ್ಟರ್, ಬ್ಲಾಕ್‌ವಾರು)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pseudonymised student-level assessment results</source>
        <translation>ಗುಪ್ತನಾಮೀಕೃತ ವಿದ್ಯಾರ್ಥಿವಾರು ಮೌಲ್ಯಮಾಪನ ಫಲಿತಾಂಶಗಳು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact details of officials</source>
        <translation>ಅಧಿಕಾರಿಗಳ ಸಂಪರ್ಕ ವಿವರಗಳು</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed copy</source>
        <translation>ಸಹಿ ಮಾಡಿದ ಪ್ರತಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annexure</source>
        <translation>ಅನುಬಂಧ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>ಇತರೆ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_tables.py" line="+24"/>
        <source>District</source>
        <translation>ಜಿಲ್ಲೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>ಪಾಲುದಾರ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/mous/timeline_words.py" line="-36"/>
        <source>MoU created</source>
        <translation>MoU ರಚಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MoU changed</source>
        <translation>MoU ಬದಲಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MoU deleted</source>
        <translation>MoU ಅಳಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner added</source>
        <translation>ಪಾಲುದಾರ ಸಂಸ್ಥೆಯನ್ನು ಸೇರಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner changed</source>
        <translation>ಪಾಲುದಾರ ಸಂಸ್ಥೆಯನ್ನು ಬದಲಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner removed</source>
        <translation>ಪಾಲುದಾರ ಸಂಸ್ಥೆಯನ್ನು ತೆಗೆದುಹಾಕಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added to the coverage</source>
        <translation>ವ್ಯಾಪ್ತಿಗೆ ಸೇರಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage changed</source>
        <translation>ವ್ಯಾಪ್ತಿಯನ್ನು ಬದಲಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed from the coverage</source>
        <translation>ವ್ಯಾಪ್ತಿಯಿಂದ ತೆಗೆದುಹಾಕಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory added</source>
        <translation>ಸಹಿದಾರರನ್ನು ಸೇರಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory changed</source>
        <translation>ಸಹಿದಾರರ ವಿವರ ಬದಲಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory removed</source>
        <translation>ಸಹಿದಾರರನ್ನು ತೆಗೆದುಹಾಕಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obligation added</source>
        <translation>ಹೊಣೆಗಾರಿಕೆ ಸೇರಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obligation changed</source>
        <translation>ಹೊಣೆಗಾರಿಕೆ ಬದಲಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obligation removed</source>
        <translation>ಹೊಣೆಗಾರಿಕೆ ತೆಗೆದುಹಾಕಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-sharing term added</source>
        <translation>ದತ್ತಾಂಶ ಹಂಚಿಕೆಯ ಷರತ್ತು ಸೇರಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-sharing term changed</source>
        <translation>ದತ್ತಾಂಶ ಹಂಚಿಕೆಯ ಷರತ್ತು ಬದಲಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-sharing term removed</source>
        <translation>ದತ್ತಾಂಶ ಹಂಚಿಕೆಯ ಷರತ್ತು ತೆಗೆದುಹಾಕಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amendment added</source>
        <translation>ತಿದ್ದುಪಡಿ ಸೇರಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amendment changed</source>
        <translation>ತಿದ್ದುಪಡಿ ಬದಲಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amendment removed</source>
        <translation>ತಿದ್ದುಪಡಿ ತೆಗೆದುಹಾಕಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned copy attached</source>
        <translation>ಸ್ಕ್ಯಾನ್ ಪ್ರತಿ ಲಗತ್ತಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned copy changed</source>
        <translation>ಸ್ಕ್ಯಾನ್ ಪ್ರತಿ ಬದಲಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned copy removed</source>
        <translation>ಸ್ಕ್ಯಾನ್ ಪ್ರತಿ ತೆಗೆದುಹಾಕಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>District office</source>
        <translation>ಜಿಲ್ಲಾ ಕಚೇರಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nodal officer</source>
        <translation>ನೋಡಲ್ ಅಧಿಕಾರಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe the focus</source>
        <translation>ಕಾರ್ಯಕ್ಷೇತ್ರವನ್ನು ವಿವರಿಸಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts on</source>
        <translation>ಆರಂಭ ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends on</source>
        <translation>ಮುಕ್ತಾಯ ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funded</source>
        <translation>ಅನುದಾನಿತ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding</source>
        <translation>ಅನುದಾನ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+31"/>
        <source>Status</source>
        <translation>ಸ್ಥಿತಿ</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Status changed on</source>
        <translation>ಸ್ಥಿತಿ ಬದಲಾದ ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminated on</source>
        <translation>ಅಂತ್ಯಗೊಳಿಸಿದ ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for terminating</source>
        <translation>ಅಂತ್ಯಗೊಳಿಸಲು ಕಾರಣ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why both overlapping MoUs are needed</source>
        <translation>ಅತಿಕ್ರಮಿಸುವ ಎರಡೂ MoUಗಳು ಏಕೆ ಬೇಕು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renews</source>
        <translation>ನವೀಕರಿಸಲಾದ ಹಿಂದಿನ MoU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the MoU</source>
        <translation>MoU ಭಾಷೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text of the MoU</source>
        <translation>MoU ಪಠ್ಯ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner organisation</source>
        <translation>ಪಾಲುದಾರ ಸಂಸ್ಥೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block</source>
        <translation>ಬ್ಲಾಕ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster</source>
        <translation>ಕ್ಲಸ್ಟರ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School</source>
        <translation>ಶಾಲೆ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Designation</source>
        <translation>ಹುದ್ದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs for</source>
        <translation>ಯಾರ ಪರವಾಗಿ ಸಹಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which partner</source>
        <translation>ಯಾವ ಪಾಲುದಾರ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>ಕಡ್ಡಾಯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date signed</source>
        <translation>ಸಹಿ ಮಾಡಿದ ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Party</source>
        <translation>ಪಕ್ಷ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Kind</source>
        <translation>ಬಗೆ</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>What is to be done</source>
        <translation>ಮಾಡಬೇಕಾದ ಕೆಲಸ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>ಜವಾಬ್ದಾರರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due by</source>
        <translation>ಗಡುವು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often</source>
        <translation>ಎಷ್ಟು ಬಾರಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator and target</source>
        <translation>ಸೂಚಕ ಮತ್ತು ಗುರಿ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The partner may receive</source>
        <translation>ಪಾಲುದಾರ ಸಂಸ್ಥೆ ಪಡೆಯಬಹುದಾದುದು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For what purpose</source>
        <translation>ಯಾವ ಉದ್ದೇಶಕ್ಕಾಗಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it for</source>
        <translation>ಇಟ್ಟುಕೊಳ್ಳುವ ಅವಧಿ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version</source>
        <translation>ಆವೃತ್ತಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes effect on</source>
        <translation>ಜಾರಿಗೆ ಬರುವ ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed on</source>
        <translation>ಸಹಿ ಮಾಡಿದ ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it changes</source>
        <translation>ಏನನ್ನು ಬದಲಿಸುತ್ತದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text of the amendment</source>
        <translation>ತಿದ್ದುಪಡಿಯ ಪಠ್ಯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes the end date to</source>
        <translation>ಹೊಸ ಮುಕ್ತಾಯ ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous end date</source>
        <translation>ಹಿಂದಿನ ಮುಕ್ತಾಯ ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>ಕಡತ</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>{count} month</source>
        <translation>{count} ತಿಂಗಳು</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} months</source>
        <translation>{count} ತಿಂಗಳು</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yes</source>
        <translation>ಹೌದು</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>ಇಲ್ಲ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{field} changed</source>
        <translation>{field} ಬದಲಾಗಿದೆ</translation>
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
        <translation>ಕ್ಯಾಲೆಂಡರ್ ಯಾರ ಕೆಲಸದ ದಿನಗಳು ಮತ್ತು ಸಭೆಗಳನ್ನು ತೋರಿಸುತ್ತದೆ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Calendar of:</source>
        <translation>ಕ್ಯಾಲೆಂಡರ್:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Scheduled</source>
        <translation>ನಿಗದಿಯಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not held, day passed</source>
        <translation>ದಿನ ಕಳೆದರೂ ನಡೆದಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>ನಡೆದಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes drafted</source>
        <translation>ನಡಾವಳಿ ಕರಡು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes approved</source>
        <translation>ನಡಾವಳಿ ಅನುಮೋದಿತ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>ರದ್ದಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grey: day off</source>
        <translation>ಬೂದು ಬಣ್ಣ: ರಜಾ ದಿನ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Every office (Sundays, 2nd and 4th Saturdays off)</source>
        <translation>ಎಲ್ಲಾ ಕಚೇರಿಗಳು (ಭಾನುವಾರ, 2ನೇ ಮತ್ತು 4ನೇ ಶನಿವಾರ ರಜೆ)</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%s meetings</source>
        <translation>%s ಸಭೆಗಳು</translation>
    </message>
</context>
<context>
    <name>MonthChooser</name>
    <message>
        <location line="-299"/>
        <source>Previous month</source>
        <translation>ಹಿಂದಿನ ತಿಂಗಳು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next month</source>
        <translation>ಮುಂದಿನ ತಿಂಗಳು</translation>
    </message>
</context>
<context>
    <name>MouDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_dialog.py" line="+76"/>
        <source>New MoU</source>
        <translation>ಹೊಸ MoU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MoU %(reference)s — %(status)s</source>
        <translation>MoU %(reference)s — %(status)s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Details</source>
        <translation>ವಿವರಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage</source>
        <translation>ವ್ಯಾಪ್ತಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatories</source>
        <translation>ಸಹಿದಾರರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obligations</source>
        <translation>ಹೊಣೆಗಾರಿಕೆಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data sharing</source>
        <translation>ದತ್ತಾಂಶ ಹಂಚಿಕೆ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attachments</source>
        <translation>ಲಗತ್ತುಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>ಘಟನಾವಳಿ</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Text of the MoU</source>
        <translation>MoU ಪಠ್ಯ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reference number</source>
        <translation>ಉಲ್ಲೇಖ ಸಂಖ್ಯೆ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. DDPI/KVD/MOU/2026/01</source>
        <translation>ಉದಾ: DDPI/KVD/MOU/2026/01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>ಶೀರ್ಷಿಕೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District office</source>
        <translation>ಜಿಲ್ಲಾ ಕಚೇರಿ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nodal officer</source>
        <translation>ನೋಡಲ್ ಅಧಿಕಾರಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner organisations</source>
        <translation>ಪಾಲುದಾರ ಸಂಸ್ಥೆಗಳು</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Focus</source>
        <translation>ಕಾರ್ಯಕ್ಷೇತ್ರ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the focus</source>
        <translation>ಕಾರ್ಯಕ್ಷೇತ್ರವನ್ನು ವಿವರಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts on</source>
        <translation>ಆರಂಭ ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends on</source>
        <translation>ಮುಕ್ತಾಯ ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funding</source>
        <translation>ಅನುದಾನ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the MoU</source>
        <translation>MoU ಭಾಷೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objectives</source>
        <translation>ಉದ್ದೇಶಗಳು</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The clauses as they are to be printed. A line each; &apos;- &apos; for bullets, &apos;1. &apos; for numbered clauses, *bold* and _italic_.</source>
        <translation>ಮುದ್ರಿಸಬೇಕಾದ ರೂಪದಲ್ಲಿ ಷರತ್ತುಗಳು. ಪ್ರತಿ ಷರತ್ತಿಗೆ ಒಂದು ಸಾಲು; ಬುಲೆಟ್‌ಗೆ &apos;- &apos;, ಸಂಖ್ಯೆಯ ಷರತ್ತಿಗೆ &apos;1. &apos;, *ದಪ್ಪ* ಮತ್ತು _ಓರೆ_ ಅಕ್ಷರ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+28"/>
        <source>Use the standard text</source>
        <translation>ಪ್ರಮಾಣಿತ ಪಠ್ಯ ಬಳಸಿ</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The district&apos;s standard clauses in the language chosen, to adapt</source>
        <translation>ಆಯ್ಕೆಮಾಡಿದ ಭಾಷೆಯಲ್ಲಿ ಜಿಲ್ಲೆಯ ಪ್ರಮಾಣಿತ ಷರತ್ತುಗಳು, ಅಗತ್ಯಕ್ಕೆ ತಕ್ಕಂತೆ ಬದಲಿಸಲು</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Replace the text written so far with the standard clauses?</source>
        <translation>ಇಲ್ಲಿಯವರೆಗೆ ಬರೆದ ಪಠ್ಯವನ್ನು ಪ್ರಮಾಣಿತ ಷರತ್ತುಗಳಿಂದ ಬದಲಿಸಬೇಕೇ?</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>“%s” is not in the list of people: choose from the list, or leave it empty.</source>
        <translation>“%s” ವ್ಯಕ್ತಿಗಳ ಪಟ್ಟಿಯಲ್ಲಿ ಇಲ್ಲ: ಪಟ್ಟಿಯಿಂದ ಆಯ್ಕೆಮಾಡಿ, ಅಥವಾ ಖಾಲಿ ಬಿಡಿ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the amount in whole rupees, e.g. 12,50,000.</source>
        <translation>ಮೊತ್ತವನ್ನು ಪೂರ್ಣ ರೂಪಾಯಿಗಳಲ್ಲಿ ಬರೆಯಿರಿ, ಉದಾ: 12,50,000.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This database is open read-only: nothing can be saved.</source>
        <translation>ಈ ಡೇಟಾಬೇಸ್ ಓದಲು ಮಾತ್ರ ತೆರೆಯಲಾಗಿದೆ: ಏನನ್ನೂ ಉಳಿಸಲಾಗುವುದಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This MoU is %s: it is kept on record as it was, and nothing in it changes.</source>
        <translation>ಈ MoU ನ ಸ್ಥಿತಿ: %s. ಇದ್ದಂತೆಯೇ ದಾಖಲೆಯಲ್ಲಿ ಉಳಿಸಲಾಗಿದೆ; ಇದರಲ್ಲಿ ಏನೂ ಬದಲಾಗುವುದಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed MoUs change only through an amendment (on the MoU page). Here you can update the obligations and attach scanned copies.</source>
        <translation>ಸಹಿಯಾದ MoU ಅನ್ನು ತಿದ್ದುಪಡಿಯ ಮೂಲಕ ಮಾತ್ರ ಬದಲಿಸಬಹುದು (&apos;MoUಗಳು&apos; ಪುಟದಲ್ಲಿ). ಇಲ್ಲಿ ಹೊಣೆಗಾರಿಕೆಗಳನ್ನು ನವೀಕರಿಸಬಹುದು ಮತ್ತು ಸ್ಕ್ಯಾನ್ ಪ್ರತಿಗಳನ್ನು ಲಗತ್ತಿಸಬಹುದು.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Close</source>
        <translation>ಮುಚ್ಚಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save obligations</source>
        <translation>ಹೊಣೆಗಾರಿಕೆಗಳನ್ನು ಉಳಿಸಿ</translation>
    </message>
</context>
<context>
    <name>MouPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/export_mou_page.py" line="+62"/>
        <source>Choose the MoU</source>
        <translation>MoU ಆಯ್ಕೆಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A package holds only what the MoU&apos;s data-sharing terms allow, about the schools it covers. Only an active MoU can export.</source>
        <translation>ಪ್ಯಾಕೇಜ್‌ನಲ್ಲಿ MoU ನ ದತ್ತಾಂಶ ಹಂಚಿಕೆ ಷರತ್ತುಗಳು ಅನುಮತಿಸುವುದು ಮಾತ್ರ, ಅದರ ವ್ಯಾಪ್ತಿಯ ಶಾಲೆಗಳ ಕುರಿತು ಮಾತ್ರ ಇರುತ್ತದೆ. ಜಾರಿಯಲ್ಲಿರುವ MoU ಮಾತ್ರ ರಫ್ತು ಮಾಡಬಹುದು.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search by reference, title, partner or office</source>
        <translation>ಉಲ್ಲೇಖ ಸಂಖ್ಯೆ, ಶೀರ್ಷಿಕೆ, ಪಾಲುದಾರ ಸಂಸ್ಥೆ ಅಥವಾ ಕಚೇರಿಯ ಮೂಲಕ ಹುಡುಕಿ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Search:</source>
        <translation>ಹುಡುಕಿ(&amp;S):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reference</source>
        <translation>ಉಲ್ಲೇಖ ಸಂಖ್ಯೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>ಪಾಲುದಾರ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>ಶೀರ್ಷಿಕೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>ಸ್ಥಿತಿ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Valid until</source>
        <translation>ಮಾನ್ಯತೆ ಅವಧಿ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>MoUs</source>
        <translation>MoUಗಳು</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%(shown)d of %(total)d</source>
        <translation>%(total)d ರಲ್ಲಿ %(shown)d</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>MoU %(reference)s: %(title)s</source>
        <translation>MoU %(reference)s: %(title)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For: %s</source>
        <translation>ಯಾರಿಗೆ: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its terms allow %(categories)d categories of data about %(schools)s schools; the partner keeps them until %(date)s.</source>
        <translation>ಇದರ ಷರತ್ತುಗಳು %(schools)s ಶಾಲೆಗಳ ಕುರಿತು %(categories)d ವರ್ಗಗಳ ದತ್ತಾಂಶವನ್ನು ಅನುಮತಿಸುತ್ತವೆ; ಪಾಲುದಾರ ಸಂಸ್ಥೆ ಅವನ್ನು %(date)s ರವರೆಗೆ ಇಟ್ಟುಕೊಳ್ಳಬಹುದು.</translation>
    </message>
</context>
<context>
    <name>MousPage</name>
    <message>
        <location filename="../../desktop/ui/pages/mou_printing.py" line="+47"/>
        <source>Save the MoU</source>
        <translation>MoU ಉಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ಕಡತಗಳು (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printing the MoU</source>
        <translation>MoU ಮುದ್ರಿಸಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>Saved %s</source>
        <translation>ಉಳಿಸಲಾಗಿದೆ: %s</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Save the MoU register</source>
        <translation>MoU ವಹಿಯನ್ನು ಉಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Preparing the register</source>
        <translation>ವಹಿ ಸಿದ್ಧಪಡಿಸಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Authorisation letter</source>
        <translation>ಅನುಮತಿ ಪತ್ರ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/mous_page.py" line="+62"/>
        <source>Search by reference, title, partner or office</source>
        <translation>ಉಲ್ಲೇಖ ಸಂಖ್ಯೆ, ಶೀರ್ಷಿಕೆ, ಪಾಲುದಾರ ಸಂಸ್ಥೆ ಅಥವಾ ಕಚೇರಿಯ ಮೂಲಕ ಹುಡುಕಿ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any status</source>
        <translation>ಎಲ್ಲಾ ಸ್ಥಿತಿಗಳು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any partner</source>
        <translation>ಎಲ್ಲಾ ಪಾಲುದಾರರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any block</source>
        <translation>ಎಲ್ಲಾ ಬ್ಲಾಕ್‌ಗಳು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any focus</source>
        <translation>ಎಲ್ಲಾ ಕಾರ್ಯಕ್ಷೇತ್ರಗಳು</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>any end date</source>
        <translation>ಯಾವುದೇ ಮುಕ್ತಾಯ ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ending within %s days</source>
        <translation>%s ದಿನಗಳೊಳಗೆ ಮುಕ್ತಾಯವಾಗುವವು</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New MoU…</source>
        <translation>ಹೊಸ MoU…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>ತೆರೆಯಿರಿ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send for review</source>
        <translation>ಪರಿಶೀಲನೆಗೆ ಕಳುಹಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to draft</source>
        <translation>ಕರಡಿಗೆ ಹಿಂತಿರುಗಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark signed</source>
        <translation>ಸಹಿಯಾಗಿದೆ ಎಂದು ಗುರುತಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate</source>
        <translation>ಜಾರಿಗೊಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminate…</source>
        <translation>ಅಂತ್ಯಗೊಳಿಸಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renew…</source>
        <translation>ನವೀಕರಿಸಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amend…</source>
        <translation>ತಿದ್ದುಪಡಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+206"/>
        <source>Delete draft</source>
        <translation>ಕರಡು ಅಳಿಸಿ</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>MoU as PDF…</source>
        <translation>MoU PDF ರೂಪದಲ್ಲಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorisation letter…</source>
        <translation>ಅನುಮತಿ ಪತ್ರ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register report…</source>
        <translation>ವಹಿ ವರದಿ…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reference</source>
        <translation>ಉಲ್ಲೇಖ ಸಂಖ್ಯೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>ಶೀರ್ಷಿಕೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>ಪಾಲುದಾರ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus</source>
        <translation>ಕಾರ್ಯಕ್ಷೇತ್ರ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage</source>
        <translation>ವ್ಯಾಪ್ತಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts</source>
        <translation>ಆರಂಭ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ends</source>
        <translation>ಮುಕ್ತಾಯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>ಸ್ಥಿತಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days left</source>
        <translation>ಉಳಿದ ದಿನಗಳು</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue</source>
        <translation>ಗಡುವು ಮೀರಿದವು</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>MoUs</source>
        <translation>MoUಗಳು</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%(shown)s of %(total)s</source>
        <translation>%(total)s ರಲ್ಲಿ %(shown)s</translation>
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
        <translation>ಕರಡು MoU %s ಅನ್ನು ಅಳಿಸಬೇಕೇ? ಇದನ್ನು ಹಿಂಪಡೆಯಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
</context>
<context>
    <name>NewPersonForm</name>
    <message>
        <location filename="../../desktop/ui/dialogs/nomination_parts.py" line="+78"/>
        <source>Name</source>
        <translation>ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (regional)</source>
        <translation>ಹೆಸರು (ಸ್ಥಳೀಯ ಭಾಷೆ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. ರಮೇಶ್ ಕೆ</source>
        <translation>ಉದಾ: ರಮೇಶ್ ಕೆ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose or type</source>
        <translation>ಆಯ್ಕೆಮಾಡಿ ಅಥವಾ ಟೈಪ್ ಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Designation</source>
        <translation>ಹುದ್ದೆ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— not recorded —</source>
        <translation>— ದಾಖಲಿಸಿಲ್ಲ —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a school</source>
        <translation>ಶಾಲೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an office</source>
        <translation>ಕಚೇರಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an organisation</source>
        <translation>ಸಂಸ್ಥೆ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Works at</source>
        <translation>ಕಾರ್ಯಸ್ಥಳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School UDISE code</source>
        <translation>ಶಾಲೆಯ UDISE ಕೋಡ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>11 digits</source>
        <translation>11 ಅಂಕಿಗಳು</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office</source>
        <translation>ಕಚೇರಿ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation</source>
        <translation>ಸಂಸ್ಥೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>ದೂರವಾಣಿ</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No school has the UDISE code &apos;%s&apos;; type the school&apos;s 11 digits.</source>
        <translation>&apos;%s&apos; UDISE ಕೋಡ್ ಹೊಂದಿರುವ ಯಾವುದೇ ಶಾಲೆ ಇಲ್ಲ; ಶಾಲೆಯ 11 ಅಂಕಿಗಳನ್ನು ಟೈಪ್ ಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the UDISE code of the school the person works at.</source>
        <translation>ವ್ಯಕ್ತಿ ಕೆಲಸ ಮಾಡುವ ಶಾಲೆಯ UDISE ಕೋಡ್ ಟೈಪ್ ಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the office from the list.</source>
        <translation>ಪಟ್ಟಿಯಿಂದ ಕಚೇರಿಯನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the organisation from the list.</source>
        <translation>ಪಟ್ಟಿಯಿಂದ ಸಂಸ್ಥೆಯನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The new person</source>
        <translation>ಹೊಸ ವ್ಯಕ್ತಿ</translation>
    </message>
</context>
<context>
    <name>NominationDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/nomination_dialog.py" line="+93"/>
        <source>Nominee</source>
        <translation>ನಾಮನಿರ್ದೇಶಿತರು</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>— choose —</source>
        <translation>— ಆಯ್ಕೆಮಾಡಿ —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cate&amp;gory</source>
        <translation>ವಿಭಾಗ(&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nominated &amp;by</source>
        <translation>ನಾಮನಿರ್ದೇಶನ ಮಾಡಿದವರು(&amp;B)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the nominee did, and what changed because of it (figures, dates, places).</source>
        <translation>ನಾಮನಿರ್ದೇಶಿತರು ಏನು ಮಾಡಿದರು, ಅದರಿಂದ ಏನು ಬದಲಾಯಿತು (ಅಂಕಿಅಂಶಗಳು, ದಿನಾಂಕಗಳು, ಸ್ಥಳಗಳು).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Justification</source>
        <translation>ಸಮರ್ಥನೆ(&amp;J)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nominated &amp;on</source>
        <translation>ನಾಮನಿರ್ದೇಶನದ ದಿನಾಂಕ(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From data</source>
        <translation>ದತ್ತಾಂಶದಿಂದ</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Nominate for %s</source>
        <translation>%s ಗೆ ನಾಮನಿರ್ದೇಶನ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nomination of %(nominee)s — %(cycle)s</source>
        <translation>%(nominee)s ಅವರ ನಾಮನಿರ್ದೇಶನ — %(cycle)s</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This nomination is %(status)s (since %(date)s); it can be corrected only while Nominated or Shortlisted. Evidence can still be added.</source>
        <translation>ಈ ನಾಮನಿರ್ದೇಶನದ ಸ್ಥಿತಿ: %(status)s (%(date)s ರಿಂದ); &apos;ನಾಮನಿರ್ದೇಶಿತ&apos; ಅಥವಾ &apos;ಕಿರುಪಟ್ಟಿಯಲ್ಲಿ&apos; ಸ್ಥಿತಿಯಲ್ಲಿದ್ದಾಗ ಮಾತ್ರ ಇದನ್ನು ತಿದ್ದಬಹುದು. ಪುರಾವೆಗಳನ್ನು ಈಗಲೂ ಸೇರಿಸಬಹುದು.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%(length)d characters; write at least %(minimum)d.</source>
        <translation>%(length)d ಅಕ್ಷರಗಳು; ಕನಿಷ್ಠ %(minimum)d ಬರೆಯಿರಿ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%(length)d characters; at most %(maximum)d fit.</source>
        <translation>%(length)d ಅಕ್ಷರಗಳು; ಗರಿಷ್ಠ %(maximum)d ಮಾತ್ರ ಸಾಧ್ಯ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%(length)d characters (at least %(minimum)d, at most %(maximum)d).</source>
        <translation>%(length)d ಅಕ್ಷರಗಳು (ಕನಿಷ್ಠ %(minimum)d, ಗರಿಷ್ಠ %(maximum)d).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nominations are open %s.</source>
        <translation>ನಾಮನಿರ್ದೇಶನ ಅವಧಿ: %s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This date is outside that window.</source>
        <translation>ಈ ದಿನಾಂಕ ಆ ಅವಧಿಯ ಹೊರಗಿದೆ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/nomination_saving.py" line="+90"/>
        <source>Already nominated</source>
        <translation>ಈಗಾಗಲೇ ನಾಮನಿರ್ದೇಶನವಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge into the existing nomination?</source>
        <translation>ಈಗಿರುವ ನಾಮನಿರ್ದೇಶನದೊಂದಿಗೆ ವಿಲೀನಗೊಳಿಸಬೇಕೇ?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merged into the nomination of %(nominee)s made on %(date)s: this nominator and justification are added to it. Add evidence, or Close.</source>
        <translation>%(date)s ರಂದು ಮಾಡಿದ %(nominee)s ಅವರ ನಾಮನಿರ್ದೇಶನದೊಂದಿಗೆ ವಿಲೀನಗೊಳಿಸಲಾಗಿದೆ: ಈ ನಾಮನಿರ್ದೇಶಕರು ಮತ್ತು ಸಮರ್ಥನೆಯನ್ನು ಅದಕ್ಕೆ ಸೇರಿಸಲಾಗಿದೆ. ಪುರಾವೆ ಸೇರಿಸಿ, ಅಥವಾ &apos;ಮುಚ್ಚಿ&apos;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved: %s is nominated. Add photos or PDFs as evidence below, or Close.</source>
        <translation>ಉಳಿಸಲಾಗಿದೆ: %s ಅವರ ನಾಮನಿರ್ದೇಶನವಾಗಿದೆ. ಕೆಳಗೆ ಫೋಟೋಗಳು ಅಥವಾ PDFಗಳನ್ನು ಪುರಾವೆಯಾಗಿ ಸೇರಿಸಿ, ಅಥವಾ &apos;ಮುಚ್ಚಿ&apos;.</translation>
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
        <translation>ಬ್ಲಾಕ್ ಅಧಿಕಾರಿ</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Choose a cycle above, or add one on Programmes and cycles.</source>
        <translation>ಮೇಲೆ ಒಂದು ಆವೃತ್ತಿಯನ್ನು ಆಯ್ಕೆಮಾಡಿ, ಅಥವಾ &apos;ಕಾರ್ಯಕ್ರಮಗಳು ಮತ್ತು ಆವೃತ್ತಿಗಳು&apos; ಟ್ಯಾಬ್‌ನಲ್ಲಿ ಸೇರಿಸಿ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search nominee, nominator, category or place (English or ಕನ್ನಡ)</source>
        <translation>ನಾಮನಿರ್ದೇಶಿತರು, ನಾಮನಿರ್ದೇಶಕರು, ವಿಭಾಗ ಅಥವಾ ಸ್ಥಳದ ಮೂಲಕ ಹುಡುಕಿ (ಇಂಗ್ಲಿಷ್ ಅಥವಾ ಕನ್ನಡದಲ್ಲಿ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search nominations</source>
        <translation>ನಾಮನಿರ್ದೇಶನಗಳನ್ನು ಹುಡುಕಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any status</source>
        <translation>ಎಲ್ಲಾ ಸ್ಥಿತಿಗಳು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any kind</source>
        <translation>ಎಲ್ಲಾ ಬಗೆಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any category</source>
        <translation>ಎಲ್ಲಾ ವಿಭಾಗಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>Status</source>
        <translation>ಸ್ಥಿತಿ</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+28"/>
        <source>Kind</source>
        <translation>ಬಗೆ</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+30"/>
        <source>Category</source>
        <translation>ವಿಭಾಗ</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>&amp;Nominate…</source>
        <translation>ನಾಮನಿರ್ದೇಶಿಸಿ…(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>ಸಂಪಾದಿಸಿ…(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>ಅಳಿಸಿ(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw…</source>
        <translation>ಹಿಂಪಡೆಯಿರಿ…(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reinstate</source>
        <translation>ಮರುಸ್ಥಾಪಿಸಿ(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Su&amp;ggestions from data…</source>
        <translation>ದತ್ತಾಂಶದಿಂದ ಸಲಹೆಗಳು…(&amp;G)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clusters and schools that improved most between two assessment rounds</source>
        <translation>ಎರಡು ಮೌಲ್ಯಮಾಪನ ಸುತ್ತುಗಳ ನಡುವೆ ಅತಿ ಹೆಚ್ಚು ಸುಧಾರಿಸಿದ ಕ್ಲಸ್ಟರ್‌ಗಳು ಮತ್ತು ಶಾಲೆಗಳು</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nominee</source>
        <translation>ನಾಮನಿರ್ದೇಶಿತರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional name</source>
        <translation>ಸ್ಥಳೀಯ ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>ವಿವರ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block</source>
        <translation>ಬ್ಲಾಕ್</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nominated by</source>
        <translation>ನಾಮನಿರ್ದೇಶನ ಮಾಡಿದವರು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nominated on</source>
        <translation>ನಾಮನಿರ್ದೇಶನದ ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Evidence</source>
        <translation>ಪುರಾವೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>ಮೂಲ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>from data</source>
        <translation>ದತ್ತಾಂಶದಿಂದ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nominations</source>
        <translation>ನಾಮನಿರ್ದೇಶನಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a nomination to edit it or add evidence</source>
        <translation>ನಾಮನಿರ್ದೇಶನವನ್ನು ಸಂಪಾದಿಸಲು ಅಥವಾ ಪುರಾವೆ ಸೇರಿಸಲು ಅದನ್ನು ಡಬಲ್-ಕ್ಲಿಕ್ ಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%(shown)d of %(total)d</source>
        <translation>%(total)d ರಲ್ಲಿ %(shown)d</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>nomination</source>
        <translation>ನಾಮನಿರ್ದೇಶನ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nominations</source>
        <translation>ನಾಮನಿರ್ದೇಶನಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place</source>
        <translation>ಸ್ಥಾನ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>places</source>
        <translation>ಸ್ಥಾನಗಳು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (%d taken)</source>
        <translation> (%d ಭರ್ತಿ)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nominations open on %s</source>
        <translation>ನಾಮನಿರ್ದೇಶನ %s ರಂದು ಆರಂಭ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nominations open until %s</source>
        <translation>ನಾಮನಿರ್ದೇಶನ %s ರವರೆಗೆ ತೆರೆದಿದೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nominations closed on %(closes)s; review opens on %(opens)s</source>
        <translation>ನಾಮನಿರ್ದೇಶನ %(closes)s ರಂದು ಮುಕ್ತಾಯವಾಗಿದೆ; ಮೌಲ್ಯಮಾಪನ %(opens)s ರಂದು ಆರಂಭ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nominations closed · review open until %s</source>
        <translation>ನಾಮನಿರ್ದೇಶನ ಮುಕ್ತಾಯ · ಮೌಲ್ಯಮಾಪನ %s ರವರೆಗೆ ತೆರೆದಿದೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event today</source>
        <translation>ಇಂದು ಸಮಾರಂಭ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event held on %s</source>
        <translation>ಸಮಾರಂಭ %s ರಂದು ನಡೆದಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review closed, scores locked</source>
        <translation>ಮೌಲ್ಯಮಾಪನ ಮುಕ್ತಾಯ, ಅಂಕಗಳು ಅಂತಿಮ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition_nomination_actions.py" line="+58"/>
        <location line="+12"/>
        <source>Delete nomination</source>
        <translation>ನಾಮನಿರ್ದೇಶನ ಅಳಿಸಿ</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Delete the nomination of %s, with its evidence? Use this for a nomination made by mistake; otherwise withdraw it, which keeps it on record.</source>
        <translation>%s ಅವರ ನಾಮನಿರ್ದೇಶನವನ್ನು ಅದರ ಪುರಾವೆಗಳೊಂದಿಗೆ ಅಳಿಸಬೇಕೇ? ತಪ್ಪಾಗಿ ಮಾಡಿದ ನಾಮನಿರ್ದೇಶನಕ್ಕೆ ಮಾತ್ರ ಇದನ್ನು ಬಳಸಿ; ಇಲ್ಲದಿದ್ದರೆ ಅದನ್ನು ಹಿಂಪಡೆಯಿರಿ, ಆಗ ಅದು ದಾಖಲೆಯಲ್ಲಿ ಉಳಿಯುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The nomination of %s was deleted.</source>
        <translation>%s ಅವರ ನಾಮನಿರ್ದೇಶನವನ್ನು ಅಳಿಸಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+12"/>
        <source>Withdraw nomination</source>
        <translation>ನಾಮನಿರ್ದೇಶನ ಹಿಂಪಡೆಯಿರಿ</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Why is the nomination of %s withdrawn (declined, found ineligible, …)? It is kept on record.</source>
        <translation>%s ಅವರ ನಾಮನಿರ್ದೇಶನವನ್ನು ಏಕೆ ಹಿಂಪಡೆಯಲಾಗುತ್ತಿದೆ (ನಿರಾಕರಿಸಿದರು, ಅನರ್ಹರೆಂದು ಕಂಡುಬಂದಿದೆ, …)? ಅದು ದಾಖಲೆಯಲ್ಲಿ ಉಳಿಯುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The nomination of %(nominee)s was withdrawn on %(date)s.</source>
        <translation>%(nominee)s ಅವರ ನಾಮನಿರ್ದೇಶನವನ್ನು %(date)s ರಂದು ಹಿಂಪಡೆಯಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reinstate nomination</source>
        <translation>ನಾಮನಿರ್ದೇಶನ ಮರುಸ್ಥಾಪಿಸಿ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The nomination of %(nominee)s is back at Nominated (%(date)s).</source>
        <translation>%(nominee)s ಅವರ ನಾಮನಿರ್ದೇಶನ ಮತ್ತೆ &apos;ನಾಮನಿರ್ದೇಶಿತ&apos; ಸ್ಥಿತಿಗೆ ಬಂದಿದೆ (%(date)s).</translation>
    </message>
</context>
<context>
    <name>NominatorChooser</name>
    <message>
        <location filename="../../desktop/ui/dialogs/nomination_parts.py" line="+26"/>
        <source>Kind of nominator</source>
        <translation>ನಾಮನಿರ್ದೇಶಕರ ಬಗೆ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type part of the name, designation or office</source>
        <translation>ಹೆಸರು, ಹುದ್ದೆ ಅಥವಾ ಕಚೇರಿಯ ಭಾಗವನ್ನು ಟೈಪ್ ಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>“%(typed)s” is not in the list: choose the nominating %(what)s from the list.</source>
        <translation>“%(typed)s” ಪಟ್ಟಿಯಲ್ಲಿ ಇಲ್ಲ: ನಾಮನಿರ್ದೇಶಿಸುವ %(what)s ಅನ್ನು ಪಟ್ಟಿಯಿಂದ ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose who nominates: the nominating %s.</source>
        <translation>ಯಾರು ನಾಮನಿರ್ದೇಶಿಸುತ್ತಾರೆ ಎಂದು ಆಯ್ಕೆಮಾಡಿ: ನಾಮನಿರ್ದೇಶಿಸುವ %s.</translation>
    </message>
</context>
<context>
    <name>NomineeChooser</name>
    <message>
        <location filename="../../desktop/ui/dialogs/nominee_chooser.py" line="+36"/>
        <source>&amp;Person</source>
        <translation>ವ್ಯಕ್ತಿ(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;School</source>
        <translation>ಶಾಲೆ(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cl&amp;uster</source>
        <translation>ಕ್ಲಸ್ಟರ್(&amp;U)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Nominate a</source>
        <translation>ನಾಮನಿರ್ದೇಶನ:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%(programme)s recognises %(kinds)s only.</source>
        <translation>%(programme)s ಕೇವಲ %(kinds)s ಅವರನ್ನು ಪುರಸ್ಕರಿಸುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+181"/>
        <source>&amp;New person…</source>
        <translation>ಹೊಸ ವ್ಯಕ್ತಿ…(&amp;N)</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Add someone missing from the records with this nomination</source>
        <translation>ದಾಖಲೆಗಳಲ್ಲಿ ಇಲ್ಲದವರನ್ನು ಈ ನಾಮನಿರ್ದೇಶನದೊಂದಿಗೆ ಸೇರಿಸಿ</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+165"/>
        <source>Not in the records?</source>
        <translation>ದಾಖಲೆಗಳಲ್ಲಿ ಇಲ್ಲವೇ?</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>School name or 11-digit UDISE code</source>
        <translation>ಶಾಲೆಯ ಹೆಸರು ಅಥವಾ 11 ಅಂಕಿಯ UDISE ಕೋಡ್</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cluster or block name</source>
        <translation>ಕ್ಲಸ್ಟರ್ ಅಥವಾ ಬ್ಲಾಕ್ ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Choose the person nominated: search and tick them, or add a new person.</source>
        <translation>ನಾಮನಿರ್ದೇಶಿತ ವ್ಯಕ್ತಿಯನ್ನು ಆಯ್ಕೆಮಾಡಿ: ಹುಡುಕಿ ಗುರುತಿಸಿ, ಅಥವಾ ಹೊಸ ವ್ಯಕ್ತಿಯನ್ನು ಸೇರಿಸಿ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the school nominated: type its name or UDISE code and tick it.</source>
        <translation>ನಾಮನಿರ್ದೇಶಿತ ಶಾಲೆಯನ್ನು ಆಯ್ಕೆಮಾಡಿ: ಅದರ ಹೆಸರು ಅಥವಾ UDISE ಕೋಡ್ ಟೈಪ್ ಮಾಡಿ ಗುರುತಿಸಿ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the cluster nominated: type its name or its block&apos;s and tick it.</source>
        <translation>ನಾಮನಿರ್ದೇಶಿತ ಕ್ಲಸ್ಟರ್ ಅನ್ನು ಆಯ್ಕೆಮಾಡಿ: ಅದರ ಅಥವಾ ಅದರ ಬ್ಲಾಕ್‌ನ ಹೆಸರು ಟೈಪ್ ಮಾಡಿ ಗುರುತಿಸಿ.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Added to People with the nomination.</source>
        <translation>ನಾಮನಿರ್ದೇಶನದೊಂದಿಗೆ &apos;ವ್ಯಕ್ತಿಗಳು&apos; ಪಟ್ಟಿಗೆ ಸೇರಿಸಲಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose from the &amp;records</source>
        <translation>ದಾಖಲೆಗಳಿಂದ ಆಯ್ಕೆಮಾಡಿ(&amp;R)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%(name)s%(local)s, %(block)s block</source>
        <translation>%(name)s%(local)s, %(block)s ಬ್ಲಾಕ್</translation>
    </message>
</context>
<context>
    <name>NomineeSummary</name>
    <message>
        <location filename="../../desktop/ui/dialogs/nomination_parts.py" line="+37"/>
        <source>Status: %s</source>
        <translation>ಸ್ಥಿತಿ: %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Steps: %s</source>
        <translation>ಹಂತಗಳು: %s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Withdrawn because: %s</source>
        <translation>ಹಿಂಪಡೆಯಲು ಕಾರಣ: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selection reason: %s</source>
        <translation>ಆಯ್ಕೆಗೆ ಕಾರಣ: %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also nominated by %(nominator)s on %(date)s: %(justification)s</source>
        <translation>%(date)s ರಂದು %(nominator)s ಅವರೂ ನಾಮನಿರ್ದೇಶಿಸಿದ್ದಾರೆ: %(justification)s</translation>
    </message>
</context>
<context>
    <name>ObligationsTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_tables.py" line="+118"/>
        <source>Party</source>
        <translation>ಪಕ್ಷ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>ಬಗೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is to be done</source>
        <translation>ಮಾಡಬೇಕಾದ ಕೆಲಸ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>ಜವಾಬ್ದಾರರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due by</source>
        <translation>ಗಡುವು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often</source>
        <translation>ಎಷ್ಟು ಬಾರಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator and target</source>
        <translation>ಸೂಚಕ ಮತ್ತು ಗುರಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>ಸ್ಥಿತಿ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Responsibilities of each side, and deliverables with what is measured and the target (deliverables only). Status can be updated at any time while the MoU runs.</source>
        <translation>ಪ್ರತಿಯೊಂದು ಪಕ್ಷದ ಜವಾಬ್ದಾರಿಗಳು, ಮತ್ತು ಅಳೆಯುವ ಅಂಶ ಹಾಗೂ ಗುರಿಯೊಂದಿಗೆ ನೀಡಬೇಕಾದ ಫಲಿತಾಂಶಗಳು (ಫಲಿತಾಂಶಗಳಿಗೆ ಮಾತ್ರ). MoU ಜಾರಿಯಲ್ಲಿರುವಾಗ ಯಾವಾಗ ಬೇಕಾದರೂ ಸ್ಥಿತಿಯನ್ನು ನವೀಕರಿಸಬಹುದು.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add obligation</source>
        <translation>ಹೊಣೆಗಾರಿಕೆ ಸೇರಿಸಿ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no date</source>
        <translation>ದಿನಾಂಕ ಇಲ್ಲ</translation>
    </message>
</context>
<context>
    <name>OfficeCalendarDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/calendar_dialogs.py" line="+59"/>
        <source>Office calendar</source>
        <translation>ಕಚೇರಿ ಕ್ಯಾಲೆಂಡರ್</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Office</source>
        <translation>ಕಚೇರಿ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save days off</source>
        <translation>ರಜಾ ದಿನಗಳನ್ನು ಉಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days off every week</source>
        <translation>ಪ್ರತಿ ವಾರದ ರಜಾ ದಿನಗಳು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly offs:</source>
        <translation>ವಾರದ ರಜೆ:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saturdays off in the month:</source>
        <translation>ತಿಂಗಳಲ್ಲಿ ರಜೆಯಿರುವ ಶನಿವಾರಗಳು:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Date</source>
        <translation>ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day</source>
        <translation>ದಿನ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Holiday</source>
        <translation>ರಜೆ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add…</source>
        <translation>ಸೇರಿಸಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>ಸಂಪಾದಿಸಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>ಅಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from file…</source>
        <translation>ಕಡತದಿಂದ ಆಮದು ಮಾಡಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy to other offices…</source>
        <translation>ಇತರ ಕಚೇರಿಗಳಿಗೆ ನಕಲಿಸಿ…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Holidays</source>
        <translation>ರಜಾ ದಿನಗಳು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year</source>
        <translation>ವರ್ಷ</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Saved: %s</source>
        <translation>ಉಳಿಸಲಾಗಿದೆ: %s</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%(count)s holidays in %(year)s</source>
        <translation>%(year)s ರಲ್ಲಿ %(count)s ರಜಾ ದಿನಗಳು</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Days off saved: %s.</source>
        <translation>ರಜಾ ದಿನಗಳನ್ನು ಉಳಿಸಲಾಗಿದೆ: %s.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Delete holiday</source>
        <translation>ರಜೆಯನ್ನು ಅಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete %(name)s (%(date)s) from this office&apos;s calendar? Meetings already set on that day stay.</source>
        <translation>%(name)s (%(date)s) ರಜೆಯನ್ನು ಈ ಕಚೇರಿಯ ಕ್ಯಾಲೆಂಡರ್‌ನಿಂದ ಅಳಿಸಬೇಕೇ? ಆ ದಿನ ಈಗಾಗಲೇ ನಿಗದಿಯಾದ ಸಭೆಗಳು ಹಾಗೆಯೇ ಉಳಿಯುತ್ತವೆ.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+12"/>
        <source>Import holidays</source>
        <translation>ರಜಾ ದಿನಗಳನ್ನು ಆಮದು ಮಾಡಿ</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Holiday lists (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>ರಜಾ ಪಟ್ಟಿಗಳು (*.csv *.xlsx);;CSV ಕಡತಗಳು (*.csv);;Excel ವರ್ಕ್‌ಬುಕ್‌ಗಳು (*.xlsx)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%(file)s imported: %(added)s holidays added, %(unchanged)s already in the calendar.</source>
        <translation>%(file)s ಆಮದು ಮಾಡಲಾಗಿದೆ: %(added)s ರಜಾ ದಿನಗಳನ್ನು ಸೇರಿಸಲಾಗಿದೆ, %(unchanged)s ಈಗಾಗಲೇ ಕ್ಯಾಲೆಂಡರ್‌ನಲ್ಲಿವೆ.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Holidays of %(year)s copied: %(added)s added, %(unchanged)s already there.</source>
        <translation>%(year)s ರ ರಜಾ ದಿನಗಳನ್ನು ನಕಲಿಸಲಾಗಿದೆ: %(added)s ಸೇರಿಸಲಾಗಿದೆ, %(unchanged)s ಈಗಾಗಲೇ ಇದ್ದವು.</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/office_dialog.py" line="+23"/>
        <source>Edit office</source>
        <translation>ಕಚೇರಿ ಸಂಪಾದಿಸಿ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add office</source>
        <translation>ಕಚೇರಿ ಸೇರಿಸಿ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (regional language)</source>
        <translation>ಹೆಸರು (ಸ್ಥಳೀಯ ಭಾಷೆ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>ಬಗೆ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office code</source>
        <translation>ಕಚೇರಿ ಕೋಡ್</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>used in dispatch numbers, e.g. DDPI/BGK</source>
        <translation>ಹೊರರವಾನೆ ಸಂಖ್ಯೆಗಳಲ್ಲಿ ಬಳಸಲಾಗುತ್ತದೆ, ಉದಾ: DDPI/BGK</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>District</source>
        <translation>ಜಿಲ್ಲೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block (block offices)</source>
        <translation>ಬ್ಲಾಕ್ (ಬ್ಲಾಕ್ ಕಚೇರಿಗಳಿಗೆ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>ವಿಳಾಸ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address (regional language)</source>
        <translation>ವಿಳಾಸ (ಸ್ಥಳೀಯ ಭಾಷೆ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>ದೂರವಾಣಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>ಇ-ಮೇಲ್</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose image…</source>
        <translation>ಚಿತ್ರ ಆಯ್ಕೆಮಾಡಿ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>ತೆಗೆದುಹಾಕಿ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Emblem or logo</source>
        <translation>ಲಾಂಛನ ಅಥವಾ ಲೋಗೋ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none</source>
        <translation>ಇಲ್ಲ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the emblem or logo</source>
        <translation>ಲಾಂಛನ ಅಥವಾ ಲೋಗೋ ಆಯ್ಕೆಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>ಚಿತ್ರಗಳು (*.png *.jpg *.jpeg)</translation>
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
        <translation>ಕಚೇರಿ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/offices.py" line="-132"/>
        <source>Office name</source>
        <translation>ಕಚೇರಿಯ ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office code</source>
        <translation>ಕಚೇರಿ ಕೋಡ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of office</source>
        <translation>ಕಚೇರಿಯ ಬಗೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An office named {name} already exists.</source>
        <translation>{name} ಎಂಬ ಕಚೇರಿ ಈಗಾಗಲೇ ಇದೆ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Office code {code} is already used by another office.</source>
        <translation>ಕಚೇರಿ ಕೋಡ್ {code} ಅನ್ನು ಈಗಾಗಲೇ ಇನ್ನೊಂದು ಕಚೇರಿ ಬಳಸುತ್ತಿದೆ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chosen district no longer exists.</source>
        <translation>ಆಯ್ಕೆಮಾಡಿದ ಜಿಲ್ಲೆ ಈಗ ಅಸ್ತಿತ್ವದಲ್ಲಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chosen block no longer exists.</source>
        <translation>ಆಯ್ಕೆಮಾಡಿದ ಬ್ಲಾಕ್ ಈಗ ಅಸ್ತಿತ್ವದಲ್ಲಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Local name</source>
        <translation>ಸ್ಥಳೀಯ ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>ವಿಳಾಸ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local address</source>
        <translation>ಸ್ಥಳೀಯ ವಿಳಾಸ</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The logo</source>
        <translation>ಲೋಗೋ</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{office} still has one person; move or remove them first.</source>
        <translation>{office} ನಲ್ಲಿ ಇನ್ನೂ ಒಬ್ಬ ವ್ಯಕ್ತಿ ಇದ್ದಾರೆ; ಮೊದಲು ಅವರನ್ನು ವರ್ಗಾಯಿಸಿ ಅಥವಾ ತೆಗೆದುಹಾಕಿ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{office} still has {count} people; move or remove them first.</source>
        <translation>{office} ನಲ್ಲಿ ಇನ್ನೂ {count} ವ್ಯಕ್ತಿಗಳಿದ್ದಾರೆ; ಮೊದಲು ಅವರನ್ನು ವರ್ಗಾಯಿಸಿ ಅಥವಾ ತೆಗೆದುಹಾಕಿ.</translation>
    </message>
</context>
<context>
    <name>OpeningFlow</name>
    <message>
        <location filename="../../desktop/ui/opening_flow.py" line="+62"/>
        <source>Cannot open the database</source>
        <translation>ಡೇಟಾಬೇಸ್ ತೆರೆಯಲು ಸಾಧ್ಯವಾಗಲಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database %(path)s is damaged (%(detail)s).

It has been kept aside as %(aside)s; nothing was deleted.</source>
        <translation>ಡೇಟಾಬೇಸ್ %(path)s ಹಾನಿಗೊಳಗಾಗಿದೆ (%(detail)s).

ಅದನ್ನು %(aside)s ಎಂಬ ಹೆಸರಿನಲ್ಲಿ ಪ್ರತ್ಯೇಕವಾಗಿ ಇರಿಸಲಾಗಿದೆ; ಏನನ್ನೂ ಅಳಿಸಲಾಗಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <source>Damaged database</source>
        <translation>ಹಾನಿಗೊಳಗಾದ ಡೇಟಾಬೇಸ್</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>There is no backup to restore, so a new empty database is started.</source>
        <translation>ಮರುಸ್ಥಾಪಿಸಲು ಯಾವುದೇ ಬ್ಯಾಕಪ್ ಇಲ್ಲ; ಆದ್ದರಿಂದ ಹೊಸ ಖಾಲಿ ಡೇಟಾಬೇಸ್ ಆರಂಭಿಸಲಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore the newest backup, from %s? (No starts a new empty database.)</source>
        <translation>ಇತ್ತೀಚಿನ ಬ್ಯಾಕಪ್‌ನಿಂದ (%s) ಮರುಸ್ಥಾಪಿಸಬೇಕೇ? (&apos;ಇಲ್ಲ&apos; ಆಯ್ಕೆಮಾಡಿದರೆ ಹೊಸ ಖಾಲಿ ಡೇಟಾಬೇಸ್ ಆರಂಭವಾಗುತ್ತದೆ.)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restoring</source>
        <translation>ಮರುಸ್ಥಾಪಿಸಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore failed</source>
        <translation>ಮರುಸ್ಥಾಪನೆ ವಿಫಲವಾಯಿತು</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_widgets.py" line="-173"/>
        <source>Tick to give a date</source>
        <translation>ದಿನಾಂಕ ನೀಡಲು ಗುರುತಿಸಿ</translation>
    </message>
</context>
<context>
    <name>Ordinals</name>
    <message>
        <location filename="../../desktop/services/i18n.py" line="+12"/>
        <source>1st</source>
        <translation>1ನೇ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2nd</source>
        <translation>2ನೇ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3rd</source>
        <translation>3ನೇ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4th</source>
        <translation>4ನೇ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5th</source>
        <translation>5ನೇ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6th</source>
        <translation>6ನೇ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7th</source>
        <translation>7ನೇ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8th</source>
        <translation>8ನೇ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%sth</source>
        <translation>%sನೇ</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/organisation_dialog.py" line="+18"/>
        <source>Edit organisation</source>
        <translation>ಸಂಸ್ಥೆ ಸಂಪಾದಿಸಿ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add organisation</source>
        <translation>ಸಂಸ್ಥೆ ಸೇರಿಸಿ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (regional language)</source>
        <translation>ಹೆಸರು (ಸ್ಥಳೀಯ ಭಾಷೆ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>ಬಗೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration no.</source>
        <translation>ನೋಂದಣಿ ಸಂಖ್ಯೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGO-Darpan ID</source>
        <translation>NGO-Darpan ಐಡಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>ವಿಳಾಸ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Focus areas</source>
        <translation>ಕಾರ್ಯಕ್ಷೇತ್ರಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other focus areas</source>
        <translation>ಇತರ ಕಾರ್ಯಕ್ಷೇತ್ರಗಳು</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>separate several with commas</source>
        <translation>ಹಲವಿದ್ದರೆ ಅಲ್ಪವಿರಾಮದಿಂದ ಬೇರ್ಪಡಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>ಸಂಪರ್ಕ ವ್ಯಕ್ತಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>ದೂರವಾಣಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>ಇ-ಮೇಲ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>ಜಾಲತಾಣ</translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <location filename="../../desktop/services/organisations.py" line="+81"/>
        <source>Organisation name</source>
        <translation>ಸಂಸ್ಥೆಯ ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of organisation</source>
        <translation>ಸಂಸ್ಥೆಯ ಬಗೆ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An organisation named {name} already exists.</source>
        <translation>{name} ಎಂಬ ಸಂಸ್ಥೆ ಈಗಾಗಲೇ ಇದೆ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NGO-Darpan ID {darpan} is already recorded for another organisation.</source>
        <translation>NGO-Darpan ಐಡಿ {darpan} ಅನ್ನು ಈಗಾಗಲೇ ಇನ್ನೊಂದು ಸಂಸ್ಥೆಗೆ ದಾಖಲಿಸಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Local name</source>
        <translation>ಸ್ಥಳೀಯ ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registration no.</source>
        <translation>ನೋಂದಣಿ ಸಂಖ್ಯೆ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address</source>
        <translation>ವಿಳಾಸ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact person</source>
        <translation>ಸಂಪರ್ಕ ವ್ಯಕ್ತಿ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Website</source>
        <translation>ಜಾಲತಾಣ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/partner_keys.py" line="-115"/>
        <location filename="../../desktop/services/organisations.py" line="+34"/>
        <location line="+10"/>
        <location line="+21"/>
        <source>Organisation</source>
        <translation>ಸಂಸ್ಥೆ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/organisations.py" line="-12"/>
        <source>{organisation} still has one person; move or remove them first.</source>
        <translation>{organisation} ನಲ್ಲಿ ಇನ್ನೂ ಒಬ್ಬ ವ್ಯಕ್ತಿ ಇದ್ದಾರೆ; ಮೊದಲು ಅವರನ್ನು ವರ್ಗಾಯಿಸಿ ಅಥವಾ ತೆಗೆದುಹಾಕಿ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{organisation} still has {count} people; move or remove them first.</source>
        <translation>{organisation} ನಲ್ಲಿ ಇನ್ನೂ {count} ವ್ಯಕ್ತಿಗಳಿದ್ದಾರೆ; ಮೊದಲು ಅವರನ್ನು ವರ್ಗಾಯಿಸಿ ಅಥವಾ ತೆಗೆದುಹಾಕಿ.</translation>
    </message>
</context>
<context>
    <name>OverlapReasonDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_actions.py" line="+22"/>
        <source>Activate MoU %s</source>
        <translation>MoU %s ಜಾರಿಗೊಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why both are needed (kept with the MoU)</source>
        <translation>ಎರಡೂ ಏಕೆ ಅಗತ್ಯ (MoU ಜೊತೆ ದಾಖಲಾಗುತ್ತದೆ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate anyway</source>
        <translation>ಆದರೂ ಜಾರಿಗೊಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the reason, or cancel.</source>
        <translation>ಕಾರಣ ನೀಡಿ, ಅಥವಾ ರದ್ದುಮಾಡಿ.</translation>
    </message>
</context>
<context>
    <name>OwnerChooser</name>
    <message>
        <location filename="../../desktop/ui/dialogs/action_item_dialogs.py" line="-152"/>
        <source>Type to find someone else: name, designation or office</source>
        <translation>ಬೇರೆಯವರನ್ನು ಹುಡುಕಲು ಟೈಪ್ ಮಾಡಿ: ಹೆಸರು, ಹುದ್ದೆ ಅಥವಾ ಕಚೇರಿ</translation>
    </message>
</context>
<context>
    <name>PackageImportWizard</name>
    <message>
        <location filename="../../desktop/ui/dialogs/package_import_wizard.py" line="+41"/>
        <source>Import a partner&apos;s package</source>
        <translation>ಪಾಲುದಾರ ಸಂಸ್ಥೆಯ ಪ್ಯಾಕೇಜನ್ನು ಆಮದು ಮಾಡಿ</translation>
    </message>
</context>
<context>
    <name>PackageProblemsPanel</name>
    <message>
        <location filename="../../desktop/ui/dialogs/package_import_problems.py" line="+39"/>
        <source>File</source>
        <translation>ಕಡತ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row</source>
        <translation>ಸಾಲು</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column</source>
        <translation>ಅಂಕಣ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>ಮೌಲ್ಯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>ಸಮಸ್ಯೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected</source>
        <translation>ನಿರೀಕ್ಷಿತ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problems</source>
        <translation>ಸಮಸ್ಯೆಗಳು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the problems</source>
        <translation>ಸಮಸ್ಯೆಗಳನ್ನು ಹುಡುಕಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Searc&amp;h:</source>
        <translation>ಹುಡುಕಿ(&amp;H):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save problems as XLSX…</source>
        <translation>ಸಮಸ್ಯೆಗಳನ್ನು XLSX ಆಗಿ ಉಳಿಸಿ…(&amp;S)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%(shown)s of %(total)s</source>
        <translation>%(total)s ರಲ್ಲಿ %(shown)s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select a problem to read it in full.</source>
        <translation>ಪೂರ್ಣವಾಗಿ ಓದಲು ಒಂದು ಸಮಸ್ಯೆಯನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the problems</source>
        <translation>ಸಮಸ್ಯೆಗಳನ್ನು ಉಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ವರ್ಕ್‌ಬುಕ್ (*.xlsx)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving the problems</source>
        <translation>ಸಮಸ್ಯೆಗಳನ್ನು ಉಳಿಸಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved to %s</source>
        <translation>ಇಲ್ಲಿ ಉಳಿಸಲಾಗಿದೆ: %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: %s</source>
        <translation>ಉಳಿಸಲಾಗಿಲ್ಲ: %s</translation>
    </message>
</context>
<context>
    <name>PartnerKeyDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/partner_key_dialog.py" line="+42"/>
        <source>Register a partner&apos;s key</source>
        <translation>ಪಾಲುದಾರರ ಕೀಲಿಯನ್ನು ನೋಂದಾಯಿಸಿ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Organisation</source>
        <translation>ಸಂಸ್ಥೆ(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Label</source>
        <translation>ಗುರುತು ಹೆಸರು(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Programme office laptop</source>
        <translation>ಉದಾ: ಕಾರ್ಯಕ್ರಮ ಕಚೇರಿಯ ಲ್ಯಾಪ್‌ಟಾಪ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Public key</source>
        <translation>ಸಾರ್ವಜನಿಕ ಕೀಲಿ(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste or type the public key printed on the partner&apos;s hand-over receipt (44 characters)</source>
        <translation>ಪಾಲುದಾರರ ಹಸ್ತಾಂತರ ರಸೀದಿಯಲ್ಲಿ ಮುದ್ರಿತವಾದ ಸಾರ್ವಜನಿಕ ಕೀಲಿಯನ್ನು ಅಂಟಿಸಿ ಅಥವಾ ಟೈಪ್ ಮಾಡಿ (44 ಅಕ್ಷರಗಳು)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fingerprint</source>
        <translation>ಬೆರಳಚ್ಚು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare this with the fingerprint printed on the partner&apos;s receipt, group by group, before saving. If a single character differs, do not save: the key is not theirs.</source>
        <translation>ಉಳಿಸುವ ಮೊದಲು ಇದನ್ನು ಪಾಲುದಾರರ ರಸೀದಿಯಲ್ಲಿ ಮುದ್ರಿತವಾದ ಬೆರಳಚ್ಚಿನೊಂದಿಗೆ ಗುಂಪುಗುಂಪಾಗಿ ತಾಳೆ ನೋಡಿ. ಒಂದೇ ಒಂದು ಅಕ್ಷರ ಬೇರೆಯಾಗಿದ್ದರೂ ಉಳಿಸಬೇಡಿ: ಆ ಕೀಲಿ ಅವರದಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Register key</source>
        <translation>ಕೀಲಿ ನೋಂದಾಯಿಸಿ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the organisation the key belongs to (add it first on the Organisations page).</source>
        <translation>ಕೀಲಿ ಸೇರಿದ ಸಂಸ್ಥೆಯನ್ನು ಆಯ್ಕೆಮಾಡಿ (ಮೊದಲು &apos;ಸಂಸ್ಥೆಗಳು&apos; ಪುಟದಲ್ಲಿ ಅದನ್ನು ಸೇರಿಸಿ).</translation>
    </message>
</context>
<context>
    <name>PartnerList</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_widgets.py" line="+39"/>
        <source>Filter organisations</source>
        <translation>ಸಂಸ್ಥೆಗಳನ್ನು ಹುಡುಕಿ</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%d chosen</source>
        <translation>%d ಆಯ್ಕೆಯಾಗಿವೆ</translation>
    </message>
</context>
<context>
    <name>PartsTable</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_parts_table.py" line="+62"/>
        <source>Remove</source>
        <translation>ತೆಗೆದುಹಾಕಿ</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/export_target_pages.py" line="+16"/>
        <source>Passphrase</source>
        <translation>ಗುಪ್ತ ವಾಕ್ಯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package is encrypted: only someone with this passphrase can open it.</source>
        <translation>ಪ್ಯಾಕೇಜ್ ಗೂಢಲಿಪೀಕರಿಸಲಾಗಿದೆ: ಈ ಗುಪ್ತ ವಾಕ್ಯ ತಿಳಿದವರು ಮಾತ್ರ ಅದನ್ನು ತೆರೆಯಬಹುದು.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the &amp;suggested passphrase</source>
        <translation>ಸೂಚಿಸಿದ ಗುಪ್ತ ವಾಕ್ಯ ಬಳಸಿ(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type my own passphrase</source>
        <translation>ನನ್ನದೇ ಗುಪ್ತ ವಾಕ್ಯ ಟೈಪ್ ಮಾಡುತ್ತೇನೆ(&amp;T)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Suggested passphrase</source>
        <translation>ಸೂಚಿಸಿದ ಗುಪ್ತ ವಾಕ್ಯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggest &amp;another</source>
        <translation>ಇನ್ನೊಂದನ್ನು ಸೂಚಿಸಿ(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>ನಕಲಿಸಿ(&amp;C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sho&amp;w what is typed</source>
        <translation>ಟೈಪ್ ಮಾಡಿದ್ದನ್ನು ತೋರಿಸಿ(&amp;W)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase:</source>
        <translation>ಗುಪ್ತ ವಾಕ್ಯ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Again:</source>
        <translation>ಮತ್ತೊಮ್ಮೆ:</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Give this passphrase to the partner separately — by phone or on paper, never on the same drive. It is not kept anywhere: write it down now.</source>
        <translation>ಈ ಗುಪ್ತ ವಾಕ್ಯವನ್ನು ಪಾಲುದಾರ ಸಂಸ್ಥೆಗೆ ಪ್ರತ್ಯೇಕವಾಗಿ ನೀಡಿ — ದೂರವಾಣಿಯಲ್ಲಿ ಅಥವಾ ಕಾಗದದಲ್ಲಿ, ಎಂದಿಗೂ ಅದೇ ಡ್ರೈವ್‌ನಲ್ಲಿ ಅಲ್ಲ. ಇದನ್ನು ಎಲ್ಲಿಯೂ ಉಳಿಸಲಾಗುವುದಿಲ್ಲ: ಈಗಲೇ ಬರೆದಿಟ್ಟುಕೊಳ್ಳಿ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The office&apos;s signing key</source>
        <translation>ಕಚೇರಿಯ ಸಹಿ ಕೀಲಿ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Key passphrase:</source>
        <translation>ಕೀಲಿಯ ಗುಪ್ತ ವಾಕ್ಯ:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This PC has no keyring to keep the office&apos;s signing key in, so the key that signs this first package is protected by a passphrase of its own (at least %d characters). Choose it now, type it twice, and keep it where the office keeps its other passwords: every package is signed with it.</source>
        <translation>ಕಚೇರಿಯ ಸಹಿ ಕೀಲಿಯನ್ನು ಇಡಲು ಈ ಕಂಪ್ಯೂಟರ್‌ನಲ್ಲಿ ಕೀಲಿ ಸಂಗ್ರಹ ಇಲ್ಲ; ಆದ್ದರಿಂದ ಈ ಮೊದಲ ಪ್ಯಾಕೇಜಿಗೆ ಸಹಿ ಮಾಡುವ ಕೀಲಿಯನ್ನು ಅದರದೇ ಗುಪ್ತ ವಾಕ್ಯದಿಂದ (ಕನಿಷ್ಠ %d ಅಕ್ಷರಗಳು) ರಕ್ಷಿಸಲಾಗುತ್ತದೆ. ಅದನ್ನು ಈಗಲೇ ಆಯ್ಕೆಮಾಡಿ, ಎರಡು ಬಾರಿ ಟೈಪ್ ಮಾಡಿ, ಮತ್ತು ಕಚೇರಿ ಇತರ ಪಾಸ್‌ವರ್ಡ್‌ಗಳನ್ನು ಇಡುವಲ್ಲಿ ಇಡಿ: ಪ್ರತಿಯೊಂದು ಪ್ಯಾಕೇಜಿಗೂ ಇದರಿಂದಲೇ ಸಹಿ ಮಾಡಲಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This PC has no keyring, so the office&apos;s signing key (fingerprint %s) is protected by a passphrase of its own. Type it to sign the package.</source>
        <translation>ಈ ಕಂಪ್ಯೂಟರ್‌ನಲ್ಲಿ ಕೀಲಿ ಸಂಗ್ರಹ ಇಲ್ಲ; ಆದ್ದರಿಂದ ಕಚೇರಿಯ ಸಹಿ ಕೀಲಿಯನ್ನು (ಬೆರಳಚ್ಚು %s) ಅದರದೇ ಗುಪ್ತ ವಾಕ್ಯದಿಂದ ರಕ್ಷಿಸಲಾಗಿದೆ. ಪ್ಯಾಕೇಜಿಗೆ ಸಹಿ ಮಾಡಲು ಅದನ್ನು ಟೈಪ್ ಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The two passphrases are not the same; type the same passphrase in both fields.</source>
        <translation>ಎರಡು ಗುಪ್ತ ವಾಕ್ಯಗಳು ಒಂದೇ ಆಗಿಲ್ಲ; ಎರಡೂ ಕ್ಷೇತ್ರಗಳಲ್ಲಿ ಒಂದೇ ಗುಪ್ತ ವಾಕ್ಯ ಟೈಪ್ ಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is the package&apos;s passphrase, which the partner gets; the office&apos;s key needs a passphrase of its own.</source>
        <translation>ಇದು ಪಾಲುದಾರ ಸಂಸ್ಥೆಗೆ ನೀಡುವ ಪ್ಯಾಕೇಜಿನ ಗುಪ್ತ ವಾಕ್ಯ; ಕಚೇರಿಯ ಕೀಲಿಗೆ ಅದರದೇ ಬೇರೆ ಗುಪ್ತ ವಾಕ್ಯ ಬೇಕು.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The two key passphrases are not the same.</source>
        <translation>ಕೀಲಿಯ ಎರಡು ಗುಪ್ತ ವಾಕ್ಯಗಳು ಒಂದೇ ಆಗಿಲ್ಲ.</translation>
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
        <translation>ವ್ಯಕ್ತಿ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people.py" line="-96"/>
        <source>Name</source>
        <translation>ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Designation</source>
        <translation>ಹುದ್ದೆ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A person belongs to one office, organisation or school, not several.</source>
        <translation>ಒಬ್ಬ ವ್ಯಕ್ತಿ ಒಂದು ಕಚೇರಿ, ಸಂಸ್ಥೆ ಅಥವಾ ಶಾಲೆಗೆ ಮಾತ್ರ ಸೇರಿರುತ್ತಾರೆ, ಹಲವಕ್ಕಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chosen office, organisation or school no longer exists.</source>
        <translation>ಆಯ್ಕೆಮಾಡಿದ ಕಚೇರಿ, ಸಂಸ್ಥೆ ಅಥವಾ ಶಾಲೆ ಈಗ ಅಸ್ತಿತ್ವದಲ್ಲಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preferred language must be one of {values}.</source>
        <translation>ಆದ್ಯತೆಯ ಭಾಷೆ ಇವುಗಳಲ್ಲಿ ಒಂದಾಗಿರಬೇಕು: {values}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Local name</source>
        <translation>ಸ್ಥಳೀಯ ಹೆಸರು</translation>
    </message>
</context>
<context>
    <name>PersonCombo</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_widgets.py" line="+16"/>
        <source>Type part of the name, or leave empty</source>
        <translation>ಹೆಸರಿನ ಭಾಗವನ್ನು ಟೈಪ್ ಮಾಡಿ, ಅಥವಾ ಖಾಲಿ ಬಿಡಿ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>none</source>
        <translation>ಯಾರೂ ಇಲ್ಲ</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/person_dialog.py" line="+16"/>
        <source>Edit person</source>
        <translation>ವ್ಯಕ್ತಿಯ ವಿವರ ಸಂಪಾದಿಸಿ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add person</source>
        <translation>ವ್ಯಕ್ತಿಯನ್ನು ಸೇರಿಸಿ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (regional language)</source>
        <translation>ಹೆಸರು (ಸ್ಥಳೀಯ ಭಾಷೆ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Designation</source>
        <translation>ಹುದ್ದೆ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>— not recorded —</source>
        <translation>— ದಾಖಲಿಸಿಲ್ಲ —</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>an office</source>
        <translation>ಕಚೇರಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an organisation</source>
        <translation>ಸಂಸ್ಥೆ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a school</source>
        <translation>ಶಾಲೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Works at</source>
        <translation>ಕಾರ್ಯಸ್ಥಳ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office</source>
        <translation>ಕಚೇರಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>ಸಂಸ್ಥೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>School UDISE code</source>
        <translation>ಶಾಲೆಯ UDISE ಕೋಡ್</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>11 digits</source>
        <translation>11 ಅಂಕಿಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>ದೂರವಾಣಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>ಇ-ಮೇಲ್</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preferred language</source>
        <translation>ಆದ್ಯತೆಯ ಭಾಷೆ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No school has the UDISE code &apos;%s&apos;.</source>
        <translation>&apos;%s&apos; UDISE ಕೋಡ್ ಹೊಂದಿರುವ ಯಾವುದೇ ಶಾಲೆ ಇಲ್ಲ.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../desktop/ui/person_picker.py" line="+200"/>
        <source>Name, designation or office</source>
        <translation>ಹೆಸರು, ಹುದ್ದೆ ಅಥವಾ ಕಚೇರಿ</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../desktop/ui/dialogs/import_check_tables.py" line="+60"/>
        <source>The first %d rows as they will be stored:</source>
        <translation>ಮೊದಲ %d ಸಾಲುಗಳು, ಉಳಿಸಲಾಗುವ ರೂಪದಲ್ಲಿ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No row would be stored.</source>
        <translation>ಯಾವುದೇ ಸಾಲು ಉಳಿಯುವುದಿಲ್ಲ.</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location line="+43"/>
        <source>Search the problems</source>
        <translation>ಸಮಸ್ಯೆಗಳನ್ನು ಹುಡುಕಿ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save problems as XLSX…</source>
        <translation>ಸಮಸ್ಯೆಗಳನ್ನು XLSX ಆಗಿ ಉಳಿಸಿ…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row</source>
        <translation>ಸಾಲು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>ಅಂಕಣ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>ಮೌಲ್ಯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>ಸಮಸ್ಯೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected</source>
        <translation>ನಿರೀಕ್ಷಿತ</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Select a problem to read it in full.</source>
        <translation>ಪೂರ್ಣವಾಗಿ ಓದಲು ಒಂದು ಸಮಸ್ಯೆಯನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%(shown)s of %(total)s</source>
        <translation>%(total)s ರಲ್ಲಿ %(shown)s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the problems</source>
        <translation>ಸಮಸ್ಯೆಗಳನ್ನು ಉಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ವರ್ಕ್‌ಬುಕ್ (*.xlsx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving the problems</source>
        <translation>ಸಮಸ್ಯೆಗಳನ್ನು ಉಳಿಸಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved to %s</source>
        <translation>ಇಲ್ಲಿ ಉಳಿಸಲಾಗಿದೆ: %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved</source>
        <translation>ಉಳಿಸಲಾಗಿಲ್ಲ</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/programme_dialog.py" line="+120"/>
        <source>New recognition programme</source>
        <translation>ಹೊಸ ಪುರಸ್ಕಾರ ಕಾರ್ಯಕ್ರಮ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit %s</source>
        <translation>%s ಸಂಪಾದಿಸಿ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Programme</source>
        <translation>ಕಾರ್ಯಕ್ರಮ(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ru&amp;bric</source>
        <translation>ಮೌಲ್ಯಮಾಪನ ಸೂಚಿ(&amp;B)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Name</source>
        <translation>ಹೆಸರು(&amp;N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Coffee with Collector</source>
        <translation>ಉದಾ: Coffee with Collector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (re&amp;gional)</source>
        <translation>ಹೆಸರು (ಸ್ಥಳೀಯ ಭಾಷೆ)(&amp;G)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Regional &amp;language</source>
        <translation>ಸ್ಥಳೀಯ ಭಾಷೆ(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pu&amp;rpose</source>
        <translation>ಉದ್ದೇಶ(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who may be
nominated</source>
        <translation>ಯಾರನ್ನು
ನಾಮನಿರ್ದೇಶಿಸಬಹುದು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Categories</source>
        <translation>ವಿಭಾಗಗಳು(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One a line, e.g. Student welfare; empty for none</source>
        <translation>ಪ್ರತಿ ಸಾಲಿಗೆ ಒಂದು, ಉದಾ: ವಿದ್ಯಾರ್ಥಿ ಕಲ್ಯಾಣ; ಇಲ್ಲದಿದ್ದರೆ ಖಾಲಿ ಬಿಡಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sel&amp;ection rules</source>
        <translation>ಆಯ್ಕೆ ನಿಯಮಗಳು(&amp;E)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reviewers give each criterion a level of the scale; a nomination&apos;s total weighs the levels by the criteria&apos;s weights. Double-click a cell, or start typing, to edit it.</source>
        <translation>ಮೌಲ್ಯಮಾಪಕರು ಪ್ರತಿ ಮಾನದಂಡಕ್ಕೆ ಮಾಪಕದ ಒಂದು ಮಟ್ಟವನ್ನು ನೀಡುತ್ತಾರೆ; ನಾಮನಿರ್ದೇಶನದ ಒಟ್ಟು ಅಂಕವನ್ನು ಮಾನದಂಡಗಳ ಭಾರಾಂಕಗಳ ಪ್ರಕಾರ ಲೆಕ್ಕಿಸಲಾಗುತ್ತದೆ. ಸಂಪಾದಿಸಲು ಕೋಶವನ್ನು ಡಬಲ್-ಕ್ಲಿಕ್ ಮಾಡಿ ಅಥವಾ ಟೈಪ್ ಮಾಡಲು ಆರಂಭಿಸಿ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Scale</source>
        <translation>ಮಾಪಕ(&amp;S)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ru&amp;bric (%d criteria)</source>
        <translation>ಮೌಲ್ಯಮಾಪನ ಸೂಚಿ (%d ಮಾನದಂಡಗಳು)(&amp;B)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ru&amp;bric (1 criterion)</source>
        <translation>ಮೌಲ್ಯಮಾಪನ ಸೂಚಿ (1 ಮಾನದಂಡ)(&amp;B)</translation>
    </message>
</context>
<context>
    <name>ProgrammesTab</name>
    <message>
        <location filename="../../desktop/ui/pages/recognition_programmes.py" line="+38"/>
        <source>Students</source>
        <translation>ವಿದ್ಯಾರ್ಥಿಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teachers</source>
        <translation>ಶಿಕ್ಷಕರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headmasters</source>
        <translation>ಮುಖ್ಯ ಶಿಕ್ಷಕರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRPs</source>
        <translation>CRPಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BRPs</source>
        <translation>BRPಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block officers</source>
        <translation>ಬ್ಲಾಕ್ ಅಧಿಕಾರಿಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officials</source>
        <translation>ಅಧಿಕಾರಿಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schools</source>
        <translation>ಶಾಲೆಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clusters</source>
        <translation>ಕ್ಲಸ್ಟರ್‌ಗಳು</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No recognition programmes yet. New from template gives Coffee with Collector or Pragatiya Hejje, with their rubrics, to adapt to the district.</source>
        <translation>ಇನ್ನೂ ಯಾವುದೇ ಪುರಸ್ಕಾರ ಕಾರ್ಯಕ್ರಮವಿಲ್ಲ. &apos;ಮಾದರಿಯಿಂದ ಹೊಸದು&apos; ಆಯ್ಕೆಯು Coffee with Collector ಅಥವಾ ಪ್ರಗತಿಯ ಹೆಜ್ಜೆ ಕಾರ್ಯಕ್ರಮವನ್ನು ಅವುಗಳ ಮೌಲ್ಯಮಾಪನ ಸೂಚಿಗಳೊಂದಿಗೆ ನೀಡುತ್ತದೆ; ಅವನ್ನು ಜಿಲ್ಲೆಗೆ ತಕ್ಕಂತೆ ಬದಲಿಸಿಕೊಳ್ಳಿ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New programme…</source>
        <translation>ಹೊಸ ಕಾರ್ಯಕ್ರಮ…(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New from &amp;template</source>
        <translation>ಮಾದರಿಯಿಂದ ಹೊಸದು(&amp;T)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit…</source>
        <translation>ಸಂಪಾದಿಸಿ…(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>ಅಳಿಸಿ(&amp;D)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Programme</source>
        <translation>ಕಾರ್ಯಕ್ರಮ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional name</source>
        <translation>ಸ್ಥಳೀಯ ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who may be nominated</source>
        <translation>ಯಾರನ್ನು ನಾಮನಿರ್ದೇಶಿಸಬಹುದು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale</source>
        <translation>ಮಾಪಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria</source>
        <translation>ಮಾನದಂಡಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <location line="+76"/>
        <source>Cycles</source>
        <translation>ಆವೃತ್ತಿಗಳು</translation>
    </message>
    <message>
        <location line="-149"/>
        <location line="+22"/>
        <source>Programmes</source>
        <translation>ಕಾರ್ಯಕ್ರಮಗಳು</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New c&amp;ycle…</source>
        <translation>ಹೊಸ ಆವೃತ್ತಿ…(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ed&amp;it…</source>
        <translation>ಸಂಪಾದಿಸಿ…(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>ಅಳಿಸಿ(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close &amp;review now…</source>
        <translation>ಮೌಲ್ಯಮಾಪನವನ್ನು ಈಗಲೇ ಮುಕ್ತಾಯಗೊಳಿಸಿ…(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock the scores before the review window ends, so that the shortlist can be drawn.</source>
        <translation>ಕಿರುಪಟ್ಟಿ ಸಿದ್ಧಪಡಿಸಲು ಸಾಧ್ಯವಾಗುವಂತೆ, ಮೌಲ್ಯಮಾಪನ ಅವಧಿ ಮುಗಿಯುವ ಮೊದಲೇ ಅಂಕಗಳನ್ನು ಅಂತಿಮಗೊಳಿಸಿ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open nominations</source>
        <translation>ನಾಮನಿರ್ದೇಶನಗಳನ್ನು ತೆರೆಯಿರಿ(&amp;O)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cycle</source>
        <translation>ಆವೃತ್ತಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nominations</source>
        <translation>ನಾಮನಿರ್ದೇಶನಗಳು</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review</source>
        <translation>ಮೌಲ್ಯಮಾಪನ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>ಸಮಾರಂಭ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Places</source>
        <translation>ಸ್ಥಾನಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected</source>
        <translation>ಆಯ್ಕೆಯಾದವರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominated</source>
        <translation>ನಾಮನಿರ್ದೇಶಿತರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase</source>
        <translation>ಹಂತ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Double-click a cycle to open its nominations</source>
        <translation>ಆವೃತ್ತಿಯ ನಾಮನಿರ್ದೇಶನಗಳನ್ನು ತೆರೆಯಲು ಅದನ್ನು ಡಬಲ್-ಕ್ಲಿಕ್ ಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Cycles of %s</source>
        <translation>%s ನ ಆವೃತ್ತಿಗಳು</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition_programme_actions.py" line="+49"/>
        <source>Saved %s.</source>
        <translation>%s ಉಳಿಸಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New programme</source>
        <translation>ಹೊಸ ಕಾರ್ಯಕ್ರಮ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%s was made from the template; Edit… adapts its rubric and rules to the district.</source>
        <translation>%s ಅನ್ನು ಮಾದರಿಯಿಂದ ರಚಿಸಲಾಗಿದೆ; &apos;ಸಂಪಾದಿಸಿ…&apos; ಮೂಲಕ ಅದರ ಮೌಲ್ಯಮಾಪನ ಸೂಚಿ ಮತ್ತು ನಿಯಮಗಳನ್ನು ಜಿಲ್ಲೆಗೆ ತಕ್ಕಂತೆ ಬದಲಿಸಿ.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete programme</source>
        <translation>ಕಾರ್ಯಕ್ರಮ ಅಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the programme %s and its rubric? This cannot be undone.</source>
        <translation>%s ಕಾರ್ಯಕ್ರಮ ಮತ್ತು ಅದರ ಮೌಲ್ಯಮಾಪನ ಸೂಚಿಯನ್ನು ಅಳಿಸಬೇಕೇ? ಇದನ್ನು ಹಿಂಪಡೆಯಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted %s.</source>
        <translation>%s ಅಳಿಸಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Saved cycle %s.</source>
        <translation>ಆವೃತ್ತಿ %s ಉಳಿಸಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete cycle</source>
        <translation>ಆವೃತ್ತಿ ಅಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the cycle %s and its review panel? This cannot be undone.</source>
        <translation>ಆವೃತ್ತಿ %s ಮತ್ತು ಅದರ ಮೌಲ್ಯಮಾಪನ ಸಮಿತಿಯನ್ನು ಅಳಿಸಬೇಕೇ? ಇದನ್ನು ಹಿಂಪಡೆಯಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted cycle %s.</source>
        <translation>ಆವೃತ್ತಿ %s ಅಳಿಸಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+16"/>
        <source>Close the review</source>
        <translation>ಮೌಲ್ಯಮಾಪನ ಮುಕ್ತಾಯಗೊಳಿಸಿ</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Close the review of %(cycle)s now, before %(date)s? Reviewers can no longer enter or change scores, and this cannot be undone; the shortlist can then be drawn.</source>
        <translation>%(cycle)s ರ ಮೌಲ್ಯಮಾಪನವನ್ನು %(date)s ಕ್ಕಿಂತ ಮೊದಲೇ, ಈಗಲೇ ಮುಕ್ತಾಯಗೊಳಿಸಬೇಕೇ? ನಂತರ ಮೌಲ್ಯಮಾಪಕರು ಅಂಕಗಳನ್ನು ನಮೂದಿಸಲು ಅಥವಾ ಬದಲಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ, ಮತ್ತು ಇದನ್ನು ಹಿಂಪಡೆಯಲು ಸಾಧ್ಯವಿಲ್ಲ; ನಂತರ ಕಿರುಪಟ್ಟಿ ಸಿದ್ಧಪಡಿಸಬಹುದು.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The review of %s is closed; its scores are locked.</source>
        <translation>%s ರ ಮೌಲ್ಯಮಾಪನ ಮುಕ್ತಾಯವಾಗಿದೆ; ಅದರ ಅಂಕಗಳು ಅಂತಿಮಗೊಂಡಿವೆ.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../desktop/services/progress.py" line="+20"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>ರದ್ದುಮಾಡಲಾಗಿದೆ; ಏನನ್ನೂ ಬದಲಿಸಿಲ್ಲ.</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="+73"/>
        <source>&amp;Select All</source>
        <translation>ಎಲ್ಲವನ್ನೂ ಆಯ್ಕೆಮಾಡಿ(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Step up</source>
        <translation>ಹೆಚ್ಚಿಸಿ(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step &amp;down</source>
        <translation>ಕಡಿಮೆಮಾಡಿ(&amp;D)</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location line="-40"/>
        <source>&amp;Cancel</source>
        <translation>ರದ್ದುಮಾಡಿ(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>ಮುಚ್ಚಿ(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;OK</source>
        <translation>ಸರಿ(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>ಉಳಿಸಿ(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without Saving</source>
        <translation>ಉಳಿಸದೆ ಮುಚ್ಚಿ</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="+17"/>
        <source>&amp;Copy</source>
        <translation>ನಕಲಿಸಿ(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>ಅಂಟಿಸಿ(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>ಪುನಃ ಮಾಡಿ(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>ರದ್ದುಗೊಳಿಸಿ(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>ಕತ್ತರಿಸಿ(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>ಅಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>ಎಲ್ಲವನ್ನೂ ಆಯ್ಕೆಮಾಡಿ</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-10"/>
        <source>Hide Details...</source>
        <translation>ವಿವರಗಳನ್ನು ಮರೆಮಾಡಿ...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show Details...</source>
        <translation>ವಿವರಗಳನ್ನು ತೋರಿಸಿ...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-37"/>
        <source>&amp;No</source>
        <translation>ಇಲ್ಲ(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>ಹೌದು(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>ಸ್ಥಗಿತಗೊಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>ಅನ್ವಯಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ರದ್ದುಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ಮುಚ್ಚಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>ತ್ಯಜಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>ಸಹಾಯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>ನಿರ್ಲಕ್ಷಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>ಎಲ್ಲದಕ್ಕೂ ಇಲ್ಲ(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>ಸರಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>ತೆರೆಯಿರಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>ಮರುಹೊಂದಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>ಮೂಲ ಸೆಟ್ಟಿಂಗ್‌ಗಳನ್ನು ಮರುಸ್ಥಾಪಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>ಮರುಪ್ರಯತ್ನಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>ಉಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>ಎಲ್ಲವನ್ನೂ ಉಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>ಎಲ್ಲದಕ್ಕೂ ಹೌದು(&amp;A)</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location line="+21"/>
        <source>Cancel</source>
        <translation>ರದ್ದುಮಾಡಿ</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <location line="+23"/>
        <source>Bottom</source>
        <translation>ಕೆಳತುದಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left edge</source>
        <translation>ಎಡ ಅಂಚು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page down</source>
        <translation>ಒಂದು ಪುಟ ಕೆಳಗೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page left</source>
        <translation>ಒಂದು ಪುಟ ಎಡಕ್ಕೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page right</source>
        <translation>ಒಂದು ಪುಟ ಬಲಕ್ಕೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page up</source>
        <translation>ಒಂದು ಪುಟ ಮೇಲೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right edge</source>
        <translation>ಬಲ ಅಂಚು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll down</source>
        <translation>ಕೆಳಗೆ ಸ್ಕ್ರಾಲ್ ಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll here</source>
        <translation>ಇಲ್ಲಿಗೆ ಸ್ಕ್ರಾಲ್ ಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll left</source>
        <translation>ಎಡಕ್ಕೆ ಸ್ಕ್ರಾಲ್ ಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll right</source>
        <translation>ಬಲಕ್ಕೆ ಸ್ಕ್ರಾಲ್ ಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll up</source>
        <translation>ಮೇಲಕ್ಕೆ ಸ್ಕ್ರಾಲ್ ಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top</source>
        <translation>ಮೇಲ್ತುದಿ</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="-25"/>
        <source>&amp;Copy</source>
        <translation>ನಕಲಿಸಿ(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>ಅಂಟಿಸಿ(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>ಪುನಃ ಮಾಡಿ(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>ರದ್ದುಗೊಳಿಸಿ(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>ಲಿಂಕ್ ವಿಳಾಸವನ್ನು ನಕಲಿಸಿ(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>ಕತ್ತರಿಸಿ(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>ಅಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>ಎಲ್ಲವನ್ನೂ ಆಯ್ಕೆಮಾಡಿ</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="-30"/>
        <source>&amp;Finish</source>
        <translation>ಮುಗಿಸಿ(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>ಸಹಾಯ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>ಮುಂದೆ(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>ಮುಂದೆ(&amp;N) &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; ಹಿಂದೆ(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ರದ್ದುಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>ದೃಢೀಕರಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>ಮುಂದುವರಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>ಮುಗಿದಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go Back</source>
        <translation>ಹಿಂದಕ್ಕೆ ಹೋಗಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>ಸಹಾಯ</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location filename="../../desktop/ui/pages/recognition_ranking_model.py" line="+104"/>
        <source>The reviewers&apos; totals are %(spread)s points apart (%(totals)s); worth talking over before selecting.</source>
        <translation>ಮೌಲ್ಯಮಾಪಕರ ಒಟ್ಟು ಅಂಕಗಳಲ್ಲಿ %(spread)s ಅಂಕಗಳ ಅಂತರವಿದೆ (%(totals)s); ಆಯ್ಕೆಗೆ ಮುನ್ನ ಚರ್ಚಿಸುವುದು ಸೂಕ್ತ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Selected because: %s</source>
        <translation>ಆಯ್ಕೆಗೆ ಕಾರಣ: %s</translation>
    </message>
</context>
<context>
    <name>RankingTab</name>
    <message>
        <location line="-84"/>
        <source>Student</source>
        <translation>ವಿದ್ಯಾರ್ಥಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teacher</source>
        <translation>ಶಿಕ್ಷಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headmaster</source>
        <translation>ಮುಖ್ಯ ಶಿಕ್ಷಕ</translation>
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
        <translation>ಬ್ಲಾಕ್ ಅಧಿಕಾರಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official</source>
        <translation>ಅಧಿಕಾರಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School</source>
        <translation>ಶಾಲೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster</source>
        <translation>ಕ್ಲಸ್ಟರ್</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition_ranking.py" line="+71"/>
        <source>All statuses</source>
        <translation>ಎಲ್ಲಾ ಸ್ಥಿತಿಗಳು</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show status</source>
        <translation>ತೋರಿಸಬೇಕಾದ ಸ್ಥಿತಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;how:</source>
        <translation>ತೋರಿಸಿ(&amp;H):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ranking</source>
        <translation>ಶ್ರೇಣೀಕರಣ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Short&amp;list</source>
        <translation>ಕಿರುಪಟ್ಟಿಗೆ(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Put the chosen nominations on the shortlist</source>
        <translation>ಆಯ್ಕೆಮಾಡಿದ ನಾಮನಿರ್ದೇಶನಗಳನ್ನು ಕಿರುಪಟ್ಟಿಗೆ ಸೇರಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back to nominated</source>
        <translation>ನಾಮನಿರ್ದೇಶಿತ ಸ್ಥಿತಿಗೆ ಹಿಂತಿರುಗಿಸಿ(&amp;B)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take the chosen nominations off the shortlist</source>
        <translation>ಆಯ್ಕೆಮಾಡಿದ ನಾಮನಿರ್ದೇಶನಗಳನ್ನು ಕಿರುಪಟ್ಟಿಯಿಂದ ತೆಗೆಯಿರಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;elect…</source>
        <translation>ಆಯ್ಕೆಮಾಡಿ…(&amp;E)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select the chosen shortlisted nominees; a reason is asked when the ranking is overridden or the places exceeded</source>
        <translation>ಆಯ್ಕೆಮಾಡಿದ, ಕಿರುಪಟ್ಟಿಯಲ್ಲಿರುವ ನಾಮನಿರ್ದೇಶಿತರನ್ನು ಪುರಸ್ಕಾರಕ್ಕೆ ಆಯ್ಕೆಮಾಡಿ; ಶ್ರೇಣಿಯನ್ನು ಮೀರಿ ಆಯ್ಕೆಮಾಡಿದಾಗ ಅಥವಾ ಸ್ಥಾನಗಳಿಗಿಂತ ಹೆಚ್ಚು ಆಯ್ಕೆಯಾದಾಗ ಕಾರಣ ಕೇಳಲಾಗುತ್ತದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deselect</source>
        <translation>ಆಯ್ಕೆ ರದ್ದುಮಾಡಿ(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo the selection of the chosen nominees</source>
        <translation>ಆಯ್ಕೆಮಾಡಿದ ನಾಮನಿರ್ದೇಶಿತರ ಆಯ್ಕೆಯನ್ನು ರದ್ದುಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;attended…</source>
        <translation>ಹಾಜರಾಗಿದ್ದಾರೆ ಎಂದು ಗುರುತಿಸಿ…(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record that the chosen invited nominees attended the event</source>
        <translation>ಆಯ್ಕೆಮಾಡಿದ ಆಹ್ವಾನಿತ ನಾಮನಿರ್ದೇಶಿತರು ಸಮಾರಂಭಕ್ಕೆ ಹಾಜರಾಗಿದ್ದನ್ನು ದಾಖಲಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw…</source>
        <translation>ಹಿಂಪಡೆಯಿರಿ…(&amp;W)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Withdraw the chosen nomination, with the reason</source>
        <translation>ಆಯ್ಕೆಮಾಡಿದ ನಾಮನಿರ್ದೇಶನವನ್ನು ಕಾರಣದೊಂದಿಗೆ ಹಿಂಪಡೆಯಿರಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue &amp;invitations…</source>
        <translation>ಆಹ್ವಾನ ಪತ್ರಗಳನ್ನು ಹೊರಡಿಸಿ…(&amp;I)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One numbered invitation letter to the selected nominees (those chosen, or all of them)</source>
        <translation>ಆಯ್ಕೆಯಾದ ನಾಮನಿರ್ದೇಶಿತರಿಗೆ (ಆರಿಸಿದವರಿಗೆ, ಅಥವಾ ಎಲ್ಲರಿಗೂ) ಸಂಖ್ಯೆಯುಳ್ಳ ಒಂದು ಆಹ್ವಾನ ಪತ್ರ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue ce&amp;rtificates…</source>
        <translation>ಪ್ರಮಾಣಪತ್ರಗಳನ್ನು ಹೊರಡಿಸಿ…(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Numbered certificates for the nominees who attended (those chosen, or all of them)</source>
        <translation>ಹಾಜರಾದ ನಾಮನಿರ್ದೇಶಿತರಿಗೆ (ಆರಿಸಿದವರಿಗೆ, ಅಥವಾ ಎಲ್ಲರಿಗೂ) ಸಂಖ್ಯೆಯುಳ್ಳ ಪ್ರಮಾಣಪತ್ರಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view certificate</source>
        <translation>ಪ್ರಮಾಣಪತ್ರದ ಮುನ್ನೋಟ(&amp;V)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The chosen nominee&apos;s certificate as it would print, marked DRAFT</source>
        <translation>ಆಯ್ಕೆಮಾಡಿದ ನಾಮನಿರ್ದೇಶಿತರ ಪ್ರಮಾಣಪತ್ರ ಮುದ್ರಣವಾಗುವ ರೂಪದಲ್ಲಿ, &apos;ಕರಡು&apos; ಎಂದು ಗುರುತಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;publicity summary…</source>
        <translation>ಪ್ರಚಾರ ಸಾರಾಂಶ ಉಳಿಸಿ…(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A press note of who was selected or recognised, and why</source>
        <translation>ಯಾರನ್ನು ಆಯ್ಕೆಮಾಡಲಾಗಿದೆ ಅಥವಾ ಪುರಸ್ಕರಿಸಲಾಗಿದೆ ಮತ್ತು ಏಕೆ ಎಂಬ ಪತ್ರಿಕಾ ಪ್ರಕಟಣೆ</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Rank</source>
        <translation>ಶ್ರೇಣಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominee</source>
        <translation>ನಾಮನಿರ್ದೇಶಿತರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional name</source>
        <translation>ಸ್ಥಳೀಯ ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>ಬಗೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>ವಿಭಾಗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total %</source>
        <translation>ಒಟ್ಟು %</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Spread</source>
        <translation>ಅಂತರ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reviews</source>
        <translation>ಮೌಲ್ಯಮಾಪನಗಳು</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%(complete)s of %(expected)s</source>
        <translation>%(expected)s ರಲ್ಲಿ %(complete)s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>ಸ್ಥಿತಿ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a cycle above.</source>
        <translation>ಮೇಲೆ ಒಂದು ಆವೃತ್ತಿಯನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%(places)d places · %(selected)d selected · %(shortlisted)d shortlisted</source>
        <translation>%(places)d ಸ್ಥಾನಗಳು · %(selected)d ಆಯ್ಕೆ · %(shortlisted)d ಕಿರುಪಟ್ಟಿಯಲ್ಲಿ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>scores locked on %s: the shortlist can be drawn.</source>
        <translation>%s ರಂದು ಅಂಕಗಳು ಅಂತಿಮಗೊಂಡಿವೆ: ಕಿರುಪಟ್ಟಿ ಸಿದ್ಧಪಡಿಸಬಹುದು.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>scores not locked yet: the review closes on %s (or close it early on Programmes and cycles); shortlist after that.</source>
        <translation>ಅಂಕಗಳು ಇನ್ನೂ ಅಂತಿಮಗೊಂಡಿಲ್ಲ: ಮೌಲ್ಯಮಾಪನ %s ರಂದು ಮುಕ್ತಾಯವಾಗುತ್ತದೆ (ಅಥವಾ &apos;ಕಾರ್ಯಕ್ರಮಗಳು ಮತ್ತು ಆವೃತ್ತಿಗಳು&apos; ಟ್ಯಾಬ್‌ನಲ್ಲಿ ಮೊದಲೇ ಮುಕ್ತಾಯಗೊಳಿಸಿ); ನಂತರ ಕಿರುಪಟ್ಟಿ ಸಿದ್ಧಪಡಿಸಿ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;span style=&apos;color:%s&apos;&gt;More selected than places.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%s&apos;&gt;ಸ್ಥಾನಗಳಿಗಿಂತ ಹೆಚ್ಚು ಆಯ್ಕೆಯಾಗಿದ್ದಾರೆ.&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Ranking and selection</source>
        <translation>ಶ್ರೇಣೀಕರಣ ಮತ್ತು ಆಯ್ಕೆ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shortlisted: %s.</source>
        <translation>ಕಿರುಪಟ್ಟಿಗೆ ಸೇರಿಸಲಾಗಿದೆ: %s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taken off the shortlist: %s.</source>
        <translation>ಕಿರುಪಟ್ಟಿಯಿಂದ ತೆಗೆಯಲಾಗಿದೆ: %s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selection undone: %s.</source>
        <translation>ಆಯ್ಕೆ ರದ್ದಾಗಿದೆ: %s.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Selected with a reason: %s.</source>
        <translation>ಕಾರಣದೊಂದಿಗೆ ಆಯ್ಕೆಮಾಡಲಾಗಿದೆ: %s.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select</source>
        <translation>ಆಯ್ಕೆಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected: %s.</source>
        <translation>ಆಯ್ಕೆಮಾಡಲಾಗಿದೆ: %s.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>Mark attended</source>
        <translation>ಹಾಜರಾಗಿದ್ದಾರೆ ಎಂದು ಗುರುತಿಸಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attended: %s.</source>
        <translation>ಹಾಜರಾದವರು: %s.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Withdraw the nomination</source>
        <translation>ನಾಮನಿರ್ದೇಶನ ಹಿಂಪಡೆಯಿರಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw</source>
        <translation>ಹಿಂಪಡೆಯಿರಿ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Reason (kept on record)</source>
        <translation>ಕಾರಣ (ದಾಖಲೆಯಲ್ಲಿ ಉಳಿಯುತ್ತದೆ)(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdrawn: %s. It can be reinstated on the Nominations tab.</source>
        <translation>ಹಿಂಪಡೆಯಲಾಗಿದೆ: %s. &apos;ನಾಮನಿರ್ದೇಶನಗಳು&apos; ಟ್ಯಾಬ್‌ನಲ್ಲಿ ಇದನ್ನು ಮರುಸ್ಥಾಪಿಸಬಹುದು.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition_ranking_printing.py" line="-159"/>
        <source>Issue invitations</source>
        <translation>ಆಹ್ವಾನ ಪತ್ರಗಳನ್ನು ಹೊರಡಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Issue</source>
        <translation>ಹೊರಡಿಸಿ</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Issue certificates</source>
        <translation>ಪ್ರಮಾಣಪತ್ರಗಳನ್ನು ಹೊರಡಿಸಿ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Certificate preview</source>
        <translation>ಪ್ರಮಾಣಪತ್ರದ ಮುನ್ನೋಟ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparing the certificate</source>
        <translation>ಪ್ರಮಾಣಪತ್ರ ಸಿದ್ಧಪಡಿಸಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save the publicity summary</source>
        <translation>ಪ್ರಚಾರ ಸಾರಾಂಶವನ್ನು ಉಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ಕಡತಗಳು (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preparing the publicity summary</source>
        <translation>ಪ್ರಚಾರ ಸಾರಾಂಶ ಸಿದ್ಧಪಡಿಸಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %s</source>
        <translation>ಉಳಿಸಲಾಗಿದೆ: %s</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cancelled: nothing was issued.</source>
        <translation>ರದ್ದುಮಾಡಲಾಗಿದೆ: ಏನನ್ನೂ ಹೊರಡಿಸಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Issued as %s.</source>
        <translation>%s ಸಂಖ್ಯೆಯಲ್ಲಿ ಹೊರಡಿಸಲಾಗಿದೆ.</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/meeting_attendance.py" line="+20"/>
        <source>Attendance at %s</source>
        <translation>%s ಸಮಿತಿಯ ಹಾಜರಾತಿ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Member</source>
        <translation>ಸದಸ್ಯರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>ಪಾತ್ರ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>ಸಭೆಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>ಹಾಜರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Represented</source>
        <translation>ಪ್ರತಿನಿಧಿ ಮೂಲಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation>ಗೈರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recorded</source>
        <translation>ದಾಖಲಾಗಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attended</source>
        <translation>ಭಾಗವಹಿಸಿದ್ದು</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Meetings held from %(first)s to %(last)s; present or represented counts as attended.</source>
        <translation>%(first)s ರಿಂದ %(last)s ರವರೆಗೆ ನಡೆದ ಸಭೆಗಳು; ಹಾಜರು ಅಥವಾ ಪ್ರತಿನಿಧಿ ಮೂಲಕ ಹಾಜರಾದುದನ್ನು ಭಾಗವಹಿಸಿದ್ದು ಎಂದು ಎಣಿಸಲಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No meeting of the body was held in these twelve months.</source>
        <translation>ಈ ಹನ್ನೆರಡು ತಿಂಗಳುಗಳಲ್ಲಿ ಸಮಿತಿಯ ಯಾವುದೇ ಸಭೆ ನಡೆದಿಲ್ಲ.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/exchange_keys_tab.py" line="-275"/>
        <source>&amp;Reason (kept with the key)</source>
        <translation>ಕಾರಣ (ಕೀಲಿಯೊಂದಿಗೆ ದಾಖಲಾಗುತ್ತದೆ)(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/export_write_pages.py" line="+234"/>
        <source>Hand-over receipt</source>
        <translation>ಹಸ್ತಾಂತರ ರಸೀದಿ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the receipt; both sides sign it when the drive changes hands. The partner checks the package&apos;s SHA-256 and the office key&apos;s fingerprint against it.</source>
        <translation>ರಸೀದಿಯನ್ನು ಮುದ್ರಿಸಿ; ಡ್ರೈವ್ ಹಸ್ತಾಂತರವಾದಾಗ ಎರಡೂ ಕಡೆಯವರು ಸಹಿ ಮಾಡುತ್ತಾರೆ. ಪಾಲುದಾರ ಸಂಸ್ಥೆ ಪ್ಯಾಕೇಜಿನ SHA-256 ಮತ್ತು ಕಚೇರಿ ಕೀಲಿಯ ಬೆರಳಚ್ಚನ್ನು ಇದರೊಂದಿಗೆ ತಾಳೆ ನೋಡುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print…</source>
        <translation>ಮುದ್ರಿಸಿ…(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save receipt…</source>
        <translation>ರಸೀದಿ ಉಳಿಸಿ…(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preparing the receipt…</source>
        <translation>ರಸೀದಿ ಸಿದ್ಧಪಡಿಸಲಾಗುತ್ತಿದೆ…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The receipt could not be made: %s</source>
        <translation>ರಸೀದಿ ಸಿದ್ಧಪಡಿಸಲು ಸಾಧ್ಯವಾಗಲಿಲ್ಲ: %s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sent to the printer.</source>
        <translation>ಮುದ್ರಕಕ್ಕೆ ಕಳುಹಿಸಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the receipt</source>
        <translation>ರಸೀದಿ ಉಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ಕಡತಗಳು (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The receipt could not be saved: %s</source>
        <translation>ರಸೀದಿ ಉಳಿಸಲು ಸಾಧ್ಯವಾಗಲಿಲ್ಲ: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved %s</source>
        <translation>ಉಳಿಸಲಾಗಿದೆ: %s</translation>
    </message>
</context>
<context>
    <name>Recognition</name>
    <message>
        <location filename="../../desktop/services/recognition/certificates.py" line="+66"/>
        <source>The name of {nominee} is too long for the certificate, even on two lines at the smallest size; record a shorter form of the name (initials for the middle names, say).</source>
        <translation>{nominee} ಅವರ ಹೆಸರು ಪ್ರಮಾಣಪತ್ರಕ್ಕೆ ತುಂಬಾ ಉದ್ದವಾಗಿದೆ, ಅತಿ ಚಿಕ್ಕ ಗಾತ್ರದಲ್ಲಿ ಎರಡು ಸಾಲುಗಳಲ್ಲಿಯೂ ಹಿಡಿಸುವುದಿಲ್ಲ; ಹೆಸರಿನ ಚಿಕ್ಕ ರೂಪವನ್ನು ದಾಖಲಿಸಿ (ಉದಾ: ಮಧ್ಯದ ಹೆಸರುಗಳಿಗೆ ಇನಿಶಿಯಲ್‌ಗಳು).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The regional name of {nominee} (&apos;{text}&apos;) is too long for the certificate, even on two lines at the smallest size; record a shorter form of the name (initials for the middle names, say).</source>
        <translation>{nominee} ಅವರ ಸ್ಥಳೀಯ ಹೆಸರು (&apos;{text}&apos;) ಪ್ರಮಾಣಪತ್ರಕ್ಕೆ ತುಂಬಾ ಉದ್ದವಾಗಿದೆ, ಅತಿ ಚಿಕ್ಕ ಗಾತ್ರದಲ್ಲಿ ಎರಡು ಸಾಲುಗಳಲ್ಲಿಯೂ ಹಿಡಿಸುವುದಿಲ್ಲ; ಹೆಸರಿನ ಚಿಕ್ಕ ರೂಪವನ್ನು ದಾಖಲಿಸಿ (ಉದಾ: ಮಧ್ಯದ ಹೆಸರುಗಳಿಗೆ ಇನಿಶಿಯಲ್‌ಗಳು).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{nominee}&apos;s certificate: the {what} &apos;{text}&apos; is too long for it, even on two lines.</source>
        <translation>{nominee} ಅವರ ಪ್ರಮಾಣಪತ್ರ: {what} &apos;{text}&apos; ಎರಡು ಸಾಲುಗಳಲ್ಲಿಯೂ ಹಿಡಿಸದಷ್ಟು ಉದ್ದವಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{nominee}&apos;s certificate: {problem}</source>
        <translation>{nominee} ಅವರ ಪ್ರಮಾಣಪತ್ರ: {problem}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>… and {count} more.</source>
        <translation>… ಮತ್ತು ಇನ್ನೂ {count}.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Nomination #{number} no longer exists; no certificate was issued. Try again.</source>
        <translation>ನಾಮನಿರ್ದೇಶನ #{number} ಈಗ ಅಸ್ತಿತ್ವದಲ್ಲಿಲ್ಲ; ಯಾವುದೇ ಪ್ರಮಾಣಪತ್ರ ಹೊರಡಿಸಲಾಗಿಲ್ಲ. ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nomination #{number} is now {status}; no certificate was issued. Try again.</source>
        <translation>ನಾಮನಿರ್ದೇಶನ #{number} ಈಗ {status}; ಯಾವುದೇ ಪ್ರಮಾಣಪತ್ರ ಹೊರಡಿಸಲಾಗಿಲ್ಲ. ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>for certificates</source>
        <translation>ಪ್ರಮಾಣಪತ್ರಗಳಿಗಾಗಿ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>issuing certificates</source>
        <translation>ಪ್ರಮಾಣಪತ್ರಗಳನ್ನು ಹೊರಡಿಸುವುದು</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>their certificate</source>
        <translation>ಅವರ ಪ್ರಮಾಣಪತ್ರ</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Issued certificates</source>
        <translation>ಹೊರಡಿಸಿದ ಪ್ರಮಾಣಪತ್ರಗಳು</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{number} is a {kind}, not a batch of certificates.</source>
        <translation>{number} ಒಂದು {kind}, ಪ್ರಮಾಣಪತ್ರಗಳ ಕಂತು ಅಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Done</source>
        <translation>ಪೂರ್ಣಗೊಂಡಿದೆ</translation>
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
        <translation>ನಾಮನಿರ್ದೇಶನ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The nomination was withdrawn; it gets no certificate.</source>
        <translation>ನಾಮನಿರ್ದೇಶನವನ್ನು ಹಿಂಪಡೆಯಲಾಗಿದೆ; ಅದಕ್ಕೆ ಪ್ರಮಾಣಪತ್ರ ಇಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for a certificate</source>
        <translation>ಪ್ರಮಾಣಪತ್ರಕ್ಕಾಗಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>previewing a certificate</source>
        <translation>ಪ್ರಮಾಣಪತ್ರದ ಮುನ್ನೋಟ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/conflicts.py" line="-22"/>
        <source>Reviewer nominated this nominee</source>
        <translation>ಮೌಲ್ಯಮಾಪಕರೇ ಈ ನಾಮನಿರ್ದೇಶಿತರನ್ನು ನಾಮನಿರ್ದೇಶಿಸಿದ್ದಾರೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This nomination is about the reviewer</source>
        <translation>ಈ ನಾಮನಿರ್ದೇಶನ ಮೌಲ್ಯಮಾಪಕರ ಕುರಿತಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer works at the nominated school</source>
        <translation>ಮೌಲ್ಯಮಾಪಕರು ನಾಮನಿರ್ದೇಶಿತ ಶಾಲೆಯಲ್ಲಿ ಕೆಲಸ ಮಾಡುತ್ತಾರೆ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/cycle_checks.py" line="+33"/>
        <source>The day nominations open</source>
        <translation>ನಾಮನಿರ್ದೇಶನಗಳು ಆರಂಭವಾಗುವ ದಿನ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day nominations close</source>
        <translation>ನಾಮನಿರ್ದೇಶನಗಳು ಮುಕ್ತಾಯವಾಗುವ ದಿನ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day the review opens</source>
        <translation>ಮೌಲ್ಯಮಾಪನ ಆರಂಭವಾಗುವ ದಿನ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day the review closes</source>
        <translation>ಮೌಲ್ಯಮಾಪನ ಮುಕ್ತಾಯವಾಗುವ ದಿನ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nominations cannot close ({closes}) before they open ({opens}).</source>
        <translation>ನಾಮನಿರ್ದೇಶನಗಳು ಆರಂಭವಾಗುವ ({opens}) ಮೊದಲೇ ಮುಕ್ತಾಯವಾಗುವಂತಿಲ್ಲ ({closes}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The review cannot close ({closes}) before it opens ({opens}).</source>
        <translation>ಮೌಲ್ಯಮಾಪನ ಆರಂಭವಾಗುವ ({opens}) ಮೊದಲೇ ಮುಕ್ತಾಯವಾಗುವಂತಿಲ್ಲ ({closes}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The review cannot open ({opens}) before nominations open ({nominations_open}).</source>
        <translation>ನಾಮನಿರ್ದೇಶನಗಳು ಆರಂಭವಾಗುವ ({nominations_open}) ಮೊದಲೇ ಮೌಲ್ಯಮಾಪನ ಆರಂಭವಾಗುವಂತಿಲ್ಲ ({opens}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The review cannot close ({closes}) before nominations close ({nominations_close}): the last nominations would never be scored.</source>
        <translation>ನಾಮನಿರ್ದೇಶನಗಳು ಮುಕ್ತಾಯವಾಗುವ ({nominations_close}) ಮೊದಲೇ ಮೌಲ್ಯಮಾಪನ ಮುಕ್ತಾಯವಾಗುವಂತಿಲ್ಲ ({closes}): ಕೊನೆಯ ನಾಮನಿರ್ದೇಶನಗಳಿಗೆ ಎಂದಿಗೂ ಅಂಕ ನೀಡಲಾಗುವುದಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The event ({day}) cannot come before the review closes ({closes}).</source>
        <translation>ಸಮಾರಂಭ ({day}) ಮೌಲ್ಯಮಾಪನ ಮುಕ್ತಾಯವಾಗುವ ({closes}) ಮೊದಲು ಇರುವಂತಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the event&apos;s date with its time.</source>
        <translation>ಸಮಾರಂಭದ ದಿನಾಂಕವನ್ನು ಸಮಯದೊಂದಿಗೆ ನೀಡಿ.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This programme already has a cycle named {name}.</source>
        <translation>ಈ ಕಾರ್ಯಕ್ರಮದಲ್ಲಿ ಈಗಾಗಲೇ {name} ಎಂಬ ಆವೃತ್ತಿ ಇದೆ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cycle name</source>
        <translation>ಆವೃತ್ತಿಯ ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the programme this cycle belongs to.</source>
        <translation>ಈ ಆವೃತ್ತಿ ಸೇರಿರುವ ಕಾರ್ಯಕ್ರಮವನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Places must be a whole number of at least 1, not {places}.</source>
        <translation>ಸ್ಥಾನಗಳು ಕನಿಷ್ಠ 1 ರ ಪೂರ್ಣ ಸಂಖ್ಯೆಯಾಗಿರಬೇಕು, {places} ಅಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chosen issuing office no longer exists; choose again.</source>
        <translation>ಆಯ್ಕೆಮಾಡಿದ ಹೊರಡಿಸುವ ಕಚೇರಿ ಈಗ ಅಸ್ತಿತ್ವದಲ್ಲಿಲ್ಲ; ಮತ್ತೆ ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The chosen signatory no longer exists; choose again.</source>
        <translation>ಆಯ್ಕೆಮಾಡಿದ ಸಹಿದಾರರು ಈಗ ಅಸ್ತಿತ್ವದಲ್ಲಿಲ್ಲ; ಮತ್ತೆ ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Venue</source>
        <translation>ಸ್ಥಳ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local venue</source>
        <translation>ಸ್ಥಳ (ಸ್ಥಳೀಯ ಭಾಷೆ)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{cycle} has one nomination made under its programme; it cannot move to another programme.</source>
        <translation>{cycle} ನಲ್ಲಿ ಅದರ ಕಾರ್ಯಕ್ರಮದ ಅಡಿಯಲ್ಲಿ ಒಂದು ನಾಮನಿರ್ದೇಶನ ಆಗಿದೆ; ಅದನ್ನು ಬೇರೆ ಕಾರ್ಯಕ್ರಮಕ್ಕೆ ವರ್ಗಾಯಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{cycle} has {count} nominations made under its programme; it cannot move to another programme.</source>
        <translation>{cycle} ನಲ್ಲಿ ಅದರ ಕಾರ್ಯಕ್ರಮದ ಅಡಿಯಲ್ಲಿ {count} ನಾಮನಿರ್ದೇಶನಗಳು ಆಗಿವೆ; ಅದನ್ನು ಬೇರೆ ಕಾರ್ಯಕ್ರಮಕ್ಕೆ ವರ್ಗಾಯಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>One nominee of {cycle} is already selected; it cannot have fewer places than that ({places}). Move them back to the shortlist first.</source>
        <translation>{cycle} ನ ಒಬ್ಬ ನಾಮನಿರ್ದೇಶಿತರು ಈಗಾಗಲೇ ಆಯ್ಕೆಯಾಗಿದ್ದಾರೆ; ಸ್ಥಾನಗಳು ಅದಕ್ಕಿಂತ ಕಡಿಮೆ ({places}) ಇರುವಂತಿಲ್ಲ. ಮೊದಲು ಅವರನ್ನು ಕಿರುಪಟ್ಟಿಗೆ ಹಿಂತಿರುಗಿಸಿ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} nominees of {cycle} are already selected; it cannot have fewer places than that ({places}). Move some back to the shortlist first.</source>
        <translation>{cycle} ನ {count} ನಾಮನಿರ್ದೇಶಿತರು ಈಗಾಗಲೇ ಆಯ್ಕೆಯಾಗಿದ್ದಾರೆ; ಸ್ಥಾನಗಳು ಅದಕ್ಕಿಂತ ಕಡಿಮೆ ({places}) ಇರುವಂತಿಲ್ಲ. ಮೊದಲು ಕೆಲವರನ್ನು ಕಿರುಪಟ್ಟಿಗೆ ಹಿಂತಿರುಗಿಸಿ.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>One nomination of {cycle} is dated outside the new nomination window ({opens} to {closes}), on {first}; the window must still include it.</source>
        <translation>{cycle} ನ ಒಂದು ನಾಮನಿರ್ದೇಶನದ ದಿನಾಂಕ ({first}) ಹೊಸ ನಾಮನಿರ್ದೇಶನ ಅವಧಿಯ ({opens} ರಿಂದ {closes}) ಹೊರಗಿದೆ; ಅವಧಿ ಅದನ್ನು ಒಳಗೊಂಡಿರಬೇಕು.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} nominations of {cycle} are dated outside the new nomination window ({opens} to {closes}), between {first} and {last}; the window must still include them.</source>
        <translation>{cycle} ನ {count} ನಾಮನಿರ್ದೇಶನಗಳ ದಿನಾಂಕಗಳು ({first} ರಿಂದ {last}) ಹೊಸ ನಾಮನಿರ್ದೇಶನ ಅವಧಿಯ ({opens} ರಿಂದ {closes}) ಹೊರಗಿವೆ; ಅವಧಿ ಅವುಗಳನ್ನು ಒಳಗೊಂಡಿರಬೇಕು.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/cycles.py" line="+32"/>
        <source>Nominations not yet open</source>
        <translation>ನಾಮನಿರ್ದೇಶನಗಳು ಇನ್ನೂ ಆರಂಭವಾಗಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominations open</source>
        <translation>ನಾಮನಿರ್ದೇಶನಗಳು ತೆರೆದಿವೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominations and review open</source>
        <translation>ನಾಮನಿರ್ದೇಶನ ಮತ್ತು ಮೌಲ್ಯಮಾಪನ ತೆರೆದಿವೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominations closed</source>
        <translation>ನಾಮನಿರ್ದೇಶನಗಳು ಮುಕ್ತಾಯವಾಗಿವೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review open</source>
        <translation>ಮೌಲ್ಯಮಾಪನ ತೆರೆದಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review closed</source>
        <translation>ಮೌಲ್ಯಮಾಪನ ಮುಕ್ತಾಯವಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event today</source>
        <translation>ಇಂದು ಸಮಾರಂಭ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event held</source>
        <translation>ಸಮಾರಂಭ ನಡೆದಿದೆ</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+6"/>
        <source>{start} to {end}</source>
        <translation>{start} ರಿಂದ {end} ರವರೆಗೆ</translation>
    </message>
    <message>
        <location line="+123"/>
        <location line="+11"/>
        <location line="+34"/>
        <location line="+30"/>
        <location filename="../../desktop/services/recognition/nominations.py" line="-124"/>
        <source>Cycle</source>
        <translation>ಆವೃತ್ತಿ</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>{cycle} has one nomination; a cycle with nominations cannot be deleted.</source>
        <translation>{cycle} ನಲ್ಲಿ ಒಂದು ನಾಮನಿರ್ದೇಶನ ಇದೆ; ನಾಮನಿರ್ದೇಶನಗಳಿರುವ ಆವೃತ್ತಿಯನ್ನು ಅಳಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{cycle} has {count} nominations; a cycle with nominations cannot be deleted.</source>
        <translation>{cycle} ನಲ್ಲಿ {count} ನಾಮನಿರ್ದೇಶನಗಳಿವೆ; ನಾಮನಿರ್ದೇಶನಗಳಿರುವ ಆವೃತ್ತಿಯನ್ನು ಅಳಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The review of {cycle} was already closed on {day}.</source>
        <translation>{cycle} ನ ಮೌಲ್ಯಮಾಪನ ಈಗಾಗಲೇ {day} ರಂದು ಮುಕ್ತಾಯವಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The review of {cycle} closed on {day}; its scores are already locked.</source>
        <translation>{cycle} ನ ಮೌಲ್ಯಮಾಪನ {day} ರಂದು ಮುಕ್ತಾಯವಾಗಿದೆ; ಅದರ ಅಂಕಗಳು ಈಗಾಗಲೇ ಅಂತಿಮಗೊಂಡಿವೆ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The review of {cycle} opens on {day}; it cannot be closed before it has opened.</source>
        <translation>{cycle} ನ ಮೌಲ್ಯಮಾಪನ {day} ರಂದು ಆರಂಭವಾಗುತ್ತದೆ; ಆರಂಭವಾಗುವ ಮೊದಲೇ ಅದನ್ನು ಮುಕ್ತಾಯಗೊಳಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/evidence.py" line="-39"/>
        <source>{file} is already attached to {nominee}&apos;s nomination (as &apos;{title}&apos;).</source>
        <translation>{file} ಈಗಾಗಲೇ {nominee} ಅವರ ನಾಮನಿರ್ದೇಶನಕ್ಕೆ ಲಗತ್ತಿಸಲಾಗಿದೆ (&apos;{title}&apos; ಎಂದು).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{nominee}&apos;s nomination already has {count} evidence files, the most kept for one nomination; remove one before adding another.</source>
        <translation>{nominee} ಅವರ ನಾಮನಿರ್ದೇಶನದಲ್ಲಿ ಈಗಾಗಲೇ {count} ಪುರಾವೆ ಕಡತಗಳಿವೆ, ಒಂದು ನಾಮನಿರ್ದೇಶನಕ್ಕೆ ಇದೇ ಗರಿಷ್ಠ; ಇನ್ನೊಂದನ್ನು ಸೇರಿಸುವ ಮೊದಲು ಒಂದನ್ನು ತೆಗೆದುಹಾಕಿ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{nominee}&apos;s nomination already has {total} of evidence; {file} ({size}) would take it past {limit}. Attach a smaller copy or remove a file.</source>
        <translation>{nominee} ಅವರ ನಾಮನಿರ್ದೇಶನದಲ್ಲಿ ಈಗಾಗಲೇ {total} ಪುರಾವೆ ಇದೆ; {file} ({size}) ಸೇರಿಸಿದರೆ ಅದು {limit} ಮೀರುತ್ತದೆ. ಚಿಕ್ಕ ಪ್ರತಿಯನ್ನು ಲಗತ್ತಿಸಿ ಅಥವಾ ಒಂದು ಕಡತವನ್ನು ತೆಗೆದುಹಾಕಿ.</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+8"/>
        <source>Evidence</source>
        <translation>ಪುರಾವೆ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/invitations.py" line="+280"/>
        <source>issuing invitations</source>
        <translation>ಆಹ್ವಾನ ಪತ್ರಗಳನ್ನು ಹೊರಡಿಸುವುದು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for an invitation</source>
        <translation>ಆಹ್ವಾನ ಪತ್ರಕ್ಕಾಗಿ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>their invitation</source>
        <translation>ಅವರ ಆಹ್ವಾನ ಪತ್ರ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The invitation is dated {day}, after the event on {event_day}; date it on or before the event.</source>
        <translation>ಆಹ್ವಾನ ಪತ್ರದ ದಿನಾಂಕ {day}, {event_day} ರ ಸಮಾರಂಭದ ನಂತರದ್ದು; ಸಮಾರಂಭದ ದಿನ ಅಥವಾ ಅದಕ್ಕಿಂತ ಮೊದಲಿನ ದಿನಾಂಕ ನೀಡಿ.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nomination #{number} no longer exists; no invitation was issued. Try again.</source>
        <translation>ನಾಮನಿರ್ದೇಶನ #{number} ಈಗ ಅಸ್ತಿತ್ವದಲ್ಲಿಲ್ಲ; ಯಾವುದೇ ಆಹ್ವಾನ ಪತ್ರ ಹೊರಡಿಸಲಾಗಿಲ್ಲ. ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nomination #{number} is now {status}; no invitation was issued. Try again.</source>
        <translation>ನಾಮನಿರ್ದೇಶನ #{number} ಈಗ {status}; ಯಾವುದೇ ಆಹ್ವಾನ ಪತ್ರ ಹೊರಡಿಸಲಾಗಿಲ್ಲ. ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/nomination_checks.py" line="+35"/>
        <source>Justification is required: say what the nominee did and what changed.</source>
        <translation>ಸಮರ್ಥನೆ ಕಡ್ಡಾಯ: ನಾಮನಿರ್ದೇಶಿತರು ಏನು ಮಾಡಿದರು ಮತ್ತು ಏನು ಬದಲಾಯಿತು ಎಂದು ತಿಳಿಸಿ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The justification is {count} characters long; write at least {least}: what the nominee did and what changed because of it.</source>
        <translation>ಸಮರ್ಥನೆ {count} ಅಕ್ಷರಗಳಷ್ಟಿದೆ; ಕನಿಷ್ಠ {least} ಅಕ್ಷರಗಳನ್ನು ಬರೆಯಿರಿ: ನಾಮನಿರ್ದೇಶಿತರು ಏನು ಮಾಡಿದರು ಮತ್ತು ಅದರಿಂದ ಏನು ಬದಲಾಯಿತು.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The justification is {count} characters long; at most {limit} fit.</source>
        <translation>ಸಮರ್ಥನೆ {count} ಅಕ್ಷರಗಳಷ್ಟು ಉದ್ದವಿದೆ; ಗರಿಷ್ಠ {limit} ಅಕ್ಷರಗಳು ಮಾತ್ರ.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{programme} has no categories; leave the category empty.</source>
        <translation>{programme} ನಲ್ಲಿ ವಿಭಾಗಗಳಿಲ್ಲ; ವಿಭಾಗವನ್ನು ಖಾಲಿ ಬಿಡಿ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the category: {categories}.</source>
        <translation>ವಿಭಾಗವನ್ನು ಆಯ್ಕೆಮಾಡಿ: {categories}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;{category}&apos; is not a category of {programme}; choose one of: {categories}.</source>
        <translation>&apos;{category}&apos; {programme} ನ ವಿಭಾಗವಲ್ಲ; ಇವುಗಳಲ್ಲಿ ಒಂದನ್ನು ಆಯ್ಕೆಮಾಡಿ: {categories}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose who nominates: a person, an office or an organisation.</source>
        <translation>ನಾಮನಿರ್ದೇಶಿಸುವವರನ್ನು ಆಯ್ಕೆಮಾಡಿ: ವ್ಯಕ್ತಿ, ಕಚೇರಿ ಅಥವಾ ಸಂಸ್ಥೆ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chosen nominating {kind} no longer exists; choose again.</source>
        <translation>ಆಯ್ಕೆಮಾಡಿದ ನಾಮನಿರ್ದೇಶಿಸುವ {kind} ಈಗ ಅಸ್ತಿತ್ವದಲ್ಲಿಲ್ಲ; ಮತ್ತೆ ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The date of the nomination is required.</source>
        <translation>ನಾಮನಿರ್ದೇಶನದ ದಿನಾಂಕ ಕಡ್ಡಾಯ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nominations for {cycle} are open from {opens} to {closes}; this one is dated {day}.</source>
        <translation>{cycle} ಗೆ ನಾಮನಿರ್ದೇಶನಗಳು {opens} ರಿಂದ {closes} ರವರೆಗೆ ತೆರೆದಿರುತ್ತವೆ; ಇದರ ದಿನಾಂಕ {day}.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{person} ({designation}) is already in the records; choose that person as the nominee instead of adding them again.</source>
        <translation>{person} ({designation}) ಈಗಾಗಲೇ ದಾಖಲೆಗಳಲ್ಲಿದ್ದಾರೆ; ಅವರನ್ನು ಮತ್ತೆ ಸೇರಿಸುವ ಬದಲು ಆ ವ್ಯಕ್ತಿಯನ್ನೇ ನಾಮನಿರ್ದೇಶಿತರಾಗಿ ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the nominee: a person, a school or a cluster.</source>
        <translation>ನಾಮನಿರ್ದೇಶಿತರನ್ನು ಆಯ್ಕೆಮಾಡಿ: ವ್ಯಕ್ತಿ, ಶಾಲೆ ಅಥವಾ ಕ್ಲಸ್ಟರ್.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose an existing nominee or add a new person, not both.</source>
        <translation>ಈಗಿರುವ ನಾಮನಿರ್ದೇಶಿತರನ್ನು ಆಯ್ಕೆಮಾಡಿ ಅಥವಾ ಹೊಸ ವ್ಯಕ್ತಿಯನ್ನು ಸೇರಿಸಿ, ಎರಡನ್ನೂ ಅಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the {kind} nominated.</source>
        <translation>ನಾಮನಿರ್ದೇಶಿತ {kind} ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chosen {kind} no longer exists; choose again.</source>
        <translation>ಆಯ್ಕೆಮಾಡಿದ {kind} ಈಗ ಅಸ್ತಿತ್ವದಲ್ಲಿಲ್ಲ; ಮತ್ತೆ ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>person</source>
        <translation>ವ್ಯಕ್ತಿ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/nominations.py" line="-55"/>
        <source>{nominee} was nominated for {cycle} on {day} by {nominators}; that nomination was withdrawn on {withdrawn_on} and still counts. Reinstate it (back to Nominated), then merge this nomination into it.</source>
        <translation>{nominee} ಅವರನ್ನು {cycle} ಗೆ {day} ರಂದು {nominators} ನಾಮನಿರ್ದೇಶಿಸಿದ್ದರು; ಆ ನಾಮನಿರ್ದೇಶನವನ್ನು {withdrawn_on} ರಂದು ಹಿಂಪಡೆಯಲಾಗಿದ್ದು ಅದು ಇನ್ನೂ ಲೆಕ್ಕಕ್ಕೆ ಬರುತ್ತದೆ. ಅದನ್ನು ಮರುಸ್ಥಾಪಿಸಿ (&apos;ನಾಮನಿರ್ದೇಶಿತ&apos; ಸ್ಥಿತಿಗೆ), ನಂತರ ಈ ನಾಮನಿರ್ದೇಶನವನ್ನು ಅದರೊಂದಿಗೆ ವಿಲೀನಗೊಳಿಸಿ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{nominee} is already nominated for {cycle} (on {day} by {nominators}; now {status}). Merge this nomination into it to add its nominator and justification.</source>
        <translation>{nominee} ಅವರನ್ನು ಈಗಾಗಲೇ {cycle} ಗೆ ನಾಮನಿರ್ದೇಶಿಸಲಾಗಿದೆ ({day} ರಂದು {nominators}; ಈಗ {status}). ಅದರ ನಾಮನಿರ್ದೇಶಕರು ಮತ್ತು ಸಮರ್ಥನೆಯನ್ನು ಸೇರಿಸಲು ಈ ನಾಮನಿರ್ದೇಶನವನ್ನು ಅದರೊಂದಿಗೆ ವಿಲೀನಗೊಳಿಸಿ.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{nominator} already nominated {nominee} in this cycle (on {day}); the same nominator cannot be added twice.</source>
        <translation>{nominator} ಈಗಾಗಲೇ ಈ ಆವೃತ್ತಿಯಲ್ಲಿ {nominee} ಅವರನ್ನು ನಾಮನಿರ್ದೇಶಿಸಿದ್ದಾರೆ ({day} ರಂದು); ಅದೇ ನಾಮನಿರ್ದೇಶಕರನ್ನು ಎರಡು ಬಾರಿ ಸೇರಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Unknown source of nomination &apos;{source}&apos;.</source>
        <translation>ಅಪರಿಚಿತ ನಾಮನಿರ್ದೇಶನ ಮೂಲ &apos;{source}&apos;.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{nominee}&apos;s nomination is {status} (since {day}); it can be corrected only while Nominated or Shortlisted.</source>
        <translation>{nominee} ಅವರ ನಾಮನಿರ್ದೇಶನ {status} ({day} ರಿಂದ); &apos;ನಾಮನಿರ್ದೇಶಿತ&apos; ಅಥವಾ &apos;ಕಿರುಪಟ್ಟಿಯಲ್ಲಿ&apos; ಸ್ಥಿತಿಯಲ್ಲಿರುವಾಗ ಮಾತ್ರ ಸರಿಪಡಿಸಬಹುದು.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{nominator} is already another nominator of this nomination.</source>
        <translation>{nominator} ಈಗಾಗಲೇ ಈ ನಾಮನಿರ್ದೇಶನದ ಇನ್ನೊಬ್ಬ ನಾಮನಿರ್ದೇಶಕರು.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{nominee}&apos;s nomination is {status}; only a nomination still at Nominated can be deleted. Withdraw it instead, which keeps it on record.</source>
        <translation>{nominee} ಅವರ ನಾಮನಿರ್ದೇಶನ {status}; &apos;ನಾಮನಿರ್ದೇಶಿತ&apos; ಸ್ಥಿತಿಯಲ್ಲಿರುವ ನಾಮನಿರ್ದೇಶನವನ್ನು ಮಾತ್ರ ಅಳಿಸಬಹುದು. ಬದಲಿಗೆ ಅದನ್ನು ಹಿಂಪಡೆಯಿರಿ, ಅದು ದಾಖಲೆಯಲ್ಲಿ ಉಳಿಯುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reviewers have given one score to {nominee}&apos;s nomination; withdraw it instead of deleting it.</source>
        <translation>ಮೌಲ್ಯಮಾಪಕರು {nominee} ಅವರ ನಾಮನಿರ್ದೇಶನಕ್ಕೆ ಒಂದು ಅಂಕ ನೀಡಿದ್ದಾರೆ; ಅಳಿಸುವ ಬದಲು ಅದನ್ನು ಹಿಂಪಡೆಯಿರಿ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reviewers have given {count} scores to {nominee}&apos;s nomination; withdraw it instead of deleting it.</source>
        <translation>ಮೌಲ್ಯಮಾಪಕರು {nominee} ಅವರ ನಾಮನಿರ್ದೇಶನಕ್ಕೆ {count} ಅಂಕಗಳನ್ನು ನೀಡಿದ್ದಾರೆ; ಅಳಿಸುವ ಬದಲು ಅದನ್ನು ಹಿಂಪಡೆಯಿರಿ.</translation>
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
        <translation>{nominee} ಅವರ ಹುದ್ದೆ &apos;{designation}&apos; ಅನ್ನು {programme} ಪುರಸ್ಕರಿಸುವುದಿಲ್ಲ (ಅದು {kinds} ಅನ್ನು ಪುರಸ್ಕರಿಸುತ್ತದೆ); ಹುದ್ದೆ ತಪ್ಪಾಗಿದ್ದರೆ ಸರಿಪಡಿಸಿ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{nominee} is {kind}; {programme} recognises {kinds} only.</source>
        <translation>{nominee} {kind}; {programme} {kinds} ಅನ್ನು ಮಾತ್ರ ಪುರಸ್ಕರಿಸುತ್ತದೆ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/printed.py" line="-63"/>
        <source>issuing office</source>
        <translation>ಹೊರಡಿಸುವ ಕಚೇರಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signatory</source>
        <translation>ಸಹಿದಾರರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event date</source>
        <translation>ಸಮಾರಂಭದ ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event time</source>
        <translation>ಸಮಾರಂಭದ ಸಮಯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>venue</source>
        <translation>ಸ್ಥಳ</translation>
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
        <translation>ಪುರಸ್ಕಾರ ಆವೃತ್ತಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/services/recognition/ranking.py" line="+2"/>
        <location filename="../../desktop/services/recognition/scoring.py" line="-270"/>
        <location line="+162"/>
        <location line="+114"/>
        <source>Recognition programme</source>
        <translation>ಪುರಸ್ಕಾರ ಕಾರ್ಯಕ್ರಮ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{cycle} has no {details}; record it in the cycle before {purpose}.</source>
        <translation>{cycle} ನಲ್ಲಿ {details} ಇಲ್ಲ; {purpose} ಮೊದಲು ಅದನ್ನು ಆವೃತ್ತಿಯಲ್ಲಿ ದಾಖಲಿಸಿ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{cycle} has no {details}; record them in the cycle before {purpose}.</source>
        <translation>{cycle} ನಲ್ಲಿ {details} ಇಲ್ಲ; {purpose} ಮೊದಲು ಅವುಗಳನ್ನು ಆವೃತ್ತಿಯಲ್ಲಿ ದಾಖಲಿಸಿ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signatory</source>
        <translation>ಸಹಿದಾರರು</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Choose at least one nominee {purpose}.</source>
        <translation>{purpose} ಕನಿಷ್ಠ ಒಬ್ಬ ನಾಮನಿರ್ದೇಶಿತರನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nomination #{numbers} is not in the cycle {cycle}.</source>
        <translation>ನಾಮನಿರ್ದೇಶನ #{numbers} {cycle} ಆವೃತ್ತಿಯಲ್ಲಿ ಇಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominations #{numbers} are not in the cycle {cycle}.</source>
        <translation>ನಾಮನಿರ್ದೇಶನಗಳು #{numbers} {cycle} ಆವೃತ್ತಿಯಲ್ಲಿ ಇಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{nominee} is {status}</source>
        <translation>{nominee}: {status}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only {status} nominees can be chosen {purpose}: {nominees}; and {count} more.</source>
        <translation>{purpose} {status} ನಾಮನಿರ್ದೇಶಿತರನ್ನು ಮಾತ್ರ ಆಯ್ಕೆಮಾಡಬಹುದು: {nominees}; ಮತ್ತು ಇನ್ನೂ {count}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only {status} nominees can be chosen {purpose}: {nominees}.</source>
        <translation>{purpose} {status} ನಾಮನಿರ್ದೇಶಿತರನ್ನು ಮಾತ್ರ ಆಯ್ಕೆಮಾಡಬಹುದು: {nominees}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{nominee} reached this step on {day}; {what} cannot be dated {issued_on}, before that.</source>
        <translation>{nominee} {day} ರಂದು ಈ ಹಂತ ತಲುಪಿದ್ದಾರೆ; {what} ಅದಕ್ಕಿಂತ ಮೊದಲಿನ {issued_on} ದಿನಾಂಕ ಹೊಂದುವಂತಿಲ್ಲ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/programme_checks.py" line="+37"/>
        <source>A programme named {name} already exists; give this one another name.</source>
        <translation>{name} ಎಂಬ ಕಾರ್ಯಕ್ರಮ ಈಗಾಗಲೇ ಇದೆ; ಇದಕ್ಕೆ ಬೇರೆ ಹೆಸರು ನೀಡಿ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The scale&apos;s lowest and highest levels must be whole numbers.</source>
        <translation>ಮಾಪಕದ ಕನಿಷ್ಠ ಮತ್ತು ಗರಿಷ್ಠ ಮಟ್ಟಗಳು ಪೂರ್ಣ ಸಂಖ್ಯೆಗಳಾಗಿರಬೇಕು.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The scale cannot start below {lowest} (it starts at {start}).</source>
        <translation>ಮಾಪಕ {lowest} ಕ್ಕಿಂತ ಕೆಳಗೆ ಆರಂಭವಾಗುವಂತಿಲ್ಲ (ಅದು {start} ರಿಂದ ಆರಂಭವಾಗುತ್ತದೆ).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The scale&apos;s highest level ({highest}) must be above its lowest ({lowest}).</source>
        <translation>ಮಾಪಕದ ಗರಿಷ್ಠ ಮಟ್ಟ ({highest}) ಅದರ ಕನಿಷ್ಠ ಮಟ್ಟಕ್ಕಿಂತ ({lowest}) ಹೆಚ್ಚಿರಬೇಕು.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The scale can go up to {highest} at most, not {end}.</source>
        <translation>ಮಾಪಕ ಗರಿಷ್ಠ {highest} ವರೆಗೆ ಮಾತ್ರ ಹೋಗಬಹುದು, {end} ಅಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown kind of nominee: {kinds}.</source>
        <translation>ಅಪರಿಚಿತ ಬಗೆಯ ನಾಮನಿರ್ದೇಶಿತರು: {kinds}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown kinds of nominee: {kinds}.</source>
        <translation>ಅಪರಿಚಿತ ಬಗೆಗಳ ನಾಮನಿರ್ದೇಶಿತರು: {kinds}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose who may be nominated: at least one kind of person or unit.</source>
        <translation>ಯಾರನ್ನು ನಾಮನಿರ್ದೇಶಿಸಬಹುದು ಎಂದು ಆಯ್ಕೆಮಾಡಿ: ಕನಿಷ್ಠ ಒಂದು ಬಗೆಯ ವ್ಯಕ್ತಿ ಅಥವಾ ಘಟಕ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Category &apos;{category}…&apos; is {count} characters; at most 120 fit.</source>
        <translation>ವಿಭಾಗ &apos;{category}…&apos; {count} ಅಕ್ಷರಗಳಷ್ಟಿದೆ; ಗರಿಷ್ಠ 120 ಅಕ್ಷರಗಳು ಮಾತ್ರ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The rubric needs at least one criterion.</source>
        <translation>ಮೌಲ್ಯಮಾಪನ ಸೂಚಿಗೆ ಕನಿಷ್ಠ ಒಂದು ಮಾನದಂಡ ಬೇಕು.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The name of criterion {number}</source>
        <translation>ಮಾನದಂಡ {number} ರ ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Criterion &apos;{name}&apos;</source>
        <translation>ಮಾನದಂಡ &apos;{name}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Criterion {number}</source>
        <translation>ಮಾನದಂಡ {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two criteria are named &apos;{name}&apos;; each needs its own name.</source>
        <translation>ಎರಡು ಮಾನದಂಡಗಳಿಗೆ &apos;{name}&apos; ಎಂಬ ಹೆಸರಿದೆ; ಪ್ರತಿಯೊಂದಕ್ಕೂ ಪ್ರತ್ಯೇಕ ಹೆಸರು ಬೇಕು.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{criterion} needs a weight that is a number.</source>
        <translation>{criterion} ಗೆ ಸಂಖ್ಯೆಯ ರೂಪದ ಭಾರಾಂಕ ಬೇಕು.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{criterion} has weight {weight:g}; a weight must be above 0.</source>
        <translation>{criterion} ನ ಭಾರಾಂಕ {weight:g}; ಭಾರಾಂಕ 0 ಕ್ಕಿಂತ ಹೆಚ್ಚಿರಬೇಕು.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{criterion} has {count} level descriptor; the scale {lowest} to {highest} needs {levels}, one for each level.</source>
        <translation>{criterion} ನಲ್ಲಿ {count} ಮಟ್ಟದ ವಿವರಣೆ ಇದೆ; {lowest} ರಿಂದ {highest} ರ ಮಾಪಕಕ್ಕೆ ಪ್ರತಿ ಮಟ್ಟಕ್ಕೆ ಒಂದರಂತೆ {levels} ಬೇಕು.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{criterion} has {count} level descriptors; the scale {lowest} to {highest} needs {levels}, one for each level.</source>
        <translation>{criterion} ನಲ್ಲಿ {count} ಮಟ್ಟದ ವಿವರಣೆಗಳಿವೆ; {lowest} ರಿಂದ {highest} ರ ಮಾಪಕಕ್ಕೆ ಪ್ರತಿ ಮಟ್ಟಕ್ಕೆ ಒಂದರಂತೆ {levels} ಬೇಕು.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{criterion} has no descriptor for level {level}.</source>
        <translation>{criterion} ನಲ್ಲಿ ಮಟ್ಟ {level} ಕ್ಕೆ ವಿವರಣೆ ಇಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{criterion}&apos;s local name</source>
        <translation>{criterion} ನ ಸ್ಥಳೀಯ ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Programme name</source>
        <translation>ಕಾರ್ಯಕ್ರಮದ ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The regional language must be one of {values}, not &apos;{language}&apos;.</source>
        <translation>ಪ್ರಾದೇಶಿಕ ಭಾಷೆ ಇವುಗಳಲ್ಲಿ ಒಂದಾಗಿರಬೇಕು: {values}, &apos;{language}&apos; ಅಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Local name</source>
        <translation>ಸ್ಥಳೀಯ ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purpose</source>
        <translation>ಉದ್ದೇಶ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Selection rules</source>
        <translation>ಆಯ್ಕೆ ನಿಯಮಗಳು</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Criterion #{number} is not part of {programme}&apos;s rubric (it may have been removed meanwhile); reopen the programme and edit it again.</source>
        <translation>ಮಾನದಂಡ #{number} {programme} ನ ಮೌಲ್ಯಮಾಪನ ಸೂಚಿಯ ಭಾಗವಲ್ಲ (ಈ ನಡುವೆ ತೆಗೆದುಹಾಕಿರಬಹುದು); ಕಾರ್ಯಕ್ರಮವನ್ನು ಮತ್ತೆ ತೆರೆದು ಮತ್ತೆ ಸಂಪಾದಿಸಿ.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reviewers have already given one score under {programme}&apos;s rubric; criterion &apos;{criterion}&apos; cannot be removed now, or the totals already given would change meaning. Correct its wording or weight instead.</source>
        <translation>ಮೌಲ್ಯಮಾಪಕರು ಈಗಾಗಲೇ {programme} ನ ಮೌಲ್ಯಮಾಪನ ಸೂಚಿಯಡಿ ಒಂದು ಅಂಕ ನೀಡಿದ್ದಾರೆ; ಮಾನದಂಡ &apos;{criterion}&apos; ಅನ್ನು ಈಗ ತೆಗೆದುಹಾಕಲು ಸಾಧ್ಯವಿಲ್ಲ, ಇಲ್ಲದಿದ್ದರೆ ಈಗಾಗಲೇ ನೀಡಿದ ಒಟ್ಟು ಅಂಕಗಳ ಅರ್ಥ ಬದಲಾಗುತ್ತದೆ. ಬದಲಿಗೆ ಅದರ ಪದಗಳನ್ನು ಅಥವಾ ಭಾರಾಂಕವನ್ನು ಸರಿಪಡಿಸಿ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reviewers have already given {count} scores under {programme}&apos;s rubric; criterion &apos;{criterion}&apos; cannot be removed now, or the totals already given would change meaning. Correct its wording or weight instead.</source>
        <translation>ಮೌಲ್ಯಮಾಪಕರು ಈಗಾಗಲೇ {programme} ನ ಮೌಲ್ಯಮಾಪನ ಸೂಚಿಯಡಿ {count} ಅಂಕಗಳನ್ನು ನೀಡಿದ್ದಾರೆ; ಮಾನದಂಡ &apos;{criterion}&apos; ಅನ್ನು ಈಗ ತೆಗೆದುಹಾಕಲು ಸಾಧ್ಯವಿಲ್ಲ, ಇಲ್ಲದಿದ್ದರೆ ಈಗಾಗಲೇ ನೀಡಿದ ಒಟ್ಟು ಅಂಕಗಳ ಅರ್ಥ ಬದಲಾಗುತ್ತದೆ. ಬದಲಿಗೆ ಅದರ ಪದಗಳನ್ನು ಅಥವಾ ಭಾರಾಂಕವನ್ನು ಸರಿಪಡಿಸಿ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reviewers have already given one score on {programme}&apos;s scale of {lowest} to {highest}; the scale cannot change now.</source>
        <translation>ಮೌಲ್ಯಮಾಪಕರು ಈಗಾಗಲೇ {programme} ನ {lowest} ರಿಂದ {highest} ರ ಮಾಪಕದಲ್ಲಿ ಒಂದು ಅಂಕ ನೀಡಿದ್ದಾರೆ; ಮಾಪಕವನ್ನು ಈಗ ಬದಲಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reviewers have already given {count} scores on {programme}&apos;s scale of {lowest} to {highest}; the scale cannot change now.</source>
        <translation>ಮೌಲ್ಯಮಾಪಕರು ಈಗಾಗಲೇ {programme} ನ {lowest} ರಿಂದ {highest} ರ ಮಾಪಕದಲ್ಲಿ {count} ಅಂಕಗಳನ್ನು ನೀಡಿದ್ದಾರೆ; ಮಾಪಕವನ್ನು ಈಗ ಬದಲಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>One nomination under {programme} is of kind {kind}; it must stay eligible while it is on record.</source>
        <translation>{programme} ಅಡಿಯ ಒಂದು ನಾಮನಿರ್ದೇಶನ {kind} ಬಗೆಯದು; ಅದು ದಾಖಲೆಯಲ್ಲಿರುವವರೆಗೆ ಈ ಬಗೆ ಅರ್ಹವಾಗಿಯೇ ಇರಬೇಕು.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} nominations under {programme} are of kind {kind}; it must stay eligible while they are on record.</source>
        <translation>{programme} ಅಡಿಯ {count} ನಾಮನಿರ್ದೇಶನಗಳು {kind} ಬಗೆಯವು; ಅವು ದಾಖಲೆಯಲ್ಲಿರುವವರೆಗೆ ಈ ಬಗೆ ಅರ್ಹವಾಗಿಯೇ ಇರಬೇಕು.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>One nomination under {programme} is in category &apos;{category}&apos;; it cannot be removed while it is on record.</source>
        <translation>{programme} ಅಡಿಯ ಒಂದು ನಾಮನಿರ್ದೇಶನ &apos;{category}&apos; ವಿಭಾಗದಲ್ಲಿದೆ; ಅದು ದಾಖಲೆಯಲ್ಲಿರುವವರೆಗೆ ಈ ವಿಭಾಗವನ್ನು ತೆಗೆದುಹಾಕಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} nominations under {programme} are in category &apos;{category}&apos;; it cannot be removed while they are on record.</source>
        <translation>{programme} ಅಡಿಯ {count} ನಾಮನಿರ್ದೇಶನಗಳು &apos;{category}&apos; ವಿಭಾಗದಲ್ಲಿವೆ; ಅವು ದಾಖಲೆಯಲ್ಲಿರುವವರೆಗೆ ಈ ವಿಭಾಗವನ್ನು ತೆಗೆದುಹಾಕಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/programme_templates.py" line="+199"/>
        <source>Coffee with Collector (students, teachers, headmasters, officers)</source>
        <translation>Coffee with Collector (ವಿದ್ಯಾರ್ಥಿಗಳು, ಶಿಕ್ಷಕರು, ಮುಖ್ಯ ಶಿಕ್ಷಕರು, ಅಧಿಕಾರಿಗಳು)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pragatiya Hejje (Cluster Resource Persons, four areas)</source>
        <translation>ಪ್ರಗತಿಯ ಹೆಜ್ಜೆ (ಕ್ಲಸ್ಟರ್ ಸಂಪನ್ಮೂಲ ವ್ಯಕ್ತಿಗಳು, ನಾಲ್ಕು ಕ್ಷೇತ್ರಗಳು)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/programmes.py" line="+206"/>
        <source>There is no programme template &apos;{key}&apos;.</source>
        <translation>&apos;{key}&apos; ಎಂಬ ಕಾರ್ಯಕ್ರಮ ಮಾದರಿ ಇಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <location line="+29"/>
        <source>Programme</source>
        <translation>ಕಾರ್ಯಕ್ರಮ</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>{programme} has one cycle; delete it first, or keep the programme.</source>
        <translation>{programme} ನಲ್ಲಿ ಒಂದು ಆವೃತ್ತಿ ಇದೆ; ಮೊದಲು ಅದನ್ನು ಅಳಿಸಿ, ಅಥವಾ ಕಾರ್ಯಕ್ರಮವನ್ನು ಉಳಿಸಿಕೊಳ್ಳಿ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{programme} has {count} cycles; delete them first, or keep the programme.</source>
        <translation>{programme} ನಲ್ಲಿ {count} ಆವೃತ್ತಿಗಳಿವೆ; ಮೊದಲು ಅವುಗಳನ್ನು ಅಳಿಸಿ, ಅಥವಾ ಕಾರ್ಯಕ್ರಮವನ್ನು ಉಳಿಸಿಕೊಳ್ಳಿ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/publicity.py" line="+62"/>
        <source>preparing its publicity summary</source>
        <translation>ಅದರ ಪ್ರಚಾರ ಸಾರಾಂಶ ಸಿದ್ಧಪಡಿಸುವುದು</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nobody has been selected in {cycle} yet; the publicity summary names those selected or recognised.</source>
        <translation>{cycle} ನಲ್ಲಿ ಇನ್ನೂ ಯಾರೂ ಆಯ್ಕೆಯಾಗಿಲ್ಲ; ಪ್ರಚಾರ ಸಾರಾಂಶದಲ್ಲಿ ಆಯ್ಕೆಯಾದವರ ಅಥವಾ ಪುರಸ್ಕೃತರ ಹೆಸರುಗಳಿರುತ್ತವೆ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/ranking.py" line="-111"/>
        <source>not scored</source>
        <translation>ಅಂಕ ನೀಡಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rank {rank} (tied), {total}%</source>
        <translation>ಶ್ರೇಣಿ {rank} (ಸಮಾನ), {total}%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rank {rank}, {total}%</source>
        <translation>ಶ್ರೇಣಿ {rank}, {total}%</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/register_release.py" line="+33"/>
        <source>{number} cannot be cancelled: attendance or later steps are already recorded against it for {nominees}, so the letter stays issued.</source>
        <translation>{number} ಅನ್ನು ರದ್ದುಮಾಡಲು ಸಾಧ್ಯವಿಲ್ಲ: {nominees} ಅವರಿಗೆ ಅದರ ಆಧಾರದ ಮೇಲೆ ಹಾಜರಾತಿ ಅಥವಾ ನಂತರದ ಹಂತಗಳು ಈಗಾಗಲೇ ದಾಖಲಾಗಿವೆ, ಆದ್ದರಿಂದ ಪತ್ರ ಹೊರಡಿಸಿದಂತೆಯೇ ಉಳಿಯುತ್ತದೆ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/reviewers.py" line="-67"/>
        <source>Scores for {cycle} were locked on {day} when the review closed; no reviewer can be added now.</source>
        <translation>ಮೌಲ್ಯಮಾಪನ ಮುಕ್ತಾಯವಾದಾಗ {day} ರಂದು {cycle} ನ ಅಂಕಗಳು ಅಂತಿಮಗೊಂಡಿವೆ; ಈಗ ಯಾವುದೇ ಮೌಲ್ಯಮಾಪಕರನ್ನು ಸೇರಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{person} is already a reviewer of {cycle}.</source>
        <translation>{person} ಈಗಾಗಲೇ {cycle} ನ ಮೌಲ್ಯಮಾಪಕರಾಗಿದ್ದಾರೆ.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{count} score</source>
        <translation>{count} ಅಂಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} scores</source>
        <translation>{count} ಅಂಕಗಳು</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} nomination</source>
        <translation>{count} ನಾಮನಿರ್ದೇಶನ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} nominations</source>
        <translation>{count} ನಾಮನಿರ್ದೇಶನಗಳು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{person} has given {scores} to {nominations} in {cycle}; a reviewer with scores stays on the panel, so that the ranking can be traced to them.</source>
        <translation>{person} ಅವರು {cycle} ನಲ್ಲಿ {nominations} ಗೆ {scores} ನೀಡಿದ್ದಾರೆ; ಶ್ರೇಣೀಕರಣವನ್ನು ಅವರವರೆಗೆ ಪತ್ತೆಹಚ್ಚಲು ಸಾಧ್ಯವಾಗುವಂತೆ ಅಂಕ ನೀಡಿದ ಮೌಲ್ಯಮಾಪಕರು ಸಮಿತಿಯಲ್ಲೇ ಉಳಿಯುತ್ತಾರೆ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/scoring.py" line="-264"/>
        <source>Scores for {cycle} were locked on {day} when the review closed; they can no longer be entered or changed.</source>
        <translation>ಮೌಲ್ಯಮಾಪನ ಮುಕ್ತಾಯವಾದಾಗ {day} ರಂದು {cycle} ನ ಅಂಕಗಳು ಅಂತಿಮಗೊಂಡಿವೆ; ಅವುಗಳನ್ನು ಇನ್ನು ನಮೂದಿಸಲು ಅಥವಾ ಬದಲಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Review opens on {day}; scores for {cycle} can be entered from that day.</source>
        <translation>ಮೌಲ್ಯಮಾಪನ {day} ರಂದು ಆರಂಭವಾಗುತ್ತದೆ; ಆ ದಿನದಿಂದ {cycle} ನ ಅಂಕಗಳನ್ನು ನಮೂದಿಸಬಹುದು.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>{person} is not a reviewer of {cycle}; add them to the review panel first.</source>
        <translation>{person} {cycle} ನ ಮೌಲ್ಯಮಾಪಕರಲ್ಲ; ಮೊದಲು ಅವರನ್ನು ಮೌಲ್ಯಮಾಪನ ಸಮಿತಿಗೆ ಸೇರಿಸಿ.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Criterion #{number} is not part of the rubric of {programme}.</source>
        <translation>ಮಾನದಂಡ #{number} {programme} ನ ಮೌಲ್ಯಮಾಪನ ಸೂಚಿಯ ಭಾಗವಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{level} for &apos;{criterion}&apos; is outside the rubric&apos;s scale {scale}.</source>
        <translation>&apos;{criterion}&apos; ಗೆ {level}, ಮೌಲ್ಯಮಾಪನ ಸೂಚಿಯ ಮಾಪಕ {scale} ರ ಹೊರಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The nomination of {nominee} was withdrawn on {day}; it is no longer scored.</source>
        <translation>{nominee} ಅವರ ನಾಮನಿರ್ದೇಶನವನ್ನು {day} ರಂದು ಹಿಂಪಡೆಯಲಾಗಿದೆ; ಅದಕ್ಕೆ ಇನ್ನು ಅಂಕ ನೀಡಲಾಗುವುದಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{person} cannot score the nomination of {nominee}: {conflict}.</source>
        <translation>{person} ಅವರು {nominee} ಅವರ ನಾಮನಿರ್ದೇಶನಕ್ಕೆ ಅಂಕ ನೀಡುವಂತಿಲ್ಲ: {conflict}.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Give at least one level before a note; the note is kept with the scores.</source>
        <translation>ಟಿಪ್ಪಣಿಗೆ ಮೊದಲು ಕನಿಷ್ಠ ಒಂದು ಮಟ್ಟವನ್ನು ನೀಡಿ; ಟಿಪ್ಪಣಿಯನ್ನು ಅಂಕಗಳೊಂದಿಗೆ ಇಡಲಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/selection.py" line="-182"/>
        <source>Give the reason for this selection; it is kept with it.</source>
        <translation>ಈ ಆಯ್ಕೆಗೆ ಕಾರಣ ನೀಡಿ; ಅದನ್ನು ಆಯ್ಕೆಯೊಂದಿಗೆ ಇಡಲಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The nomination is {status}; it cannot become {target} (a {status} nomination stays {status}).</source>
        <translation>ನಾಮನಿರ್ದೇಶನ {status}; ಅದು {target} ಆಗಲು ಸಾಧ್ಯವಿಲ್ಲ ({status} ನಾಮನಿರ್ದೇಶನ {status} ಆಗಿಯೇ ಉಳಿಯುತ್ತದೆ).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{nominee} is {status}; it cannot become {target} (a {status} nomination stays {status}).</source>
        <translation>{nominee}: {status}; ಅದು {target} ಆಗಲು ಸಾಧ್ಯವಿಲ್ಲ ({status} ನಾಮನಿರ್ದೇಶನ {status} ಆಗಿಯೇ ಉಳಿಯುತ್ತದೆ).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The nomination is {status}; it cannot become {target} (from {status} it can become {next}).</source>
        <translation>ನಾಮನಿರ್ದೇಶನ {status}; ಅದು {target} ಆಗಲು ಸಾಧ್ಯವಿಲ್ಲ ({status} ನಿಂದ ಅದು {next} ಆಗಬಹುದು).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{nominee} is {status}; it cannot become {target} (from {status} it can become {next}).</source>
        <translation>{nominee}: {status}; ಅದು {target} ಆಗಲು ಸಾಧ್ಯವಿಲ್ಲ ({status} ನಿಂದ ಅದು {next} ಆಗಬಹುದು).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>None of the {batch} nominations was changed; one cannot take this step:</source>
        <translation>{batch} ನಾಮನಿರ್ದೇಶನಗಳಲ್ಲಿ ಯಾವುದನ್ನೂ ಬದಲಿಸಲಾಗಿಲ್ಲ; ಒಂದು ಈ ಹಂತಕ್ಕೆ ಹೋಗಲು ಸಾಧ್ಯವಿಲ್ಲ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of the {batch} nominations was changed; {count} cannot take this step:</source>
        <translation>{batch} ನಾಮನಿರ್ದೇಶನಗಳಲ್ಲಿ ಯಾವುದನ್ನೂ ಬದಲಿಸಲಾಗಿಲ್ಲ; {count} ಈ ಹಂತಕ್ಕೆ ಹೋಗಲು ಸಾಧ್ಯವಿಲ್ಲ:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Choose at least one nomination.</source>
        <translation>ಕನಿಷ್ಠ ಒಂದು ನಾಮನಿರ್ದೇಶನವನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{nominee} was {status} on {previous}; the step to {target} cannot be dated {day}, before that.</source>
        <translation>{nominee} {previous} ರಂದು {status}; {target} ಹಂತಕ್ಕೆ ಅದಕ್ಕಿಂತ ಮೊದಲಿನ {day} ದಿನಾಂಕ ನೀಡುವಂತಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{nominee} cannot be shortlisted on {day}: scores for {cycle} are not locked until the review closes on {closes}. Shortlist after that, or close the review early to lock the scores now.</source>
        <translation>{nominee} ಅವರನ್ನು {day} ರಂದು ಕಿರುಪಟ್ಟಿಗೆ ಸೇರಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ: {closes} ರಂದು ಮೌಲ್ಯಮಾಪನ ಮುಕ್ತಾಯವಾಗುವವರೆಗೆ {cycle} ನ ಅಂಕಗಳು ಅಂತಿಮಗೊಳ್ಳುವುದಿಲ್ಲ. ಅದರ ನಂತರ ಕಿರುಪಟ್ಟಿ ಮಾಡಿ, ಅಥವಾ ಅಂಕಗಳನ್ನು ಈಗಲೇ ಅಂತಿಮಗೊಳಿಸಲು ಮೌಲ್ಯಮಾಪನವನ್ನು ಮೊದಲೇ ಮುಕ್ತಾಯಗೊಳಿಸಿ.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Select nominations of one cycle at a time; these belong to different cycles.</source>
        <translation>ಒಂದು ಬಾರಿಗೆ ಒಂದೇ ಆವೃತ್ತಿಯ ನಾಮನಿರ್ದೇಶನಗಳನ್ನು ಆಯ್ಕೆಮಾಡಿ; ಇವು ಬೇರೆ ಬೇರೆ ಆವೃತ್ತಿಗಳಿಗೆ ಸೇರಿವೆ.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Selecting {nominee} ({place}) passes over {others}, shortlisted and ranked higher but not selected.</source>
        <translation>{nominee} ({place}) ಅವರನ್ನು ಆಯ್ಕೆಮಾಡುವುದರಿಂದ ಕಿರುಪಟ್ಟಿಯಲ್ಲಿದ್ದು ಹೆಚ್ಚಿನ ಶ್ರೇಣಿ ಪಡೆದರೂ ಆಯ್ಕೆಯಾಗದ {others} ಅವರನ್ನು ಕಡೆಗಣಿಸಿದಂತಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{count} would be selected for {places} place in {cycle}.</source>
        <translation>{cycle} ನಲ್ಲಿ {places} ಸ್ಥಾನಕ್ಕೆ {count} ಜನರು ಆಯ್ಕೆಯಾಗುತ್ತಾರೆ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} would be selected for {places} places in {cycle}.</source>
        <translation>{cycle} ನಲ್ಲಿ {places} ಸ್ಥಾನಗಳಿಗೆ {count} ಜನರು ಆಯ್ಕೆಯಾಗುತ್ತಾರೆ.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{nominee}: attendance cannot be marked for {day}, a day still to come; mark it on or after the event.</source>
        <translation>{nominee}: ಇನ್ನೂ ಬರಬೇಕಿರುವ {day} ದಿನಕ್ಕೆ ಹಾಜರಾತಿ ಗುರುತಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ; ಸಮಾರಂಭದ ದಿನ ಅಥವಾ ನಂತರ ಗುರುತಿಸಿ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{nominee}: {cycle} has no event date yet; set it before marking attendance.</source>
        <translation>{nominee}: {cycle} ಗೆ ಇನ್ನೂ ಸಮಾರಂಭದ ದಿನಾಂಕ ಇಲ್ಲ; ಹಾಜರಾತಿ ಗುರುತಿಸುವ ಮೊದಲು ಅದನ್ನು ನಿಗದಿಪಡಿಸಿ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{nominee}: the event of {cycle} is on {event_day}; attendance cannot be marked on {day}, before it.</source>
        <translation>{nominee}: {cycle} ನ ಸಮಾರಂಭ {event_day} ರಂದು; ಅದಕ್ಕಿಂತ ಮೊದಲಿನ {day} ರಂದು ಹಾಜರಾತಿ ಗುರುತಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Give the reason for withdrawing the nomination; it is kept on record.</source>
        <translation>ನಾಮನಿರ್ದೇಶನವನ್ನು ಹಿಂಪಡೆಯಲು ಕಾರಣ ನೀಡಿ; ಅದು ದಾಖಲೆಯಲ್ಲಿ ಉಳಿಯುತ್ತದೆ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/suggestions.py" line="-154"/>
        <source>Clusters</source>
        <translation>ಕ್ಲಸ್ಟರ್‌ಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schools</source>
        <translation>ಶಾಲೆಗಳು</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Choose two different rounds: suggestions come from the change between them.</source>
        <translation>ಎರಡು ಬೇರೆ ಬೇರೆ ಸುತ್ತುಗಳನ್ನು ಆಯ್ಕೆಮಾಡಿ: ಅವುಗಳ ನಡುವಿನ ಬದಲಾವಣೆಯಿಂದ ಸಲಹೆಗಳು ಬರುತ್ತವೆ.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{round} has no students&apos; results yet; import its results first (Baseline → Imports).</source>
        <translation>{round} ನಲ್ಲಿ ಇನ್ನೂ ವಿದ್ಯಾರ್ಥಿಗಳ ಫಲಿತಾಂಶಗಳಿಲ್ಲ; ಮೊದಲು ಅದರ ಫಲಿತಾಂಶಗಳನ್ನು ಆಮದು ಮಾಡಿ (ಬೇಸ್‌ಲೈನ್ → ಆಮದುಗಳು).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{earlier} ({earlier_day}) was held after {later} ({later_day}); choose the earlier round first.</source>
        <translation>{earlier} ({earlier_day}) ಅನ್ನು {later} ({later_day}) ನ ನಂತರ ನಡೆಸಲಾಗಿದೆ; ಹಿಂದಿನ ಸುತ್ತನ್ನು ಮೊದಲು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Suggestions are of clusters or schools; not of &apos;{level}&apos;.</source>
        <translation>ಸಲಹೆಗಳು ಕ್ಲಸ್ಟರ್‌ಗಳು ಅಥವಾ ಶಾಲೆಗಳದ್ದು; &apos;{level}&apos; ನದ್ದಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask for at least one suggestion.</source>
        <translation>ಕನಿಷ್ಠ ಒಂದು ಸಲಹೆಯನ್ನು ಕೇಳಿ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/usage.py" line="+42"/>
        <source>{name} is nominated in {count} recognition cycle ({cycles}); it stays on record while they do.</source>
        <translation>{name}, {count} ಪುರಸ್ಕಾರ ಆವೃತ್ತಿಯಲ್ಲಿ ನಾಮನಿರ್ದೇಶಿತವಾಗಿದೆ ({cycles}); ಅವು ಇರುವವರೆಗೆ ಇದು ದಾಖಲೆಯಲ್ಲಿ ಉಳಿಯುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is nominated in {count} recognition cycles ({cycles}); it stays on record while they do.</source>
        <translation>{name}, {count} ಪುರಸ್ಕಾರ ಆವೃತ್ತಿಗಳಲ್ಲಿ ನಾಮನಿರ್ದೇಶಿತವಾಗಿದೆ ({cycles}); ಅವು ಇರುವವರೆಗೆ ಇದು ದಾಖಲೆಯಲ್ಲಿ ಉಳಿಯುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} nominated someone in {count} recognition cycle ({cycles}); it stays on record while they do.</source>
        <translation>{name}, {count} ಪುರಸ್ಕಾರ ಆವೃತ್ತಿಯಲ್ಲಿ ನಾಮನಿರ್ದೇಶನ ಮಾಡಿದೆ ({cycles}); ಅವು ಇರುವವರೆಗೆ ಇದು ದಾಖಲೆಯಲ್ಲಿ ಉಳಿಯುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} nominated someone in {count} recognition cycles ({cycles}); it stays on record while they do.</source>
        <translation>{name}, {count} ಪುರಸ್ಕಾರ ಆವೃತ್ತಿಗಳಲ್ಲಿ ನಾಮನಿರ್ದೇಶನ ಮಾಡಿದೆ ({cycles}); ಅವು ಇರುವವರೆಗೆ ಇದು ದಾಖಲೆಯಲ್ಲಿ ಉಳಿಯುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} reviews nominations in {count} recognition cycle ({cycles}); it stays on record while they do.</source>
        <translation>{name}, {count} ಪುರಸ್ಕಾರ ಆವೃತ್ತಿಯಲ್ಲಿ ನಾಮನಿರ್ದೇಶನಗಳ ಮೌಲ್ಯಮಾಪನ ಮಾಡುತ್ತದೆ ({cycles}); ಅವು ಇರುವವರೆಗೆ ಇದು ದಾಖಲೆಯಲ್ಲಿ ಉಳಿಯುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} reviews nominations in {count} recognition cycles ({cycles}); it stays on record while they do.</source>
        <translation>{name}, {count} ಪುರಸ್ಕಾರ ಆವೃತ್ತಿಗಳಲ್ಲಿ ನಾಮನಿರ್ದೇಶನಗಳ ಮೌಲ್ಯಮಾಪನ ಮಾಡುತ್ತದೆ ({cycles}); ಅವು ಇರುವವರೆಗೆ ಇದು ದಾಖಲೆಯಲ್ಲಿ ಉಳಿಯುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} signs for {count} recognition cycle ({cycles}); it stays on record while they do.</source>
        <translation>{name}, {count} ಪುರಸ್ಕಾರ ಆವೃತ್ತಿಗೆ ಸಹಿ ಮಾಡುತ್ತದೆ ({cycles}); ಅವು ಇರುವವರೆಗೆ ಇದು ದಾಖಲೆಯಲ್ಲಿ ಉಳಿಯುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} signs for {count} recognition cycles ({cycles}); it stays on record while they do.</source>
        <translation>{name}, {count} ಪುರಸ್ಕಾರ ಆವೃತ್ತಿಗಳಿಗೆ ಸಹಿ ಮಾಡುತ್ತದೆ ({cycles}); ಅವು ಇರುವವರೆಗೆ ಇದು ದಾಖಲೆಯಲ್ಲಿ ಉಳಿಯುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} issues the letters of {count} recognition cycle ({cycles}); it stays on record while they do.</source>
        <translation>{name}, {count} ಪುರಸ್ಕಾರ ಆವೃತ್ತಿಯ ಪತ್ರಗಳನ್ನು ಹೊರಡಿಸುತ್ತದೆ ({cycles}); ಅವು ಇರುವವರೆಗೆ ಇದು ದಾಖಲೆಯಲ್ಲಿ ಉಳಿಯುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} issues the letters of {count} recognition cycles ({cycles}); it stays on record while they do.</source>
        <translation>{name}, {count} ಪುರಸ್ಕಾರ ಆವೃತ್ತಿಗಳ ಪತ್ರಗಳನ್ನು ಹೊರಡಿಸುತ್ತದೆ ({cycles}); ಅವು ಇರುವವರೆಗೆ ಇದು ದಾಖಲೆಯಲ್ಲಿ ಉಳಿಯುತ್ತದೆ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/vocabulary.py" line="+15"/>
        <source>Student</source>
        <translation>ವಿದ್ಯಾರ್ಥಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teacher</source>
        <translation>ಶಿಕ್ಷಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headmaster</source>
        <translation>ಮುಖ್ಯ ಶಿಕ್ಷಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster Resource Person (CRP / CRC)</source>
        <translation>ಕ್ಲಸ್ಟರ್ ಸಂಪನ್ಮೂಲ ವ್ಯಕ್ತಿ (CRP / CRC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block Resource Person (BRP / BRC)</source>
        <translation>ಬ್ಲಾಕ್ ಸಂಪನ್ಮೂಲ ವ್ಯಕ್ತಿ (BRP / BRC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block officer (BEO)</source>
        <translation>ಬ್ಲಾಕ್ ಅಧಿಕಾರಿ (BEO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official</source>
        <translation>ಅಧಿಕಾರಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School</source>
        <translation>ಶಾಲೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster</source>
        <translation>ಕ್ಲಸ್ಟರ್</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nominated</source>
        <translation>ನಾಮನಿರ್ದೇಶಿತ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortlisted</source>
        <translation>ಕಿರುಪಟ್ಟಿಯಲ್ಲಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected</source>
        <translation>ಆಯ್ಕೆಯಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invited</source>
        <translation>ಆಹ್ವಾನಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>ಹಾಜರಾಗಿದ್ದಾರೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognised</source>
        <translation>ಪುರಸ್ಕರಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>ಹಿಂಪಡೆಯಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Person</source>
        <translation>ವ್ಯಕ್ತಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>ಕಚೇರಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>ಸಂಸ್ಥೆ</translation>
    </message>
</context>
<context>
    <name>RecognitionPage</name>
    <message>
        <location filename="../../desktop/ui/pages/recognition_page.py" line="+37"/>
        <source>Cycle</source>
        <translation>ಆವೃತ್ತಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cycle:</source>
        <translation>ಆವೃತ್ತಿ(&amp;C):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Programmes and cycles</source>
        <translation>ಕಾರ್ಯಕ್ರಮಗಳು ಮತ್ತು ಆವೃತ್ತಿಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominations</source>
        <translation>ನಾಮನಿರ್ದೇಶನಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring</source>
        <translation>ಅಂಕ ನೀಡಿಕೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranking and selection</source>
        <translation>ಶ್ರೇಣೀಕರಣ ಮತ್ತು ಆಯ್ಕೆ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recognition</source>
        <translation>ಪುರಸ್ಕಾರ</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No cycles yet: add one on Programmes and cycles</source>
        <translation>ಇನ್ನೂ ಯಾವುದೇ ಆವೃತ್ತಿ ಇಲ್ಲ: &apos;ಕಾರ್ಯಕ್ರಮಗಳು ಮತ್ತು ಆವೃತ್ತಿಗಳು&apos; ಟ್ಯಾಬ್‌ನಲ್ಲಿ ಸೇರಿಸಿ</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../desktop/ui/pages/geography_page.py" line="-172"/>
        <source>Add…</source>
        <translation>ಸೇರಿಸಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>ಸಂಪಾದಿಸಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>ಅಳಿಸಿ</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../../desktop/services/records.py" line="+20"/>
        <source>{label} #{id} no longer exists; it may have been deleted.</source>
        <translation>{label} #{id} ಈಗ ಅಸ್ತಿತ್ವದಲ್ಲಿಲ್ಲ; ಅದನ್ನು ಅಳಿಸಿರಬಹುದು.</translation>
    </message>
</context>
<context>
    <name>RenewDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_actions.py" line="-65"/>
        <source>Renew MoU %s</source>
        <translation>MoU %s ನವೀಕರಿಸಿ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference of the renewed MoU</source>
        <translation>ನವೀಕರಿಸಿದ MoU ನ ಉಲ್ಲೇಖ ಸಂಖ್ಯೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts on</source>
        <translation>ಆರಂಭ ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends on</source>
        <translation>ಮುಕ್ತಾಯ ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renew</source>
        <translation>ನವೀಕರಿಸಿ</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/action_item_dialogs.py" line="-18"/>
        <source>Reopen the action item</source>
        <translation>ಕ್ರಮ ಅಂಶವನ್ನು ಮತ್ತೆ ತೆರೆಯಿರಿ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reopen</source>
        <translation>ಮತ್ತೆ ತೆರೆಯಿರಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened on</source>
        <translation>ಮತ್ತೆ ತೆರೆದ ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for reopening</source>
        <translation>ಮತ್ತೆ ತೆರೆಯಲು ಕಾರಣ</translation>
    </message>
</context>
<context>
    <name>RepairsPanel</name>
    <message>
        <location filename="../../desktop/ui/dialogs/import_check_tables.py" line="-128"/>
        <source>Row</source>
        <translation>ಸಾಲು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>ಅಂಕಣ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the file</source>
        <translation>ಕಡತದಲ್ಲಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repaired to</source>
        <translation>ಸರಿಪಡಿಸಿದ ಮೌಲ್ಯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>ಕಾರಣ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Apply these %s repairs</source>
        <translation>ಈ %s ತಿದ್ದುಪಡಿಗಳನ್ನು ಅನ್ವಯಿಸಿ</translation>
    </message>
</context>
<context>
    <name>ReplaceMemberDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/membership_dialogs.py" line="+155"/>
        <source>Replace %s</source>
        <translation>%s ಅವರ ಬದಲಿ ನೇಮಿಸಿ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New member</source>
        <translation>ಹೊಸ ಸದಸ್ಯರು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Takes the seat on</source>
        <translation>ಸ್ಥಾನ ವಹಿಸಿಕೊಳ್ಳುವ ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for leaving</source>
        <translation>ಹೊರಹೋಗಲು ಕಾರಣ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Transferred</source>
        <translation>ಉದಾ: ವರ್ಗಾವಣೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>ಬದಲಿ ನೇಮಿಸಿ</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/restore_dialog.py" line="+24"/>
        <source>Daily</source>
        <translation>ದೈನಂದಿನ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by hand</source>
        <translation>ಕೈಯಾರೆ ಮಾಡಿದ್ದು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an upgrade</source>
        <translation>ಆವೃತ್ತಿ ಉನ್ನತೀಕರಣಕ್ಕೆ ಮುನ್ನ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>ಮರುಸ್ಥಾಪನೆಗೆ ಮುನ್ನ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a bulk change</source>
        <translation>ಸಾಮೂಹಿಕ ಬದಲಾವಣೆಗೆ ಮುನ್ನ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an import</source>
        <translation>ಆಮದಿಗೆ ಮುನ್ನ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore from a backup</source>
        <translation>ಬ್ಯಾಕಪ್‌ನಿಂದ ಮರುಸ್ಥಾಪಿಸಿ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made on</source>
        <translation>ಮಾಡಿದ ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>ಕಾರಣ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>ಗಾತ್ರ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>ಕಡತ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database is replaced by the backup you choose. The current database is backed up first, so this can be undone by restoring that backup.</source>
        <translation>ನೀವು ಆಯ್ಕೆಮಾಡುವ ಬ್ಯಾಕಪ್‌ನಿಂದ ಡೇಟಾಬೇಸ್ ಅನ್ನು ಬದಲಿಸಲಾಗುತ್ತದೆ. ಮೊದಲು ಈಗಿನ ಡೇಟಾಬೇಸ್‌ನ ಬ್ಯಾಕಪ್ ಮಾಡಲಾಗುತ್ತದೆ; ಆದ್ದರಿಂದ ಆ ಬ್ಯಾಕಪ್‌ನಿಂದ ಮರುಸ್ಥಾಪಿಸಿ ಇದನ್ನು ಹಿಂಪಡೆಯಬಹುದು.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other file…</source>
        <translation>ಬೇರೆ ಕಡತ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>ಮರುಸ್ಥಾಪಿಸಿ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a backup file</source>
        <translation>ಬ್ಯಾಕಪ್ ಕಡತವನ್ನು ಆಯ್ಕೆಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Database files (*.db);;All files (*)</source>
        <translation>ಡೇಟಾಬೇಸ್ ಕಡತಗಳು (*.db);;ಎಲ್ಲಾ ಕಡತಗಳು (*)</translation>
    </message>
</context>
<context>
    <name>ReturnTemplateDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/return_template_dialog.py" line="+72"/>
        <source>Return template for a partner</source>
        <translation>ಪಾಲುದಾರ ಸಂಸ್ಥೆಗಾಗಿ ಮಾಹಿತಿ ಸಲ್ಲಿಕೆ ನಮೂನೆ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A workbook a partner without the app fills in to send data back. It carries the MoU&apos;s school list and, where the MoU&apos;s terms allow pseudonymised results, its students under their pseudonyms with grade and gender. It is recorded in the exchange log as data given to the partner.</source>
        <translation>ತಂತ್ರಾಂಶ ಇಲ್ಲದ ಪಾಲುದಾರ ಸಂಸ್ಥೆ ದತ್ತಾಂಶ ಮರಳಿ ಕಳುಹಿಸಲು ತುಂಬುವ ವರ್ಕ್‌ಬುಕ್. ಇದರಲ್ಲಿ MoU ನ ಶಾಲಾ ಪಟ್ಟಿ ಇರುತ್ತದೆ; MoU ನ ಷರತ್ತುಗಳು ಗುಪ್ತನಾಮೀಕೃತ ಫಲಿತಾಂಶಗಳನ್ನು ಅನುಮತಿಸಿದರೆ, ವಿದ್ಯಾರ್ಥಿಗಳು ಅವರ ಗುಪ್ತನಾಮಗಳಲ್ಲಿ ತರಗತಿ ಮತ್ತು ಲಿಂಗದೊಂದಿಗೆ ಇರುತ್ತಾರೆ. ಇದನ್ನು ಪಾಲುದಾರ ಸಂಸ್ಥೆಗೆ ನೀಡಿದ ದತ್ತಾಂಶವಾಗಿ ವಿನಿಮಯ ವಹಿಯಲ್ಲಿ ದಾಖಲಿಸಲಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>MoU</source>
        <translation>MoU</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>e.g. Endline 2027 (type a new round, or choose one)</source>
        <translation>ಉದಾ: ಎಂಡ್‌ಲೈನ್ 2027 (ಹೊಸ ಸುತ್ತಿನ ಹೆಸರು ಟೈಪ್ ಮಾಡಿ, ಅಥವಾ ಒಂದನ್ನು ಆಯ್ಕೆಮಾಡಿ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round</source>
        <translation>ಸುತ್ತು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;MoU</source>
        <translation>MoU(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Round</source>
        <translation>ಸುತ್ತು(&amp;R)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save template…</source>
        <translation>ನಮೂನೆ ಉಳಿಸಿ…(&amp;S)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>There is no MoU in the register yet.</source>
        <translation>ವಹಿಯಲ್ಲಿ ಇನ್ನೂ ಯಾವುದೇ MoU ಇಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not offered (a template needs an MoU in force that covers schools):</source>
        <translation>ನೀಡಲಾಗಿಲ್ಲ (ನಮೂನೆಗೆ ಶಾಲೆಗಳನ್ನು ಒಳಗೊಂಡ, ಜಾರಿಯಲ್ಲಿರುವ MoU ಬೇಕು):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No MoU can have a return template today:</source>
        <translation>ಇಂದು ಯಾವುದೇ MoU ಗೆ ಮಾಹಿತಿ ಸಲ್ಲಿಕೆ ನಮೂನೆ ಸಾಧ್ಯವಿಲ್ಲ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… and %s more</source>
        <translation>… ಮತ್ತು ಇನ್ನೂ %s</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>For: %s</source>
        <translation>ಯಾರಿಗೆ: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s schools (UDISE code, name, block, cluster)</source>
        <translation>%s ಶಾಲೆಗಳು (UDISE ಕೋಡ್, ಹೆಸರು, ಬ್ಲಾಕ್, ಕ್ಲಸ್ಟರ್)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no students: the MoU&apos;s terms do not allow pseudonymised results</source>
        <translation>ವಿದ್ಯಾರ್ಥಿಗಳಿಲ್ಲ: MoU ನ ಷರತ್ತುಗಳು ಗುಪ್ತನಾಮೀಕೃತ ಫಲಿತಾಂಶಗಳನ್ನು ಅನುಮತಿಸುವುದಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no students: the office has no results for these schools yet</source>
        <translation>ವಿದ್ಯಾರ್ಥಿಗಳಿಲ್ಲ: ಈ ಶಾಲೆಗಳ ಫಲಿತಾಂಶಗಳು ಕಚೇರಿಯಲ್ಲಿ ಇನ್ನೂ ಇಲ್ಲ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%(students)s students of %(round)s under their pseudonyms for this MoU, with grade and gender</source>
        <translation>%(round)s ರ %(students)s ವಿದ್ಯಾರ್ಥಿಗಳು, ಈ MoU ಗಾಗಿ ಅವರ ಗುಪ್ತನಾಮಗಳಲ್ಲಿ, ತರಗತಿ ಮತ್ತು ಲಿಂಗದೊಂದಿಗೆ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pre-filled: %(schools)s; %(students)s.</source>
        <translation>ಮುಂಚಿತವಾಗಿ ತುಂಬಿದ್ದು: %(schools)s; %(students)s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The partner keeps it until %s.</source>
        <translation>ಪಾಲುದಾರ ಸಂಸ್ಥೆ ಇದನ್ನು %s ರವರೆಗೆ ಇಟ್ಟುಕೊಳ್ಳಬಹುದು.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No keep-until date: the MoU&apos;s terms name none of what it carries.</source>
        <translation>ಇಟ್ಟುಕೊಳ್ಳುವ ಗಡುವು ಇಲ್ಲ: ಇದರಲ್ಲಿರುವ ಯಾವುದನ್ನೂ MoU ನ ಷರತ್ತುಗಳು ಹೆಸರಿಸುವುದಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel</source>
        <translation>ರದ್ದುಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>ಮುಚ್ಚಿ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give the name of the round the partner returns data for.</source>
        <translation>ಪಾಲುದಾರ ಸಂಸ್ಥೆ ಯಾವ ಸುತ್ತಿನ ದತ್ತಾಂಶ ಮರಳಿಸುತ್ತದೆ ಎಂದು ಅದರ ಹೆಸರು ನೀಡಿ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the return template</source>
        <translation>ಮಾಹಿತಿ ಸಲ್ಲಿಕೆ ನಮೂನೆಯನ್ನು ಉಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel ವರ್ಕ್‌ಬುಕ್‌ಗಳು (*.xlsx)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelled: nothing was written or recorded.</source>
        <translation>ರದ್ದುಮಾಡಲಾಗಿದೆ: ಏನನ್ನೂ ಬರೆದಿಲ್ಲ ಅಥವಾ ದಾಖಲಿಸಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Making the return template…</source>
        <translation>ಮಾಹಿತಿ ಸಲ್ಲಿಕೆ ನಮೂನೆ ಸಿದ್ಧಪಡಿಸಲಾಗುತ್ತಿದೆ…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The template was not made, on an unexpected error: %s</source>
        <translation>ಅನಿರೀಕ್ಷಿತ ದೋಷದಿಂದ ನಮೂನೆ ಸಿದ್ಧವಾಗಲಿಲ್ಲ: %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The return template is saved and recorded in the exchange log.</source>
        <translation>ಮಾಹಿತಿ ಸಲ್ಲಿಕೆ ನಮೂನೆಯನ್ನು ಉಳಿಸಲಾಗಿದೆ ಮತ್ತು ವಿನಿಮಯ ವಹಿಯಲ್ಲಿ ದಾಖಲಿಸಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved to: %s</source>
        <translation>ಇಲ್ಲಿ ಉಳಿಸಲಾಗಿದೆ: %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%(schools)s schools; %(students)s students under their pseudonyms (%(rows)s rows to fill in).</source>
        <translation>%(schools)s ಶಾಲೆಗಳು; ಗುಪ್ತನಾಮಗಳಲ್ಲಿ %(students)s ವಿದ್ಯಾರ್ಥಿಗಳು (ತುಂಬಬೇಕಾದ %(rows)s ಸಾಲುಗಳು).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%s schools; no students.</source>
        <translation>%s ಶಾಲೆಗಳು; ವಿದ್ಯಾರ್ಥಿಗಳಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep until: %s</source>
        <translation>ಇಟ್ಟುಕೊಳ್ಳುವ ಗಡುವು: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give it to the partner; it is not locked, so hand it over in person or on a drive.</source>
        <translation>ಇದನ್ನು ಪಾಲುದಾರ ಸಂಸ್ಥೆಗೆ ನೀಡಿ; ಇದಕ್ಕೆ ಬೀಗವಿಲ್ಲ, ಆದ್ದರಿಂದ ಖುದ್ದಾಗಿ ಅಥವಾ ಡ್ರೈವ್‌ನಲ್ಲಿ ಹಸ್ತಾಂತರಿಸಿ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>ರದ್ದುಮಾಡಲಾಗುತ್ತಿದೆ…</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/meeting_actions_tab.py" line="+169"/>
        <source>Review note</source>
        <translation>ಪರಿಶೀಲನಾ ಟಿಪ್ಪಣಿ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What was reported in this meeting</source>
        <translation>ಈ ಸಭೆಯಲ್ಲಿ ವರದಿ ಮಾಡಿದ್ದು</translation>
    </message>
</context>
<context>
    <name>ReviewGroupsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/cadence_dialogs.py" line="+18"/>
        <source>Review groups</source>
        <translation>ಪರಿಶೀಲನಾ ತಂಡಗಳು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Convening office</source>
        <translation>ಸಂಚಾಲಕ ಕಚೇರಿ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Level</source>
        <translation>ಹಂತ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Formed on</source>
        <translation>ರಚಿಸಿದ ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schools</source>
        <translation>ಶಾಲೆಗಳು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form review groups</source>
        <translation>ಪರಿಶೀಲನಾ ತಂಡಗಳನ್ನು ರಚಿಸಿ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A school committee on the 2-4-6-8 cadence is formed for each school chosen below that has none; it reviews on the 2nd working day of every month.</source>
        <translation>ಕೆಳಗೆ ಆಯ್ಕೆಮಾಡಿದ ಶಾಲೆಗಳಲ್ಲಿ 2-4-6-8 ಕ್ರಮದ ಶಾಲಾ ಸಮಿತಿ ಇಲ್ಲದ ಪ್ರತಿಯೊಂದು ಶಾಲೆಗೂ ಒಂದು ಸಮಿತಿ ರಚಿಸಲಾಗುತ್ತದೆ; ಅದು ಪ್ರತಿ ತಿಂಗಳ 2ನೇ ಕೆಲಸದ ದಿನದಂದು ಪರಿಶೀಲನೆ ನಡೆಸುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A district review group is formed if the district has none; it reviews on the 8th working day.</source>
        <translation>ಜಿಲ್ಲೆಗೆ ಪರಿಶೀಲನಾ ತಂಡ ಇಲ್ಲದಿದ್ದರೆ ಒಂದು ಜಿಲ್ಲಾ ಪರಿಶೀಲನಾ ತಂಡ ರಚಿಸಲಾಗುತ್ತದೆ; ಅದು 8ನೇ ಕೆಲಸದ ದಿನದಂದು ಪರಿಶೀಲನೆ ನಡೆಸುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A %(level)s review group is formed for every %(level)s of the office&apos;s district that has none; those that have one keep it. They review on the %(day)s working day.</source>
        <translation>ಕಚೇರಿಯ ಜಿಲ್ಲೆಯಲ್ಲಿ ಪರಿಶೀಲನಾ ತಂಡ ಇಲ್ಲದ ಪ್ರತಿಯೊಂದು %(level)s ಗೂ ಒಂದು %(level)s ಹಂತದ ಪರಿಶೀಲನಾ ತಂಡ ರಚಿಸಲಾಗುತ್ತದೆ; ಈಗಾಗಲೇ ಇರುವವು ಹಾಗೆಯೇ ಉಳಿಯುತ್ತವೆ. ಅವು %(day)s ಕೆಲಸದ ದಿನದಂದು ಪರಿಶೀಲನೆ ನಡೆಸುತ್ತವೆ.</translation>
    </message>
</context>
<context>
    <name>ReviewerPanel</name>
    <message>
        <location filename="../../desktop/ui/dialogs/cycle_dialog.py" line="+37"/>
        <source>Reviewer</source>
        <translation>ಮೌಲ್ಯಮಾಪಕರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Designation</source>
        <translation>ಹುದ್ದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Works at</source>
        <translation>ಕಾರ್ಯಸ್ಥಳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scored</source>
        <translation>ಅಂಕ ನೀಡಿದವು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>ಹಿತಾಸಕ್ತಿ ಸಂಘರ್ಷ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reviewers</source>
        <translation>ಮೌಲ್ಯಮಾಪಕರು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person to add as reviewer</source>
        <translation>ಮೌಲ್ಯಮಾಪಕರಾಗಿ ಸೇರಿಸಬೇಕಾದ ವ್ಯಕ್ತಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of a name, designation or office</source>
        <translation>ಹೆಸರು, ಹುದ್ದೆ ಅಥವಾ ಕಚೇರಿಯ ಭಾಗವನ್ನು ಟೈಪ್ ಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add reviewer</source>
        <translation>ಮೌಲ್ಯಮಾಪಕರನ್ನು ಸೇರಿಸಿ(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move reviewer</source>
        <translation>ಮೌಲ್ಯಮಾಪಕರನ್ನು ತೆಗೆದುಹಾಕಿ(&amp;M)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Additions and removals are saved at once. Scored: nominations a reviewer has scored on every criterion. Conflicts: nominations they made, about themselves or about their school, which they may not score.</source>
        <translation>ಸೇರ್ಪಡೆ ಮತ್ತು ತೆಗೆದುಹಾಕುವಿಕೆ ತಕ್ಷಣ ಉಳಿಯುತ್ತವೆ. ಅಂಕ ನೀಡಿದವು: ಮೌಲ್ಯಮಾಪಕರು ಎಲ್ಲಾ ಮಾನದಂಡಗಳಿಗೂ ಅಂಕ ನೀಡಿರುವ ನಾಮನಿರ್ದೇಶನಗಳು. ಹಿತಾಸಕ್ತಿ ಸಂಘರ್ಷ: ಅವರೇ ಮಾಡಿದ, ಅವರ ಕುರಿತಾದ ಅಥವಾ ಅವರ ಶಾಲೆಯ ಕುರಿತಾದ ನಾಮನಿರ್ದೇಶನಗಳು; ಇವುಗಳಿಗೆ ಅವರು ಅಂಕ ನೀಡುವಂತಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Review panel</source>
        <translation>ಮೌಲ್ಯಮಾಪನ ಸಮಿತಿ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“%s” is not in the list of people: choose a person from the list.</source>
        <translation>“%s” ವ್ಯಕ್ತಿಗಳ ಪಟ್ಟಿಯಲ್ಲಿ ಇಲ್ಲ: ಪಟ್ಟಿಯಿಂದ ಒಬ್ಬ ವ್ಯಕ್ತಿಯನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the person to add to the panel.</source>
        <translation>ಸಮಿತಿಗೆ ಸೇರಿಸಬೇಕಾದ ವ್ಯಕ್ತಿಯನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/round_dialog.py" line="+54"/>
        <source>New assessment round</source>
        <translation>ಹೊಸ ಮೌಲ್ಯಮಾಪನ ಸುತ್ತು</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit round</source>
        <translation>ಸುತ್ತು ಸಂಪಾದಿಸಿ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Baseline 2026-27</source>
        <translation>ಉದಾ: ಬೇಸ್‌ಲೈನ್ 2026-27</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>ಬಗೆ</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+20"/>
        <source>Starts</source>
        <translation>ಆರಂಭ</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+20"/>
        <source>Ends</source>
        <translation>ಮುಕ್ತಾಯ</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Assessment tool</source>
        <translation>ಮೌಲ್ಯಮಾಪನ ಸಾಧನ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. FLN oral assessment</source>
        <translation>ಉದಾ: FLN ಮೌಖಿಕ ಮೌಲ್ಯಮಾಪನ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(ಯಾವುದೂ ಇಲ್ಲ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Under MoU</source>
        <translation>ಯಾವ MoU ಅಡಿಯಲ್ಲಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no levels)</source>
        <translation>(ಮಟ್ಟಗಳಿಲ್ಲ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Level scheme</source>
        <translation>ಮಟ್ಟ ಶ್ರೇಣಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Maximum score</source>
        <translation>ಗರಿಷ್ಠ ಅಂಕ</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>empty if results have no score</source>
        <translation>ಫಲಿತಾಂಶಗಳಲ್ಲಿ ಅಂಕವಿಲ್ಲದಿದ್ದರೆ ಖಾಲಿ ಬಿಡಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>ಟಿಪ್ಪಣಿಗಳು</translation>
    </message>
</context>
<context>
    <name>RoundsTab</name>
    <message>
        <location filename="../../desktop/ui/pages/baseline_rounds.py" line="+47"/>
        <source>Search by name, kind, tool, scheme or MoU</source>
        <translation>ಹೆಸರು, ಬಗೆ, ಸಾಧನ, ಮಟ್ಟ ಶ್ರೇಣಿ ಅಥವಾ MoU ಮೂಲಕ ಹುಡುಕಿ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New round…</source>
        <translation>ಹೊಸ ಸುತ್ತು…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>ಸಂಪಾದಿಸಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>ಅಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level schemes…</source>
        <translation>ಮಟ್ಟ ಶ್ರೇಣಿಗಳು…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export results…</source>
        <translation>ಫಲಿತಾಂಶಗಳನ್ನು ರಫ್ತು ಮಾಡಿ…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>ಬಗೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>ದಿನಾಂಕಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool</source>
        <translation>ಸಾಧನ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level scheme</source>
        <translation>ಮಟ್ಟ ಶ್ರೇಣಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MoU</source>
        <translation>MoU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>ಫಲಿತಾಂಶಗಳು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schools with indicators</source>
        <translation>ಸೂಚಕಗಳಿರುವ ಶಾಲೆಗಳು</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%(shown)s of %(total)s</source>
        <translation>%(total)s ರಲ್ಲಿ %(shown)s</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Delete round</source>
        <translation>ಸುತ್ತು ಅಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the assessment round %s? This cannot be undone.</source>
        <translation>%s ಮೌಲ್ಯಮಾಪನ ಸುತ್ತನ್ನು ಅಳಿಸಬೇಕೇ? ಇದನ್ನು ಹಿಂಪಡೆಯಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Round %s</source>
        <translation>ಸುತ್ತು %s</translation>
    </message>
</context>
<context>
    <name>RubricEditor</name>
    <message>
        <location filename="../../desktop/ui/dialogs/rubric_editor.py" line="+127"/>
        <source>Rubric criteria</source>
        <translation>ಮೌಲ್ಯಮಾಪನ ಸೂಚಿಯ ಮಾನದಂಡಗಳು</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the criterion looks at, for the reviewers</source>
        <translation>ಮೌಲ್ಯಮಾಪಕರಿಗಾಗಿ: ಈ ಮಾನದಂಡ ಏನನ್ನು ಪರಿಗಣಿಸುತ್ತದೆ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add criterion</source>
        <translation>ಮಾನದಂಡ ಸೇರಿಸಿ(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>ತೆಗೆದುಹಾಕಿ(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>ಮೇಲಕ್ಕೆ ಸರಿಸಿ(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>ಕೆಳಕ್ಕೆ ಸರಿಸಿ(&amp;W)</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>1 criterion</source>
        <translation>1 ಮಾನದಂಡ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%d criteria</source>
        <translation>%d ಮಾನದಂಡಗಳು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%(criteria)s, total weight %(weight)s; each share is the criterion&apos;s part of a nomination&apos;s total.</source>
        <translation>%(criteria)s, ಒಟ್ಟು ಭಾರಾಂಕ %(weight)s; ಪ್ರತಿ ಪಾಲು ನಾಮನಿರ್ದೇಶನದ ಒಟ್ಟು ಅಂಕದಲ್ಲಿ ಆ ಮಾನದಂಡದ ಭಾಗ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No criteria yet: add at least one.</source>
        <translation>ಇನ್ನೂ ಮಾನದಂಡಗಳಿಲ್ಲ: ಕನಿಷ್ಠ ಒಂದನ್ನು ಸೇರಿಸಿ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What criterion %d
looks a&amp;t:</source>
        <translation>ಮಾನದಂಡ %d
ಏನನ್ನು ಪರಿಗಣಿಸುತ್ತದೆ(&amp;T):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it
looks a&amp;t:</source>
        <translation>ಇದು ಏನನ್ನು
ಪರಿಗಣಿಸುತ್ತದೆ(&amp;T):</translation>
    </message>
</context>
<context>
    <name>RubricModel</name>
    <message>
        <location filename="../../desktop/ui/dialogs/rubric_model.py" line="+272"/>
        <source>Criterion</source>
        <translation>ಮಾನದಂಡ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional name</source>
        <translation>ಸ್ಥಳೀಯ ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>ಭಾರಾಂಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>ಪಾಲು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it looks at</source>
        <translation>ಏನನ್ನು ಪರಿಗಣಿಸುತ್ತದೆ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Level %d</source>
        <translation>ಮಟ್ಟ %d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The criterion&apos;s share of a nomination&apos;s weighted total</source>
        <translation>ನಾಮನಿರ್ದೇಶನದ ಭಾರಾಂಕಿತ ಒಟ್ಟು ಅಂಕದಲ್ಲಿ ಈ ಮಾನದಂಡದ ಪಾಲು</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/import_run_page.py" line="+31"/>
        <source>Import</source>
        <translation>ಆಮದು</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>ರದ್ದುಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cancelling…</source>
        <translation>ರದ್ದುಮಾಡಲಾಗುತ್ತಿದೆ…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Importing %s; a backup is taken first.</source>
        <translation>%s ಆಮದು ಮಾಡಲಾಗುತ್ತಿದೆ; ಮೊದಲು ಬ್ಯಾಕಪ್ ಮಾಡಲಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing…</source>
        <translation>ಆಮದು ಮಾಡಲಾಗುತ್ತಿದೆ…</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+13"/>
        <source>Nothing was imported.</source>
        <translation>ಏನನ್ನೂ ಆಮದು ಮಾಡಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The import stopped on an unexpected error and was rolled back: %s</source>
        <translation>ಅನಿರೀಕ್ಷಿತ ದೋಷದಿಂದ ಆಮದು ನಿಂತಿತು ಮತ್ತು ಹಿಂಪಡೆಯಲಾಗಿದೆ: %s</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing needed storing: every valid row is already in the database.</source>
        <translation>ಉಳಿಸಬೇಕಾದದ್ದು ಏನೂ ಇರಲಿಲ್ಲ: ಎಲ್ಲಾ ಸರಿಯಾದ ಸಾಲುಗಳು ಈಗಾಗಲೇ ಡೇಟಾಬೇಸ್‌ನಲ್ಲಿವೆ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported as batch %s.</source>
        <translation>ಕಂತು %s ಆಗಿ ಆಮದು ಮಾಡಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New: %s</source>
        <translation>ಹೊಸದು: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated: %s</source>
        <translation>ನವೀಕರಿಸಿದವು: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged: %s</source>
        <translation>ಬದಲಾಗದವು: %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UDISE codes repaired: %s</source>
        <translation>ಸರಿಪಡಿಸಿದ UDISE ಕೋಡ್‌ಗಳು: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows left out with problems: %s</source>
        <translation>ಸಮಸ್ಯೆಗಳಿಂದ ಬಿಟ್ಟ ಸಾಲುಗಳು: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check found:</source>
        <translation>ಪರಿಶೀಲನೆಯಲ್ಲಿ ಕಂಡುಬಂದದ್ದು:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database was backed up first to %s</source>
        <translation>ಮೊದಲು ಡೇಟಾಬೇಸ್‌ನ ಬ್ಯಾಕಪ್ ಇಲ್ಲಿ ಮಾಡಲಾಗಿದೆ: %s</translation>
    </message>
</context>
<context>
    <name>ScaleField</name>
    <message>
        <location filename="../../desktop/ui/dialogs/programme_dialog.py" line="-122"/>
        <source>Lowest level</source>
        <translation>ಕನಿಷ್ಠ ಮಟ್ಟ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest level</source>
        <translation>ಗರಿಷ್ಠ ಮಟ್ಟ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>levels from</source>
        <translation>ಮಟ್ಟಗಳು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>ರಿಂದ</translation>
    </message>
</context>
<context>
    <name>SchoolDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/school_dialog.py" line="+16"/>
        <source>Edit school</source>
        <translation>ಶಾಲೆಯ ವಿವರ ಸಂಪಾದಿಸಿ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add school</source>
        <translation>ಶಾಲೆ ಸೇರಿಸಿ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>UDISE code</source>
        <translation>UDISE ಕೋಡ್</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>11 digits, e.g. 29900101001</source>
        <translation>11 ಅಂಕಿಗಳು, ಉದಾ: 29900101001</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (regional language)</source>
        <translation>ಹೆಸರು (ಸ್ಥಳೀಯ ಭಾಷೆ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Block</source>
        <translation>ಬ್ಲಾಕ್</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>— choose —</source>
        <translation>— ಆಯ್ಕೆಮಾಡಿ —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster</source>
        <translation>ಕ್ಲಸ್ಟರ್</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Village</source>
        <translation>ಗ್ರಾಮ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Management</source>
        <translation>ಆಡಳಿತ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category</source>
        <translation>ವರ್ಗ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rural</source>
        <translation>ಗ್ರಾಮೀಣ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Urban</source>
        <translation>ನಗರ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rural / urban</source>
        <translation>ಗ್ರಾಮೀಣ / ನಗರ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN code</source>
        <translation>ಪಿನ್ ಕೋಡ್</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation>ಮಾಧ್ಯಮ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>ಅಕ್ಷಾಂಶ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>decimal degrees, e.g. 16.1817</source>
        <translation>ದಶಮಾಂಶ ಡಿಗ್ರಿಗಳಲ್ಲಿ, ಉದಾ: 16.1817</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longitude</source>
        <translation>ರೇಖಾಂಶ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>decimal degrees, e.g. 75.6958</source>
        <translation>ದಶಮಾಂಶ ಡಿಗ್ರಿಗಳಲ್ಲಿ, ಉದಾ: 75.6958</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no cluster)</source>
        <translation>(ಕ್ಲಸ್ಟರ್ ಇಲ್ಲ)</translation>
    </message>
</context>
<context>
    <name>SchoolPicker</name>
    <message>
        <location filename="../../desktop/ui/school_picker.py" line="+66"/>
        <source>Filter blocks and clusters</source>
        <translation>ಬ್ಲಾಕ್‌ಗಳು ಮತ್ತು ಕ್ಲಸ್ಟರ್‌ಗಳನ್ನು ಹುಡುಕಿ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>all kinds of school</source>
        <translation>ಎಲ್ಲಾ ಬಗೆಯ ಶಾಲೆಗಳು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Narrows the blocks and clusters; single schools always go.</source>
        <translation>ಬ್ಲಾಕ್ ಮತ್ತು ಕ್ಲಸ್ಟರ್‌ಗಳ ಶಾಲೆಗಳನ್ನು ಮಾತ್ರ ಸೀಮಿತಗೊಳಿಸುತ್ತದೆ; ಪ್ರತ್ಯೇಕವಾಗಿ ಸೇರಿಸಿದ ಶಾಲೆಗಳು ಯಾವಾಗಲೂ ಸೇರುತ್ತವೆ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name or 11-digit UDISE code</source>
        <translation>ಹೆಸರು ಅಥವಾ 11 ಅಂಕಿಯ UDISE ಕೋಡ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single schools</source>
        <translation>ಪ್ರತ್ಯೇಕ ಶಾಲೆಗಳು</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Blocks and clusters</source>
        <translation>ಬ್ಲಾಕ್‌ಗಳು ಮತ್ತು ಕ್ಲಸ್ಟರ್‌ಗಳು</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind of school:</source>
        <translation>ಶಾಲೆಯ ಬಗೆ:</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>No schools chosen yet: tick blocks or clusters, or add single schools.</source>
        <translation>ಇನ್ನೂ ಯಾವುದೇ ಶಾಲೆ ಆಯ್ಕೆಯಾಗಿಲ್ಲ: ಬ್ಲಾಕ್ ಅಥವಾ ಕ್ಲಸ್ಟರ್‌ಗಳನ್ನು ಗುರುತಿಸಿ, ಅಥವಾ ಪ್ರತ್ಯೇಕ ಶಾಲೆಗಳನ್ನು ಸೇರಿಸಿ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>block</source>
        <translation>ಬ್ಲಾಕ್</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>blocks</source>
        <translation>ಬ್ಲಾಕ್‌ಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cluster</source>
        <translation>ಕ್ಲಸ್ಟರ್</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>clusters</source>
        <translation>ಕ್ಲಸ್ಟರ್‌ಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>single school</source>
        <translation>ಪ್ರತ್ಯೇಕ ಶಾಲೆ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>single schools</source>
        <translation>ಪ್ರತ್ಯೇಕ ಶಾಲೆಗಳು</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>school</source>
        <translation>ಶಾಲೆ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>schools</source>
        <translation>ಶಾಲೆಗಳು</translation>
    </message>
</context>
<context>
    <name>SchoolSearch</name>
    <message>
        <location filename="../../desktop/ui/dialogs/body_dialog.py" line="-250"/>
        <source>Type part of the school&apos;s name or its UDISE code</source>
        <translation>ಶಾಲೆಯ ಹೆಸರಿನ ಭಾಗ ಅಥವಾ ಅದರ UDISE ಕೋಡ್ ಟೈಪ್ ಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Nothing matches “%s”.</source>
        <translation>“%s” ಗೆ ಹೊಂದುವ ಯಾವುದೂ ಇಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>none yet</source>
        <translation>ಇನ್ನೂ ಇಲ್ಲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School: %s</source>
        <translation>ಶಾಲೆ: %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%(cluster)s cluster, %(block)s block</source>
        <translation>%(cluster)s ಕ್ಲಸ್ಟರ್, %(block)s ಬ್ಲಾಕ್</translation>
    </message>
</context>
<context>
    <name>Schools</name>
    <message>
        <location filename="../../desktop/services/schools.py" line="+29"/>
        <source>Department of Education</source>
        <translation>ಶಿಕ್ಷಣ ಇಲಾಖೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local body</source>
        <translation>ಸ್ಥಳೀಯ ಸಂಸ್ಥೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social Welfare Department</source>
        <translation>ಸಮಾಜ ಕಲ್ಯಾಣ ಇಲಾಖೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tribal Welfare Department</source>
        <translation>ಪರಿಶಿಷ್ಟ ಪಂಗಡಗಳ ಕಲ್ಯಾಣ ಇಲಾಖೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private aided</source>
        <translation>ಖಾಸಗಿ ಅನುದಾನಿತ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private unaided</source>
        <translation>ಖಾಸಗಿ ಅನುದಾನರಹಿತ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central government</source>
        <translation>ಕೇಂದ್ರ ಸರ್ಕಾರ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Other</source>
        <translation>ಇತರೆ</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Primary (1-5)</source>
        <translation>ಕಿರಿಯ ಪ್ರಾಥಮಿಕ (1-5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper primary (1-8)</source>
        <translation>ಹಿರಿಯ ಪ್ರಾಥಮಿಕ (1-8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Higher secondary (1-12)</source>
        <translation>ಪದವಿ ಪೂರ್ವ ಸಹಿತ (1-12)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper primary only (6-8)</source>
        <translation>ಹಿರಿಯ ಪ್ರಾಥಮಿಕ ಮಾತ್ರ (6-8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secondary (1-10)</source>
        <translation>ಪ್ರೌಢ ಸಹಿತ (1-10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secondary only (9-10)</source>
        <translation>ಪ್ರೌಢ ಮಾತ್ರ (9-10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Higher secondary only (11-12)</source>
        <translation>ಪದವಿ ಪೂರ್ವ ಮಾತ್ರ (11-12)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kannada</source>
        <translation>ಕನ್ನಡ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>ಇಂಗ್ಲಿಷ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urdu</source>
        <translation>ಉರ್ದು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marathi</source>
        <translation>ಮರಾಠಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hindi</source>
        <translation>ಹಿಂದಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telugu</source>
        <translation>ತೆಲುಗು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tamil</source>
        <translation>ತಮಿಳು</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>UDISE code {code} already belongs to {school}.</source>
        <translation>UDISE ಕೋಡ್ {code} ಈಗಾಗಲೇ {school} ಶಾಲೆಗೆ ಸೇರಿದೆ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>School name</source>
        <translation>ಶಾಲೆಯ ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the block the school is in.</source>
        <translation>ಶಾಲೆ ಇರುವ ಬ್ಲಾಕ್ ಅನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chosen cluster no longer exists.</source>
        <translation>ಆಯ್ಕೆಮಾಡಿದ ಕ್ಲಸ್ಟರ್ ಈಗ ಅಸ್ತಿತ್ವದಲ್ಲಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster {cluster} is not in block {block}.</source>
        <translation>{cluster} ಕ್ಲಸ್ಟರ್ {block} ಬ್ಲಾಕ್‌ನಲ್ಲಿ ಇಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Local name</source>
        <translation>ಸ್ಥಳೀಯ ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>ಗ್ರಾಮ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management</source>
        <translation>ಆಡಳಿತ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>ವರ್ಗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rural / urban</source>
        <translation>ಗ್ರಾಮೀಣ / ನಗರ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation>ಮಾಧ್ಯಮ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latitude</source>
        <translation>ಅಕ್ಷಾಂಶ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longitude</source>
        <translation>ರೇಖಾಂಶ</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+12"/>
        <location line="+26"/>
        <source>School</source>
        <translation>ಶಾಲೆ</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>{school} ({code}) still has one person recorded at it; move them to another school or remove them first.</source>
        <translation>{school} ({code}) ಶಾಲೆಯಲ್ಲಿ ಇನ್ನೂ ಒಬ್ಬ ವ್ಯಕ್ತಿ ದಾಖಲಾಗಿದ್ದಾರೆ; ಮೊದಲು ಅವರನ್ನು ಬೇರೆ ಶಾಲೆಗೆ ವರ್ಗಾಯಿಸಿ ಅಥವಾ ತೆಗೆದುಹಾಕಿ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{school} ({code}) still has {count} people recorded at it; move them to another school or remove them first.</source>
        <translation>{school} ({code}) ಶಾಲೆಯಲ್ಲಿ ಇನ್ನೂ {count} ವ್ಯಕ್ತಿಗಳು ದಾಖಲಾಗಿದ್ದಾರೆ; ಮೊದಲು ಅವರನ್ನು ಬೇರೆ ಶಾಲೆಗೆ ವರ್ಗಾಯಿಸಿ ಅಥವಾ ತೆಗೆದುಹಾಕಿ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/udise.py" line="+16"/>
        <source>UDISE code is required.</source>
        <translation>UDISE ಕೋಡ್ ನಮೂದಿಸುವುದು ಕಡ್ಡಾಯ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UDISE code {code} contains &apos;{character}&apos;; it must have digits only.</source>
        <translation>UDISE ಕೋಡ್ {code} ನಲ್ಲಿ &apos;{character}&apos; ಇದೆ; ಅದರಲ್ಲಿ ಅಂಕಿಗಳು ಮಾತ್ರ ಇರಬೇಕು.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UDISE code {code} has {count} digits; expected {expected}.</source>
        <translation>UDISE ಕೋಡ್ {code} ನಲ್ಲಿ {count} ಅಂಕಿಗಳಿವೆ; {expected} ಅಂಕಿಗಳು ಇರಬೇಕು.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>district {code}</source>
        <translation>ಜಿಲ್ಲೆ {code}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} district</source>
        <translation>{name} ಜಿಲ್ಲೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UDISE code {code} starts with {start}, but school codes of {where} start with {prefix}.</source>
        <translation>UDISE ಕೋಡ್ {code} {start} ರಿಂದ ಆರಂಭವಾಗುತ್ತದೆ; ಆದರೆ {where} ವ್ಯಾಪ್ತಿಯ ಶಾಲಾ ಕೋಡ್‌ಗಳು {prefix} ರಿಂದ ಆರಂಭವಾಗುತ್ತವೆ.</translation>
    </message>
</context>
<context>
    <name>ScoringTab</name>
    <message>
        <location filename="../../desktop/ui/pages/recognition_score_sheet_model.py" line="+16"/>
        <source>Nominated by you</source>
        <translation>ನೀವೇ ನಾಮನಿರ್ದೇಶಿಸಿದ್ದು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About you</source>
        <translation>ನಿಮ್ಮ ಕುರಿತು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your school</source>
        <translation>ನಿಮ್ಮ ಶಾಲೆ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Conflict of interest</source>
        <translation>ಹಿತಾಸಕ್ತಿ ಸಂಘರ್ಷ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>ಪೂರ್ಣ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%(scored)d of %(criteria)d</source>
        <translation>%(criteria)d ರಲ್ಲಿ %(scored)d</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not started</source>
        <translation>ಆರಂಭಿಸಿಲ್ಲ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition_scoring.py" line="+70"/>
        <source>Reviewer</source>
        <translation>ಮೌಲ್ಯಮಾಪಕರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reviewer:</source>
        <translation>ಮೌಲ್ಯಮಾಪಕರು(&amp;R):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Scored</source>
        <translation>ಅಂಕ ನೀಡಿಕೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominee</source>
        <translation>ನಾಮನಿರ್ದೇಶಿತರು</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nominations to score</source>
        <translation>ಅಂಕ ನೀಡಬೇಕಾದ ನಾಮನಿರ್ದೇಶನಗಳು</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Optional: a note kept with your scores</source>
        <translation>ಐಚ್ಛಿಕ: ನಿಮ್ಮ ಅಂಕಗಳೊಂದಿಗೆ ಉಳಿಯುವ ಟಿಪ್ಪಣಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>ಟಿಪ್ಪಣಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;ote:</source>
        <translation>ಟಿಪ್ಪಣಿ(&amp;O):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keys: a digit gives the current criterion that level and moves on · ↑ ↓ or Tab: criteria · ← →: level · Delete: clear · Ctrl+Enter: save and next · PgUp PgDn: nominations</source>
        <translation>ಕೀಲಿಗಳು: ಒಂದು ಅಂಕಿ ಒತ್ತಿದರೆ ಈಗಿನ ಮಾನದಂಡಕ್ಕೆ ಆ ಮಟ್ಟ ನೀಡಿ ಮುಂದೆ ಸಾಗುತ್ತದೆ · ↑ ↓ ಅಥವಾ Tab: ಮಾನದಂಡಗಳು · ← →: ಮಟ್ಟ · Delete: ತೆರವು · Ctrl+Enter: ಉಳಿಸಿ ಮುಂದಿನದು · PgUp PgDn: ನಾಮನಿರ್ದೇಶನಗಳು</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Re&amp;vert</source>
        <translation>ಹಿಂದಿನಂತೆ ಮಾಡಿ(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back the levels last saved for this nomination</source>
        <translation>ಈ ನಾಮನಿರ್ದೇಶನಕ್ಕೆ ಕೊನೆಯದಾಗಿ ಉಳಿಸಿದ ಮಟ್ಟಗಳನ್ನು ಮರಳಿ ತನ್ನಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save and next</source>
        <translation>ಉಳಿಸಿ ಮುಂದಿನದು(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the levels and open the next nomination not yet scored (Ctrl+Enter)</source>
        <translation>ಮಟ್ಟಗಳನ್ನು ಉಳಿಸಿ, ಇನ್ನೂ ಅಂಕ ನೀಡದ ಮುಂದಿನ ನಾಮನಿರ್ದೇಶನವನ್ನು ತೆರೆಯಿರಿ (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Choose a cycle above.</source>
        <translation>ಮೇಲೆ ಒಂದು ಆವೃತ್ತಿಯನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No reviewers on this cycle&apos;s panel yet: add them with Edit… on Programmes and cycles.</source>
        <translation>ಈ ಆವೃತ್ತಿಯ ಸಮಿತಿಯಲ್ಲಿ ಇನ್ನೂ ಮೌಲ್ಯಮಾಪಕರಿಲ್ಲ: &apos;ಕಾರ್ಯಕ್ರಮಗಳು ಮತ್ತು ಆವೃತ್ತಿಗಳು&apos; ಟ್ಯಾಬ್‌ನಲ್ಲಿ &apos;ಸಂಪಾದಿಸಿ…&apos; ಮೂಲಕ ಅವರನ್ನು ಸೇರಿಸಿ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read-only. %s</source>
        <translation>ಓದಲು ಮಾತ್ರ. %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review open until %s: scores can be entered and changed until that day.</source>
        <translation>ಮೌಲ್ಯಮಾಪನ %s ರವರೆಗೆ ತೆರೆದಿದೆ: ಆ ದಿನದವರೆಗೆ ಅಂಕಗಳನ್ನು ನಮೂದಿಸಬಹುದು ಮತ್ತು ಬದಲಿಸಬಹುದು.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%(complete)d of %(scorable)d scored</source>
        <translation>%(scorable)d ರಲ್ಲಿ %(complete)d ಕ್ಕೆ ಅಂಕ ನೀಡಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition_scoring_sheet.py" line="+79"/>
        <source>No nominations in this cycle yet.</source>
        <translation>ಈ ಆವೃತ್ತಿಯಲ್ಲಿ ಇನ್ನೂ ನಾಮನಿರ್ದೇಶನಗಳಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Category: %s</source>
        <translation>ವಿಭಾಗ: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status: %s</source>
        <translation>ಸ್ಥಿತಿ: %s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nominated by %s</source>
        <translation>ನಾಮನಿರ್ದೇಶನ ಮಾಡಿದವರು: %s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From the data</source>
        <translation>ದತ್ತಾಂಶದಿಂದ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%d evidence file(s) attached: open them on the Nominations tab.</source>
        <translation>%d ಪುರಾವೆ ಕಡತ(ಗಳು) ಲಗತ್ತಿಸಲಾಗಿದೆ: &apos;ನಾಮನಿರ್ದೇಶನಗಳು&apos; ಟ್ಯಾಬ್‌ನಲ್ಲಿ ಅವುಗಳನ್ನು ತೆರೆಯಿರಿ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No evidence files attached.</source>
        <translation>ಯಾವುದೇ ಪುರಾವೆ ಕಡತ ಲಗತ್ತಿಸಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You cannot score this nomination: %s.</source>
        <translation>ಈ ನಾಮನಿರ್ದೇಶನಕ್ಕೆ ನೀವು ಅಂಕ ನೀಡುವಂತಿಲ್ಲ: %s.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>(not saved yet)</source>
        <translation>(ಇನ್ನೂ ಉಳಿಸಿಲ್ಲ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Weighted total: — (no level given yet)</source>
        <translation>ಭಾರಾಂಕಿತ ಒಟ್ಟು: — (ಇನ್ನೂ ಯಾವುದೇ ಮಟ್ಟ ನೀಡಿಲ್ಲ)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weighted total: &lt;b&gt;%s%%&lt;/b&gt;</source>
        <translation>ಭಾರಾಂಕಿತ ಒಟ್ಟು: &lt;b&gt;%s%%&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weighted total so far: &lt;b&gt;%(percent)s%%&lt;/b&gt; on %(scored)d of %(criteria)d criteria</source>
        <translation>ಇಲ್ಲಿಯವರೆಗಿನ ಭಾರಾಂಕಿತ ಒಟ್ಟು: %(criteria)d ರಲ್ಲಿ %(scored)d ಮಾನದಂಡಗಳಿಗೆ &lt;b&gt;%(percent)s%%&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Saved the scores for %s.</source>
        <translation>%s ಅವರಿಗೆ ನೀಡಿದ ಅಂಕಗಳನ್ನು ಉಳಿಸಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Every nomination %s can score is scored.</source>
        <translation>%s ಅವರು ಅಂಕ ನೀಡಬಹುದಾದ ಎಲ್ಲಾ ನಾಮನಿರ್ದೇಶನಗಳಿಗೂ ಅಂಕ ನೀಡಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Scores not saved</source>
        <translation>ಅಂಕಗಳನ್ನು ಉಳಿಸಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The levels you gave %s are not saved yet. Save them?</source>
        <translation>%s ಅವರಿಗೆ ನೀವು ನೀಡಿದ ಮಟ್ಟಗಳನ್ನು ಇನ್ನೂ ಉಳಿಸಿಲ್ಲ. ಉಳಿಸಬೇಕೇ?</translation>
    </message>
</context>
<context>
    <name>SearchChooser</name>
    <message>
        <location filename="../../desktop/ui/dialogs/nominee_chooser.py" line="-254"/>
        <source>Chosen: &lt;b&gt;%s&lt;/b&gt;</source>
        <translation>ಆಯ್ಕೆ: &lt;b&gt;%s&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing chosen yet.</source>
        <translation>ಇನ್ನೂ ಏನನ್ನೂ ಆಯ್ಕೆಮಾಡಿಲ್ಲ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_picker.py" line="-129"/>
        <source>Remove</source>
        <translation>ತೆಗೆದುಹಾಕಿ</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Nothing matches “%s”.</source>
        <translation>“%s” ಗೆ ಹೊಂದುವ ಯಾವುದೂ ಇಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first %d matches are shown; type more to narrow them.</source>
        <translation>ಮೊದಲ %d ಹೊಂದಾಣಿಕೆಗಳನ್ನು ತೋರಿಸಲಾಗಿದೆ; ಪಟ್ಟಿಯನ್ನು ಕಿರಿದಾಗಿಸಲು ಇನ್ನಷ್ಟು ಟೈಪ್ ಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type to search.</source>
        <translation>ಹುಡುಕಲು ಟೈಪ್ ಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Chosen: %d</source>
        <translation>ಆಯ್ಕೆಮಾಡಿದವು: %d</translation>
    </message>
</context>
<context>
    <name>SelectionReasonDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/selection_reason_dialog.py" line="-74"/>
        <source>Select with a reason</source>
        <translation>ಕಾರಣದೊಂದಿಗೆ ಆಯ್ಕೆಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reason (kept with the selection)</source>
        <translation>ಕಾರಣ (ಆಯ್ಕೆಯೊಂದಿಗೆ ದಾಖಲಾಗುತ್ತದೆ)(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select</source>
        <translation>ಆಯ್ಕೆಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the reason for this selection, or cancel.</source>
        <translation>ಈ ಆಯ್ಕೆಗೆ ಕಾರಣ ನೀಡಿ, ಅಥವಾ ರದ್ದುಮಾಡಿ.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="+59"/>
        <source>Settings</source>
        <translation>ಸೆಟ್ಟಿಂಗ್‌ಗಳು</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recorded as the author of every change in the audit log.</source>
        <translation>ಬದಲಾವಣೆ ದಾಖಲೆಯಲ್ಲಿ ಪ್ರತಿಯೊಂದು ಬದಲಾವಣೆಯನ್ನು ಮಾಡಿದವರು ಎಂದು ಈ ಹೆಸರನ್ನು ನಮೂದಿಸಲಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System default (%s)</source>
        <translation>ಕಂಪ್ಯೂಟರ್‌ನ ಭಾಷೆ (%s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new language takes effect when the app is started again.</source>
        <translation>ಹೊಸ ಭಾಷೆಯು ತಂತ್ರಾಂಶವನ್ನು ಮತ್ತೆ ಆರಂಭಿಸಿದಾಗ ಜಾರಿಗೆ ಬರುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save and restart now</source>
        <translation>ಉಳಿಸಿ, ಈಗಲೇ ಮರುಆರಂಭಿಸಿ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your name</source>
        <translation>ನಿಮ್ಮ ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>ಭಾಷೆ</translation>
    </message>
</context>
<context>
    <name>SignatoriesTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_tables.py" line="-134"/>
        <source>Name</source>
        <translation>ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Designation</source>
        <translation>ಹುದ್ದೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs for</source>
        <translation>ಯಾರ ಪರವಾಗಿ ಸಹಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which partner</source>
        <translation>ಯಾವ ಪಾಲುದಾರ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>ಕಡ್ಡಾಯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date signed</source>
        <translation>ಸಹಿ ಮಾಡಿದ ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone who signs the MoU. Give the date each one signed once they have; the MoU can be marked signed when every required signatory has a date.</source>
        <translation>MoU ಗೆ ಸಹಿ ಮಾಡುವ ಎಲ್ಲರೂ. ಪ್ರತಿಯೊಬ್ಬರೂ ಸಹಿ ಮಾಡಿದ ನಂತರ ಆ ದಿನಾಂಕ ನೀಡಿ; ಎಲ್ಲಾ ಕಡ್ಡಾಯ ಸಹಿದಾರರ ದಿನಾಂಕ ದಾಖಲಾದಾಗ MoU ಅನ್ನು ಸಹಿಯಾಗಿದೆ ಎಂದು ಗುರುತಿಸಬಹುದು.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add signatory</source>
        <translation>ಸಹಿದಾರರನ್ನು ಸೇರಿಸಿ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not signed</source>
        <translation>ಸಹಿ ಆಗಿಲ್ಲ</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/selection_reason_dialog.py" line="+23"/>
        <source>Nominees</source>
        <translation>ನಾಮನಿರ್ದೇಶಿತರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>ದಿನಾಂಕ(&amp;D)</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/suggestions_dialog.py" line="+62"/>
        <source>Suggestions from data — %s</source>
        <translation>ದತ್ತಾಂಶದಿಂದ ಸಲಹೆಗಳು — %s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>all grades</source>
        <translation>ಎಲ್ಲಾ ತರಗತಿಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all subjects</source>
        <translation>ಎಲ್ಲಾ ವಿಷಯಗಳು</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Earlier round</source>
        <translation>ಹಿಂದಿನ ಸುತ್ತು(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later round</source>
        <translation>ನಂತರದ ಸುತ್ತು(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le&amp;vel</source>
        <translation>ಹಂತ(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grade</source>
        <translation>ತರಗತಿ(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;bject</source>
        <translation>ವಿಷಯ(&amp;B)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Suggestions need two assessment rounds with students&apos; results: import them on Baseline → Imports.</source>
        <translation>ಸಲಹೆಗಳಿಗೆ ವಿದ್ಯಾರ್ಥಿಗಳ ಫಲಿತಾಂಶಗಳಿರುವ ಎರಡು ಮೌಲ್ಯಮಾಪನ ಸುತ್ತುಗಳು ಬೇಕು: ಅವುಗಳನ್ನು &apos;ಬೇಸ್‌ಲೈನ್ → ಆಮದುಗಳು&apos; ನಲ್ಲಿ ಆಮದು ಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The units whose share of students at or above grade level rose most (then their mean score), largest rise first; units with too few students in either round are left out.</source>
        <translation>ತರಗತಿ ಮಟ್ಟದಲ್ಲಿ ಅಥವಾ ಅದಕ್ಕಿಂತ ಮೇಲಿರುವ ವಿದ್ಯಾರ್ಥಿಗಳ ಪ್ರಮಾಣ ಅತಿ ಹೆಚ್ಚು ಏರಿದ (ನಂತರ ಸರಾಸರಿ ಅಂಕ ಏರಿದ) ಘಟಕಗಳು, ಹೆಚ್ಚು ಏರಿಕೆ ಮೊದಲು; ಯಾವುದೇ ಸುತ್ತಿನಲ್ಲಿ ತೀರಾ ಕಡಿಮೆ ವಿದ್ಯಾರ್ಥಿಗಳಿರುವ ಘಟಕಗಳನ್ನು ಬಿಡಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unit</source>
        <translation>ಘಟಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block</source>
        <translation>ಬ್ಲಾಕ್</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier %</source>
        <translation>ಹಿಂದಿನ %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later %</source>
        <translation>ನಂತರದ %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change (points)</source>
        <translation>ಬದಲಾವಣೆ (ಅಂಶಗಳು)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean score change</source>
        <translation>ಸರಾಸರಿ ಅಂಕದಲ್ಲಿ ಬದಲಾವಣೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Students</source>
        <translation>ವಿದ್ಯಾರ್ಥಿಗಳು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already nominated</source>
        <translation>ಈಗಾಗಲೇ ನಾಮನಿರ್ದೇಶಿತ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>ಹೌದು</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Suggested nominees</source>
        <translation>ಸೂಚಿಸಿದ ನಾಮನಿರ್ದೇಶಿತರು</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Nominate…</source>
        <translation>ನಾಮನಿರ್ದೇಶಿಸಿ…(&amp;N)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>, %s cluster</source>
        <translation>, %s ಕ್ಲಸ್ಟರ್</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Grade %d</source>
        <translation>%dನೇ ತರಗತಿ</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No unit improved between these rounds for this choice.</source>
        <translation>ಈ ಆಯ್ಕೆಗೆ ಈ ಸುತ್ತುಗಳ ನಡುವೆ ಯಾವುದೇ ಘಟಕ ಸುಧಾರಿಸಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Already nominated in this cycle</source>
        <translation>ಈ ಆವೃತ್ತಿಯಲ್ಲಿ ಈಗಾಗಲೇ ನಾಮನಿರ್ದೇಶಿತ</translation>
    </message>
</context>
<context>
    <name>TaskPageMixin</name>
    <message>
        <location filename="../../desktop/ui/dialogs/wizard_task.py" line="+20"/>
        <source>Cancelling…</source>
        <translation>ರದ್ದುಮಾಡಲಾಗುತ್ತಿದೆ…</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="+22"/>
        <source>Schools</source>
        <translation>ಶಾಲೆಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offices</source>
        <translation>ಕಚೇರಿಗಳು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>ವ್ಯಕ್ತಿಗಳು</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edit template</source>
        <translation>ಮಾದರಿ ಸಂಪಾದಿಸಿ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New template</source>
        <translation>ಹೊಸ ಮಾದರಿ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>ಭಾಷೆ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent to</source>
        <translation>ಯಾರಿಗೆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>ವಿಷಯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>References (one a line)</source>
        <translation>ಉಲ್ಲೇಖಗಳು (ಪ್ರತಿ ಸಾಲಿಗೆ ಒಂದು)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>ಮುಖ್ಯ ಪಠ್ಯ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One line per paragraph; “- ” starts a bullet, “1. ” a numbered point, “|” a table row; *bold*, _italic_. Placeholders such as {school_name} are filled per recipient.</source>
        <translation>ಪ್ರತಿ ಪ್ಯಾರಾಕ್ಕೆ ಒಂದು ಸಾಲು; “- ” ಬುಲೆಟ್, “1. ” ಸಂಖ್ಯೆಯ ಅಂಶ, “|” ಕೋಷ್ಟಕದ ಸಾಲು ಆರಂಭಿಸುತ್ತದೆ; *ದಪ್ಪ*, _ಓರೆ_. {school_name} ನಂತಹ ಸ್ಥಾನಸೂಚಕಗಳನ್ನು ಪ್ರತಿ ಸ್ವೀಕರಿಸುವವರಿಗೆ ತುಂಬಲಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Own fields (one a line)</source>
        <translation>ಸ್ವಂತ ಕ್ಷೇತ್ರಗಳು (ಪ್ರತಿ ಸಾಲಿಗೆ ಒಂದು)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. meeting_date — filled in once per circular</source>
        <translation>ಉದಾ: meeting_date — ಪ್ರತಿ ಸುತ್ತೋಲೆಗೆ ಒಮ್ಮೆ ತುಂಬಲಾಗುತ್ತದೆ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filled in for you</source>
        <translation>ತಾನಾಗಿ ತುಂಬಲಾಗುವವು</translation>
    </message>
</context>
<context>
    <name>TemplateManager</name>
    <message>
        <location filename="../../desktop/ui/dialogs/template_manager.py" line="+37"/>
        <source>Circular templates</source>
        <translation>ಸುತ್ತೋಲೆ ಮಾದರಿಗಳು</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All languages</source>
        <translation>ಎಲ್ಲಾ ಭಾಷೆಗಳು</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Language</source>
        <translation>ಭಾಷೆ</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Sent to</source>
        <translation>ಯಾರಿಗೆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>ಬಗೆ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Built-in</source>
        <translation>ಅಂತರ್ನಿರ್ಮಿತ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Own copy</source>
        <translation>ಸ್ವಂತ ಪ್ರತಿ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Make a copy to edit…</source>
        <translation>ಸಂಪಾದಿಸಲು ಪ್ರತಿ ಮಾಡಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>ಸಂಪಾದಿಸಿ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New…</source>
        <translation>ಹೊಸದು…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>ಅಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ಮುಚ್ಚಿ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Built-in templates come with the app and are kept up to date by it, so they cannot be changed: make a copy and edit the copy.</source>
        <translation>ಅಂತರ್ನಿರ್ಮಿತ ಮಾದರಿಗಳು ತಂತ್ರಾಂಶದೊಂದಿಗೆ ಬರುತ್ತವೆ ಮತ್ತು ತಂತ್ರಾಂಶವೇ ಅವನ್ನು ನವೀಕರಿಸುತ್ತದೆ; ಆದ್ದರಿಂದ ಅವನ್ನು ಬದಲಿಸುವಂತಿಲ್ಲ: ಪ್ರತಿ ಮಾಡಿ, ಆ ಪ್ರತಿಯನ್ನು ಸಂಪಾದಿಸಿ.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%s templates</source>
        <translation>%s ಮಾದರಿಗಳು</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A built-in template cannot be changed: make a copy to edit.</source>
        <translation>ಅಂತರ್ನಿರ್ಮಿತ ಮಾದರಿಯನ್ನು ಬದಲಿಸುವಂತಿಲ್ಲ: ಸಂಪಾದಿಸಲು ಪ್ರತಿ ಮಾಡಿ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built-in templates cannot be deleted.</source>
        <translation>ಅಂತರ್ನಿರ್ಮಿತ ಮಾದರಿಗಳನ್ನು ಅಳಿಸುವಂತಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Make a copy</source>
        <translation>ಪ್ರತಿ ಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the copy</source>
        <translation>ಪ್ರತಿಯ ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s (our copy)</source>
        <translation>%s (ನಮ್ಮ ಪ್ರತಿ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Cannot copy</source>
        <translation>ಪ್ರತಿ ಮಾಡಲು ಸಾಧ್ಯವಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot edit</source>
        <translation>ಸಂಪಾದಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Delete template</source>
        <translation>ಮಾದರಿ ಅಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the template %s? Circulars already issued from it keep their text.</source>
        <translation>%s ಮಾದರಿಯನ್ನು ಅಳಿಸಬೇಕೇ? ಅದರಿಂದ ಈಗಾಗಲೇ ಹೊರಡಿಸಿದ ಸುತ್ತೋಲೆಗಳ ಪಠ್ಯ ಹಾಗೆಯೇ ಉಳಿಯುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot delete</source>
        <translation>ಅಳಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../desktop/services/templates.py" line="+88"/>
        <source>Template name</source>
        <translation>ಮಾದರಿಯ ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>ವಿಷಯ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language must be one of {values}.</source>
        <translation>ಭಾಷೆ ಇವುಗಳಲ್ಲಿ ಒಂದಾಗಿರಬೇಕು: {values}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recipients must be {values}.</source>
        <translation>ಸ್ವೀಕರಿಸುವವರು ಇವುಗಳಲ್ಲಿ ಒಂದಾಗಿರಬೇಕು: {values}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Field &apos;{field}&apos; must be lower-case letters, digits and _ (e.g. meeting_date).</source>
        <translation>ಕ್ಷೇತ್ರ &apos;{field}&apos; ನಲ್ಲಿ ಸಣ್ಣ ಇಂಗ್ಲಿಷ್ ಅಕ್ಷರಗಳು, ಅಂಕಿಗಳು ಮತ್ತು _ ಮಾತ್ರ ಇರಬೇಕು (ಉದಾ: meeting_date).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The body is empty.</source>
        <translation>ಮುಖ್ಯ ಪಠ್ಯ ಖಾಲಿ ಇದೆ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A {language} template named {name} already exists.</source>
        <translation>{name} ಹೆಸರಿನ {language} ಮಾದರಿ ಈಗಾಗಲೇ ಇದೆ.</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+12"/>
        <source>Template</source>
        <translation>ಮಾದರಿ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{template} is a built-in template; make a copy of it and change the copy.</source>
        <translation>{template} ಅಂತರ್ನಿರ್ಮಿತ ಮಾದರಿ; ಅದರ ಪ್ರತಿ ಮಾಡಿ, ಆ ಪ್ರತಿಯನ್ನು ಬದಲಿಸಿ.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>List name</source>
        <translation>ಪಟ್ಟಿಯ ಹೆಸರು</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A copy-to list needs at least one entry.</source>
        <translation>ಪ್ರತಿ ಕಳುಹಿಸುವ ಪಟ್ಟಿಯಲ್ಲಿ ಕನಿಷ್ಠ ಒಂದು ನಮೂದು ಇರಬೇಕು.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Copy-to list</source>
        <translation>ಪ್ರತಿ ಕಳುಹಿಸುವ ಪಟ್ಟಿ</translation>
    </message>
</context>
<context>
    <name>TerminateDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_actions.py" line="-22"/>
        <source>Terminate MoU %s</source>
        <translation>MoU %s ಅಂತ್ಯಗೊಳಿಸಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminated on</source>
        <translation>ಅಂತ್ಯಗೊಳಿಸಿದ ದಿನಾಂಕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason (kept in the register)</source>
        <translation>ಕಾರಣ (ವಹಿಯಲ್ಲಿ ದಾಖಲಾಗುತ್ತದೆ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminate</source>
        <translation>ಅಂತ್ಯಗೊಳಿಸಿ</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/mou_records.py" line="+33"/>
        <source>When</source>
        <translation>ಯಾವಾಗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>ಯಾರು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>ಏನು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>ವಿವರಗಳು</translation>
    </message>
</context>
<context>
    <name>UnitChooser</name>
    <message>
        <location filename="../../desktop/ui/dialogs/body_dialog.py" line="+30"/>
        <source>Type part of the name</source>
        <translation>ಹೆಸರಿನ ಭಾಗವನ್ನು ಟೈಪ್ ಮಾಡಿ</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../desktop/services/recognition/cycle_checks.py" line="-181"/>
        <location filename="../../desktop/services/validation.py" line="+36"/>
        <source>{label} is required.</source>
        <translation>{label} ನಮೂದಿಸುವುದು ಕಡ್ಡಾಯ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/validation.py" line="+14"/>
        <source>{label} &apos;{value}&apos; is not one of: {allowed}.</source>
        <translation>{label} &apos;{value}&apos; ಅನುಮತಿಸಲಾದ ಮೌಲ್ಯಗಳಲ್ಲಿ ಇಲ್ಲ: {allowed}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PIN code &apos;{value}&apos; must be 6 digits, not starting with 0.</source>
        <translation>ಪಿನ್ ಕೋಡ್ &apos;{value}&apos; 6 ಅಂಕಿಗಳಾಗಿರಬೇಕು ಮತ್ತು 0 ಯಿಂದ ಆರಂಭವಾಗಬಾರದು.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Phone number &apos;{value}&apos; may contain only digits, spaces, dashes and a leading +.</source>
        <translation>ದೂರವಾಣಿ ಸಂಖ್ಯೆ &apos;{value}&apos; ನಲ್ಲಿ ಅಂಕಿಗಳು, ಖಾಲಿ ಜಾಗ, ಡ್ಯಾಶ್ (-) ಮತ್ತು ಆರಂಭದಲ್ಲಿ + ಮಾತ್ರ ಇರಬಹುದು.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Phone number &apos;{value}&apos; has {count} digits after the prefix; expected 10.</source>
        <translation>ದೂರವಾಣಿ ಸಂಖ್ಯೆ &apos;{value}&apos; ನಲ್ಲಿ ಪೂರ್ವಸಂಖ್ಯೆಯ ನಂತರ {count} ಅಂಕಿಗಳಿವೆ; 10 ಅಂಕಿಗಳು ಇರಬೇಕು.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;{value}&apos; is not an e-mail address (expected name@example.org).</source>
        <translation>&apos;{value}&apos; ಇ-ಮೇಲ್ ವಿಳಾಸವಲ್ಲ (name@example.org ರೀತಿಯಲ್ಲಿರಬೇಕು).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>NGO-Darpan ID &apos;{value}&apos; should look like KA/2017/0123456 (state/year/7 digits).</source>
        <translation>NGO-Darpan ಐಡಿ &apos;{value}&apos; KA/2017/0123456 ರೀತಿಯಲ್ಲಿರಬೇಕು (ರಾಜ್ಯ/ವರ್ಷ/7 ಅಂಕಿಗಳು).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{label} &apos;{value}&apos; is not a number (expected decimal degrees such as 15.85).</source>
        <translation>{label} &apos;{value}&apos; ಸಂಖ್ಯೆಯಲ್ಲ (15.85 ರಂತೆ ದಶಮಾಂಶ ಡಿಗ್ರಿಗಳಲ್ಲಿ ಇರಬೇಕು).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{label} {value} is outside India ({low} to {high}).</source>
        <translation>{label} {value} ಭಾರತದ ವ್ಯಾಪ್ತಿಯ ಹೊರಗಿದೆ ({low} ರಿಂದ {high}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/recognition/programme_checks.py" line="-164"/>
        <location filename="../../desktop/services/validation.py" line="+6"/>
        <source>{label} is {length} characters long; at most {max_length} fit.</source>
        <translation>{label} {length} ಅಕ್ಷರಗಳಷ್ಟು ಉದ್ದವಿದೆ; ಗರಿಷ್ಠ {max_length} ಅಕ್ಷರಗಳು ಮಾತ್ರ ಸಾಧ್ಯ.</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="+126"/>
        <source>The file could not be written for viewing: %s</source>
        <translation>ವೀಕ್ಷಿಸಲು ಕಡತವನ್ನು ಬರೆಯಲು ಸಾಧ್ಯವಾಗಲಿಲ್ಲ: %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No program on this computer opens %s.</source>
        <translation>%s ಅನ್ನು ತೆರೆಯುವ ಯಾವುದೇ ಪ್ರೋಗ್ರಾಂ ಈ ಕಂಪ್ಯೂಟರ್‌ನಲ್ಲಿ ಇಲ್ಲ.</translation>
    </message>
</context>
<context>
    <name>WritePage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/export_write_pages.py" line="-302"/>
        <source>Nothing was written to the drive and nothing was recorded.</source>
        <translation>ಡ್ರೈವ್‌ಗೆ ಏನನ್ನೂ ಬರೆದಿಲ್ಲ ಮತ್ತು ಏನನ್ನೂ ದಾಖಲಿಸಿಲ್ಲ.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Write the package</source>
        <translation>ಪ್ಯಾಕೇಜ್ ಬರೆಯಿರಿ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The package is written, read back and checked, then recorded in the exchange log.</source>
        <translation>ಪ್ಯಾಕೇಜನ್ನು ಬರೆದು, ಮತ್ತೆ ಓದಿ ಪರಿಶೀಲಿಸಿ, ನಂತರ ವಿನಿಮಯ ವಹಿಯಲ್ಲಿ ದಾಖಲಿಸಲಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The package</source>
        <translation>ಪ್ಯಾಕೇಜ್</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Write package</source>
        <translation>ಪ್ಯಾಕೇಜ್ ಬರೆಯಿರಿ(&amp;W)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ca&amp;ncel writing</source>
        <translation>ಬರೆಯುವುದನ್ನು ರದ್ದುಮಾಡಿ(&amp;N)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>File:</source>
        <translation>ಕಡತ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>ಗಾತ್ರ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by the office key:</source>
        <translation>ಕಚೇರಿ ಕೀಲಿಯ ಸಹಿ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The partner keeps it until:</source>
        <translation>ಪಾಲುದಾರ ಸಂಸ್ಥೆ ಇಟ್ಟುಕೊಳ್ಳುವ ಗಡುವು:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>MoU %(reference)s: %(title)s</source>
        <translation>MoU %(reference)s: %(title)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For: %s</source>
        <translation>ಯಾರಿಗೆ: %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>• %(category)s: %(count)s records</source>
        <translation>• %(category)s: %(count)s ದಾಖಲೆಗಳು</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rounds: %s</source>
        <translation>ಸುತ್ತುಗಳು: %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Into: %s</source>
        <translation>ಇಲ್ಲಿಗೆ: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep until: %s</source>
        <translation>ಇಟ್ಟುಕೊಳ್ಳುವ ಗಡುವು: %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This first package creates the office&apos;s signing key.</source>
        <translation>ಈ ಮೊದಲ ಪ್ಯಾಕೇಜ್ ಕಚೇರಿಯ ಸಹಿ ಕೀಲಿಯನ್ನು ರಚಿಸುತ್ತದೆ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed with the office key %s</source>
        <translation>ಕಚೇರಿ ಕೀಲಿ %s ನಿಂದ ಸಹಿ ಮಾಡಲಾಗಿದೆ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Writing the package…</source>
        <translation>ಪ್ಯಾಕೇಜ್ ಬರೆಯಲಾಗುತ್ತಿದೆ…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelled. </source>
        <translation>ರದ್ದುಮಾಡಲಾಗಿದೆ. </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Go Back to the passphrase page to type it.</source>
        <translation>ಅದನ್ನು ಟೈಪ್ ಮಾಡಲು &apos;ಗುಪ್ತ ವಾಕ್ಯ&apos; ಪುಟಕ್ಕೆ ಹಿಂತಿರುಗಿ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The package could not be written to %(folder)s: %(error)s</source>
        <translation>ಪ್ಯಾಕೇಜನ್ನು %(folder)s ಗೆ ಬರೆಯಲು ಸಾಧ್ಯವಾಗಲಿಲ್ಲ: %(error)s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing stopped on an unexpected error: %s</source>
        <translation>ಅನಿರೀಕ್ಷಿತ ದೋಷದಿಂದ ಬರೆಯುವಿಕೆ ನಿಂತಿತು: %s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The package is written, checked and recorded in the exchange log.</source>
        <translation>ಪ್ಯಾಕೇಜನ್ನು ಬರೆದು, ಪರಿಶೀಲಿಸಿ, ವಿನಿಮಯ ವಹಿಯಲ್ಲಿ ದಾಖಲಿಸಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%(size)s (%(bytes)s bytes)</source>
        <translation>%(size)s (%(bytes)s ಬೈಟ್‌ಗಳು)</translation>
    </message>
</context>
<context>
    <name>_MemberForm</name>
    <message>
        <location filename="../../desktop/ui/dialogs/membership_dialogs.py" line="-135"/>
        <source>Type part of the name, designation or office</source>
        <translation>ಹೆಸರು, ಹುದ್ದೆ ಅಥವಾ ಕಚೇರಿಯ ಭಾಗವನ್ನು ಟೈಪ್ ಮಾಡಿ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Role</source>
        <translation>ಪಾತ್ರ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— none —</source>
        <translation>— ಯಾವುದೂ ಇಲ್ಲ —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Representing</source>
        <translation>ಪ್ರತಿನಿಧಿಸುವುದು</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office or organisation the member speaks for on the body</source>
        <translation>ಸದಸ್ಯರು ಸಮಿತಿಯಲ್ಲಿ ಪ್ರತಿನಿಧಿಸುವ ಕಚೇರಿ ಅಥವಾ ಸಂಸ್ಥೆ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nobody in the directory is called “%s”; choose a person from the list.</source>
        <translation>ವಿಳಾಸಪಟ್ಟಿಯಲ್ಲಿ “%s” ಎಂಬ ಹೆಸರಿನವರು ಯಾರೂ ಇಲ್ಲ; ಪಟ್ಟಿಯಿಂದ ಒಬ್ಬ ವ್ಯಕ್ತಿಯನ್ನು ಆಯ್ಕೆಮಾಡಿ.</translation>
    </message>
</context>
</TS>
