"""Recognition in the demo district, dated around today.

Coffee with Collector has a cycle whose review closed a week ago: ten nominations scored by a
panel of three (one reviewer kept off a nomination they made), the best eight shortlisted and five
selected, ready for invitations. Pragatiya Hejje has a cycle open for nominations with three
cluster resource persons nominated, so "Suggestions from data" can add more from the baseline and
midline rounds.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.audit import SEED_KEY
from db.models import (
    Person,
    RecognitionCriterion,
    RecognitionCycle,
    RecognitionNomination,
    RecognitionNominator,
    RecognitionReviewer,
    RecognitionScore,
    School,
)
from desktop.services.demo import person_name
from desktop.services.recognition.programme_templates import PROGRAMME_TEMPLATES
from desktop.services.recognition.programmes import create_in
from desktop.services.recognition.ranking import weighted_percent
from desktop.services.recognition.vocabulary import kind_of_designation
from desktop.services.search_text import person_search_key

COFFEE_PLACES = 6
COFFEE_SHORTLIST = 8
COFFEE_SELECTED = 5


@dataclass(frozen=True)
class _Nomination:
    designation: str
    category: str
    justification: str
    quality: float  # 0-1: how strong the reviewers find it


COFFEE_NOMINATIONS = (
    _Nomination(
        "Teacher",
        "Education improvement",
        "Ran a reading corner and a daily 30-minute reading hour for grades 3 to 5; in one year the "
        "children reading a paragraph rose from 9 of 31 to 24 of 31, as the school's own records "
        "and the cluster's midline assessment show.",
        0.9,
    ),
    _Nomination(
        "Headmaster",
        "School development",
        "Brought the SDMC and the Gram Panchayat together to repair the roof, build a separate girls' "
        "toilet and a compound wall; attendance of girls in grades 6 to 8 rose from 71% to 88%.",
        0.85,
    ),
    _Nomination(
        "Student",
        "Student welfare",
        "A grade 8 student who walked to the homes of eleven classmates who had stopped coming after "
        "the harvest season and persuaded their parents; all eleven are back in school.",
        0.8,
    ),
    _Nomination(
        "Cluster Resource Person (CRP)",
        "Education improvement",
        "Visited every classroom of the cluster's 14 schools each month with the observation tool and "
        "ran Saturday workshops on FLN activities; the cluster moved from the lowest third of the "
        "block to the top third in the midline.",
        0.75,
    ),
    _Nomination(
        "Teacher",
        "Student welfare",
        "Started a morning nutrition and health check with the local primary health centre; 37 "
        "children with anaemia were identified and followed up with their parents.",
        0.7,
    ),
    _Nomination(
        "Headmaster",
        "Education improvement",
        "Introduced weekly learning-level tracking in grades 1 to 3 and shared it with parents at "
        "monthly meetings; every teacher of the school now keeps the tracker.",
        0.6,
    ),
    _Nomination(
        "Block Education Officer (BEO)",
        "School development",
        "Completed the School Development Plans of all schools of the block before the deadline and "
        "visited each school with a low plan score twice.",
        0.55,
    ),
    _Nomination(
        "Student",
        "Education improvement",
        "Runs a peer-reading group for younger children in her village every evening; eight children "
        "of grade 2 now read simple sentences.",
        0.5,
    ),
    _Nomination(
        "Teacher",
        "School development",
        "Set up a school garden with the eco-club that now supplies vegetables to the mid-day meal "
        "three days a week.",
        0.4,
    ),
    _Nomination(
        "Cluster Resource Person (CRP)",
        "School development",
        "Helped five schools of the cluster prepare their SDMC training calendars and ran the "
        "trainings with an NGO partner.",
        0.3,
    ),
)
HEJJE_JUSTIFICATIONS = (
    "Holds a monthly cluster meeting on FLN with every teacher of grades 1 to 3, observes two "
    "classrooms a week and keeps the cluster development plan up to date.",
    "Brought the Gram Panchayat and SDMCs of the cluster together for a school-readiness drive "
    "and keeps the cluster resource centre open for teachers every Saturday.",
    "Moved the cluster's school visit records and learning-level tracking to the department app, "
    "and trained every headmaster of the cluster to use it.",
)


def add_demo_recognition(session: Session, office_ids: dict[str, int], today: date) -> int:
    """Both playbook programmes, a reviewed Coffee with Collector cycle and an open Pragatiya
    Hejje cycle for the demo district; returns how many people (teachers, students) it added."""
    session.info[SEED_KEY] = True  # generated data, not anyone's change: not audited
    try:
        added = _add_all(session, office_ids, today, random.Random(4321))
        session.flush()
        return added
    finally:
        session.info.pop(SEED_KEY, None)


def _people(session: Session, designation: str) -> list[Person]:
    return list(session.scalars(select(Person).where(Person.designation == designation).order_by(Person.id)))


def _add_all(session: Session, office_ids: dict[str, int], today: date, rng: random.Random) -> int:
    coffee = create_in(session, PROGRAMME_TEMPLATES["coffee_with_collector"], "coffee_with_collector")
    hejje = create_in(session, PROGRAMME_TEMPLATES["pragatiya_hejje"], "pragatiya_hejje")
    collector = _people(session, "District Collector")[0]
    added = _new_people(session, rng)
    planned = _coffee_nominees(session)
    cycle = RecognitionCycle(
        programme_id=coffee.id,
        name=f"{today.year}-{(today.year + 1) % 100:02d}",
        nomination_opens=today - timedelta(days=60),
        nomination_closes=today - timedelta(days=30),
        review_opens=today - timedelta(days=28),
        review_closes=today - timedelta(days=8),
        event_date=today + timedelta(days=12),
        event_time=time(10, 30),
        venue="Meeting hall, Office of the Deputy Commissioner",
        venue_local="ಸಭಾಂಗಣ, ಜಿಲ್ಲಾಧಿಕಾರಿಗಳ ಕಚೇರಿ",
        places=COFFEE_PLACES,
        office_id=office_ids["Collector's office"],
        signatory_person_id=collector.id,
        notes="Fifteen minutes with the Collector for each of those selected, then tea.",
    )
    session.add(cycle)
    session.flush()
    panel = [
        _people(session, "Deputy Director of Public Instruction (DDPI)")[0],
        _people(session, "District Education Officer (DEO)")[0],
        _people(session, "DIET Principal")[0],
    ]
    reviewers = []
    for person in panel:
        reviewer = RecognitionReviewer(cycle_id=cycle.id, person_id=person.id)
        session.add(reviewer)
        reviewers.append(reviewer)
    session.flush()
    criteria = list(
        session.scalars(
            select(RecognitionCriterion)
            .where(RecognitionCriterion.programme_id == coffee.id)
            .order_by(RecognitionCriterion.position)
        )
    )
    totals: dict[int, float] = {}
    for index, (plan, person) in enumerate(planned):
        nominated_on = cycle.nomination_opens + timedelta(days=3 + 2 * index)
        nomination = RecognitionNomination(
            cycle_id=cycle.id,
            nominee_kind=kind_of_designation(person.designation),
            person_id=person.id,
            category=plan.category,
            nominated_on=nominated_on,
        )
        session.add(nomination)
        session.flush()
        # The DEO nominates one headmaster, so the panel shows a conflict of interest.
        nominator = (
            {"person_id": panel[1].id}
            if index == 5
            else {"office_id": office_ids["DDPI"]}
            if index % 2
            else {"office_id": office_ids["DIET"]}
        )
        session.add(
            RecognitionNominator(
                nomination_id=nomination.id,
                justification=plan.justification,
                nominated_on=nominated_on,
                **nominator,
            )
        )
        per_reviewer = []
        for reviewer in reviewers:
            if index == 5 and reviewer.person_id == panel[1].id:
                continue
            levels = {
                criterion.id: max(1, min(4, round(1 + 3 * plan.quality + rng.uniform(-0.7, 0.7))))
                for criterion in criteria
            }
            for criterion_id, level in levels.items():
                session.add(
                    RecognitionScore(
                        nomination_id=nomination.id,
                        reviewer_id=reviewer.id,
                        criterion_id=criterion_id,
                        level=level,
                    )
                )
            weights = {criterion.id: criterion.weight for criterion in criteria}
            per_reviewer.append(weighted_percent(levels, weights, 1, 4))
        totals[nomination.id] = sum(per_reviewer) / len(per_reviewer)
    session.flush()
    ranked = sorted(totals, key=lambda nomination_id: totals[nomination_id], reverse=True)
    for place, nomination_id in enumerate(ranked[:COFFEE_SHORTLIST]):
        nomination = session.get(RecognitionNomination, nomination_id)
        assert nomination is not None
        nomination.status = "shortlisted"
        nomination.shortlisted_on = today - timedelta(days=6)
        if place < COFFEE_SELECTED:
            nomination.status = "selected"
            nomination.selected_on = today - timedelta(days=4)
    _add_hejje(session, hejje.id, office_ids, collector, today)
    return added


def _new_people(session: Session, rng: random.Random) -> int:
    """Teachers and students to nominate: the directory has headmasters but no teachers."""
    schools = list(session.scalars(select(School).order_by(School.id).limit(40)))
    added = 0
    for designation, count in (("Teacher", 3), ("Student", 2)):
        for school in rng.sample(schools, min(count, len(schools))):
            added += 1
            name, name_local = person_name(rng)
            session.add(
                Person(
                    name=name,
                    name_local=name_local,
                    designation=designation,
                    school_id=school.id,
                    preferred_language="kn",
                    search_text=person_search_key(name, name_local, designation, school.name, None, None),
                )
            )
    session.flush()
    return added


def _coffee_nominees(session: Session) -> list[tuple[_Nomination, Person]]:
    """A person for each planned nomination, each nominated once; a small demo district without
    enough people of a designation leaves those nominations out."""
    pools = {
        designation: _people(session, designation)
        for designation in {plan.designation for plan in COFFEE_NOMINATIONS}
    }
    return [(plan, pools[plan.designation].pop(0)) for plan in COFFEE_NOMINATIONS if pools[plan.designation]]


def _add_hejje(
    session: Session, programme_id: int, office_ids: dict[str, int], collector: Person, today: date
) -> None:
    cycle = RecognitionCycle(
        programme_id=programme_id,
        name=f"{today.year}-{(today.year + 1) % 100:02d}",
        nomination_opens=today - timedelta(days=10),
        nomination_closes=today + timedelta(days=20),
        review_opens=today + timedelta(days=21),
        review_closes=today + timedelta(days=35),
        event_date=today + timedelta(days=45),
        event_time=time(11, 0),
        venue="DIET auditorium",
        venue_local="ಡಯಟ್ ಸಭಾಂಗಣ",
        places=5,
        office_id=office_ids["DIET"],
        signatory_person_id=collector.id,
    )
    session.add(cycle)
    session.flush()
    for person in _people(session, "DIET Senior Lecturer")[:2]:
        session.add(RecognitionReviewer(cycle_id=cycle.id, person_id=person.id))
    crps = _people(session, "Cluster Resource Person (CRP)")[-3:]
    for index, (person, justification) in enumerate(zip(crps, HEJJE_JUSTIFICATIONS, strict=False)):
        nominated_on = cycle.nomination_opens + timedelta(days=2 + 3 * index)
        nomination = RecognitionNomination(
            cycle_id=cycle.id, nominee_kind="crp", person_id=person.id, nominated_on=nominated_on
        )
        session.add(nomination)
        session.flush()
        session.add(
            RecognitionNominator(
                nomination_id=nomination.id,
                office_id=person.office_id or office_ids["DDPI"],
                justification=justification,
                nominated_on=nominated_on,
            )
        )
