"""The two programmes of the district collective's playbook, shipped as templates to copy and edit.

Coffee with Collector: the District Collector spends about fifteen minutes with each of a few
outstanding students, teachers, headmasters and block officers. Pragatiya Hejje ("steps of
progress"): recognition of cluster resource persons whose clusters improved, scored on the four
areas of the CRP's work.
"""

from __future__ import annotations

from desktop.services.i18n import QT_TRANSLATE_NOOP
from desktop.services.recognition.programmes import CriterionInput, ProgrammeInput

COFFEE_WITH_COLLECTOR = ProgrammeInput(
    name="Coffee with Collector",
    name_local="ಕಲೆಕ್ಟರ್ ಜೊತೆ ಕಾಫಿ",
    purpose=(
        "The District Collector spends about fifteen minutes with each of a small group of "
        "outstanding students, teachers, headmasters, cluster and block resource persons and block "
        "officers, hears what they did and recognises it in public. Nominees are selected for an "
        "outstanding contribution to school development, student welfare or education improvement "
        "in the district."
    ),
    eligible_kinds=("student", "teacher", "headmaster", "crp", "brp", "block_officer", "official"),
    categories=("School development", "Student welfare", "Education improvement"),
    selection_rules=(
        "1. A nomination names one person, the category of the contribution, who nominates and why, "
        "with evidence: photos, registers, results or letters.\n"
        "2. A person is nominated once in a cycle; further nominations of the same person are merged "
        "into the first, adding their nominators.\n"
        "3. At least two reviewers score every nomination on the rubric. Nobody scores a nomination "
        "they made, one about themselves or one about the school they work at.\n"
        "4. Nominations are ranked by their weighted total. The Collector's office selects up to the "
        "number of places of the cycle, keeping a balance of categories and blocks; selecting anyone "
        "over a higher-ranked nominee is recorded with the reason.\n"
        "5. Selected nominees receive an invitation letter with the date, time and venue, and a "
        "certificate signed by the District Collector."
    ),
    scale_min=1,
    scale_max=4,
    language="kn",
    criteria=(
        CriterionInput(
            name="Impact of the contribution",
            name_local="ಕೊಡುಗೆಯ ಪರಿಣಾಮ",
            weight=40,
            description="What changed for children, teachers or the school because of the nominee's work.",
            level_descriptors=(
                "Little change beyond the routine work of the post.",
                "Some change for one class or a small group of children, not yet lasting or measured.",
                "A clear improvement across a school or many children: attendance, learning, safety or "
                "facilities.",
                "A marked, measured improvement across a school, cluster or block that parents, teachers "
                "and officials point to.",
            ),
        ),
        CriterionInput(
            name="Evidence of the contribution",
            name_local="ಕೊಡುಗೆಗೆ ಸಾಕ್ಷ್ಯ",
            weight=20,
            description="How well the nomination shows the change rather than asserting it.",
            level_descriptors=(
                "Only the nominator's word; no records, photos or figures.",
                "Photos or documents of activities, but nothing that shows the change itself.",
                "Records or figures that show the change: attendance registers, assessment results, "
                "SDMC minutes.",
                "Figures from before and after, confirmed by records or by an official's visit.",
            ),
        ),
        CriterionInput(
            name="Initiative beyond duty",
            name_local="ಕರ್ತವ್ಯ ಮೀರಿದ ಉಪಕ್ರಮ",
            weight=20,
            description="What the nominee started on their own, beyond what the post or class requires.",
            level_descriptors=(
                "The work the post requires, done as required.",
                "Extra effort within the usual tasks of the post.",
                "Started something new on their own, giving time or finding resources beyond what is asked.",
                "Kept it going for a year or more and drew others in: parents, the community, the Gram "
                "Panchayat or donors.",
            ),
        ),
        CriterionInput(
            name="Sustainability and learning for others",
            name_local="ಸುಸ್ಥಿರತೆ ಮತ್ತು ಇತರರಿಗೆ ಕಲಿಕೆ",
            weight=20,
            description="Whether the work would last without the nominee and whether others can take it up.",
            level_descriptors=(
                "Depends wholly on the nominee; it would stop if they left.",
                "Continues in the nominee's own class or school, but is not written down or shared.",
                "Written down or shown to colleagues; another class or school has started to use it.",
                "Taken up by other schools, the cluster or the block, and would continue without the "
                "nominee.",
            ),
        ),
    ),
)

PRAGATIYA_HEJJE = ProgrammeInput(
    name="Pragatiya Hejje",
    name_local="ಪ್ರಗತಿಯ ಹೆಜ್ಜೆ",
    purpose=(
        "Pragatiya Hejje (steps of progress) recognises Cluster Resource Persons whose clusters "
        "improved, judged on the four areas of a CRP's work: creative academic support to classroom "
        "teachers; participation of the community and local governments; strengthening and use of "
        "resource centres; and use of technology in records management."
    ),
    eligible_kinds=("crp", "cluster"),
    categories=(),
    selection_rules=(
        "1. A CRP, or the cluster they serve, is nominated by the BEO, the BRC, the DIET or a partner "
        "organisation working in the cluster, with evidence of change over the year.\n"
        "2. Reviewers score the four areas on the rubric; the first area carries twice the weight of "
        "each of the others.\n"
        "3. Improvement in the cluster's baseline and later assessment results is weighed as evidence; "
        "suggestions from the district's data show the figures.\n"
        "4. Nominations are ranked by their weighted total and selected up to the number of places; "
        "selecting anyone over a higher-ranked nominee is recorded with the reason."
    ),
    scale_min=1,
    scale_max=4,
    language="kn",
    criteria=(
        CriterionInput(
            name="Creative academic support to classroom teachers",
            name_local="ತರಗತಿ ಶಿಕ್ಷಕರಿಗೆ ಸೃಜನಶೀಲ ಶೈಕ್ಷಣಿಕ ಬೆಂಬಲ",
            weight=40,
            description=(
                "Foundational literacy and numeracy (FLN) support, classroom observation with feedback, "
                "and the cluster development plan."
            ),
            level_descriptors=(
                "School visits mainly collect data; classrooms are rarely observed, teachers get no "
                "feedback and there is no cluster development plan.",
                "Classrooms are observed on some visits with general feedback; FLN support is "
                "occasional; a cluster development plan exists on paper.",
                "Classrooms are observed regularly with an observation tool and each teacher gets "
                "specific feedback and FLN demonstrations; the cluster plan has targets reviewed at the "
                "monthly cluster meeting.",
                "Every teacher is observed and followed up through the year; FLN practice has visibly "
                "changed and children's reading and numeracy in the cluster improved against the plan's "
                "targets.",
            ),
        ),
        CriterionInput(
            name="Participation of community and local governments",
            name_local="ಸಮುದಾಯ ಮತ್ತು ಸ್ಥಳೀಯ ಸರ್ಕಾರಗಳ ಭಾಗವಹಿಸುವಿಕೆ",
            weight=20,
            description=(
                "School Development and Monitoring Committees (SDMC) and Gram Panchayats taking part in "
                "improving the cluster's schools."
            ),
            level_descriptors=(
                "SDMCs rarely meet and the Gram Panchayat has no part in the cluster's schools.",
                "SDMC meetings are held in some schools, mostly as a formality; occasional contact with "
                "the Gram Panchayat.",
                "SDMCs of most schools meet regularly and act on school needs; the Gram Panchayat has "
                "supported at least one school.",
                "SDMCs review children's learning and follow it up; Gram Panchayats include the schools "
                "in their plans and have funded or carried out improvements.",
            ),
        ),
        CriterionInput(
            name="Strengthening and use of resource centres",
            name_local="ಸಂಪನ್ಮೂಲ ಕೇಂದ್ರಗಳ ಬಲವರ್ಧನೆ ಮತ್ತು ಬಳಕೆ",
            weight=20,
            description="The cluster resource centre as a place where teachers learn and find materials.",
            level_descriptors=(
                "The cluster resource centre is shut most days or used only as an office; teachers "
                "cannot get materials there.",
                "The centre is open and holds some teaching-learning materials, but teachers seldom use it.",
                "The centre is organised, with teaching-learning materials and a library teachers "
                "borrow from; the monthly cluster meetings are held there.",
                "The centre is a working hub: teachers make and share materials, peer-learning sessions "
                "are regular, and its use is recorded and growing.",
            ),
        ),
        CriterionInput(
            name="Use of technology in records management",
            name_local="ದಾಖಲೆ ನಿರ್ವಹಣೆಯಲ್ಲಿ ತಂತ್ರಜ್ಞಾನದ ಬಳಕೆ",
            weight=20,
            description="School visits, observations and results recorded digitally, on time, and used.",
            level_descriptors=(
                "Records are on paper only, often incomplete, and returns reach the block late.",
                "Some records are entered in the department's apps or spreadsheets, with gaps and delays.",
                "Visits, observations and assessment results are entered digitally, complete and on time.",
                "Digital records are complete and current and are used to plan: the CRP reads the "
                "cluster's data, picks out schools that need help and shares it with headmasters.",
            ),
        ),
    ),
)

PROGRAMME_TEMPLATES: dict[str, ProgrammeInput] = {
    "coffee_with_collector": COFFEE_WITH_COLLECTOR,
    "pragatiya_hejje": PRAGATIYA_HEJJE,
}
TEMPLATE_LABELS: dict[str, str] = {
    "coffee_with_collector": QT_TRANSLATE_NOOP(
        "Recognition", "Coffee with Collector (students, teachers, headmasters, officers)"
    ),
    "pragatiya_hejje": QT_TRANSLATE_NOOP(
        "Recognition", "Pragatiya Hejje (Cluster Resource Persons, four areas)"
    ),
}
