"""The pages of the main window, in navigation order, and how a change on one reaches the others.

The page modules import the data layer, so they are imported only when the pages are built, after
the database has opened (the window itself appears before that; see main_window).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from desktop.services.database import Database

# (attribute on the main window, navigation title)
PAGES: tuple[tuple[str, str], ...] = (
    ("dashboard", QT_TRANSLATE_NOOP("MainWindow", "Dashboard")),
    ("schools", QT_TRANSLATE_NOOP("MainWindow", "Schools")),
    ("geography", QT_TRANSLATE_NOOP("MainWindow", "Blocks and clusters")),
    ("offices", QT_TRANSLATE_NOOP("MainWindow", "Offices")),
    ("organisations", QT_TRANSLATE_NOOP("MainWindow", "Organisations")),
    ("people", QT_TRANSLATE_NOOP("MainWindow", "People")),
    ("mous", QT_TRANSLATE_NOOP("MainWindow", "MoUs")),
    ("committees", QT_TRANSLATE_NOOP("MainWindow", "Committees")),
    ("meetings", QT_TRANSLATE_NOOP("MainWindow", "Meetings")),
    ("action_items", QT_TRANSLATE_NOOP("MainWindow", "Action items")),
    ("baseline", QT_TRANSLATE_NOOP("MainWindow", "Baseline")),
    ("recognition", QT_TRANSLATE_NOOP("MainWindow", "Recognition")),
    ("circulars", QT_TRANSLATE_NOOP("MainWindow", "Circulars")),
    ("exchange", QT_TRANSLATE_NOOP("MainWindow", "Exchange")),
)


def page_titles() -> list[str]:
    return [QCoreApplication.translate("MainWindow", title) for _name, title in PAGES]


def build_pages(db: Database) -> dict[str, Any]:
    """Every page on ``db``, keyed by its attribute name, with the signals between them connected."""
    from desktop.ui.pages.action_items_page import ActionItemsPage
    from desktop.ui.pages.baseline_page import BaselinePage
    from desktop.ui.pages.circulars_page import CircularsPage
    from desktop.ui.pages.committees_page import CommitteesPage
    from desktop.ui.pages.dashboard_page import DashboardPage
    from desktop.ui.pages.directory_pages import offices_page, organisations_page, people_page, schools_page
    from desktop.ui.pages.exchange_page import ExchangePage
    from desktop.ui.pages.geography_page import GeographyPage
    from desktop.ui.pages.meetings_page import MeetingsPage
    from desktop.ui.pages.mous_page import MousPage
    from desktop.ui.pages.recognition_page import RecognitionPage

    pages: dict[str, Any] = {
        "dashboard": DashboardPage(db),
        "schools": schools_page(db),
        "geography": GeographyPage(db),
        "offices": offices_page(db),
        "organisations": organisations_page(db),
        "people": people_page(db),
        "mous": MousPage(db),
        "committees": CommitteesPage(db),
        "meetings": MeetingsPage(db),
        "action_items": ActionItemsPage(db),
        "baseline": BaselinePage(db),
        "recognition": RecognitionPage(db),
        "circulars": CircularsPage(db),
        "exchange": ExchangePage(db),
    }
    assert list(pages) == [name for name, _title in PAGES]
    for name, page in pages.items():
        if name != "dashboard":
            page.changed.connect(pages["dashboard"].reload)
    # A renamed block or cluster shows in the school and office lists at once.
    pages["geography"].changed.connect(pages["schools"].reload)
    pages["geography"].changed.connect(pages["offices"].reload)
    # A school directory import adds schools, blocks and clusters.
    for name in ("schools", "geography"):
        pages["baseline"].changed.connect(pages[name].reload)
    # Letters issued from other pages (an MoU's authorisation, a committee's order, a meeting's
    # notice) are new entries in the dispatch register.
    for name in ("mous", "committees", "meetings", "recognition"):
        pages[name].changed.connect(pages["circulars"].reload)
    # People created on the spot as nominees; programmes suggest nominees from baseline rounds.
    pages["recognition"].changed.connect(pages["people"].reload)
    pages["baseline"].changed.connect(pages["recognition"].reload)
    # Cancelling an invitation or certificate batch in the register puts its nominees back a step.
    pages["circulars"].changed.connect(pages["recognition"].reload)
    # Bodies feed the meeting and action-item filters; meetings raise and close action items.
    pages["committees"].changed.connect(pages["meetings"].reload)
    pages["committees"].changed.connect(pages["action_items"].reload)
    pages["meetings"].changed.connect(pages["action_items"].reload)
    pages["action_items"].changed.connect(pages["meetings"].reload)
    # Review groups formed from the Meetings page are new bodies.
    pages["meetings"].changed.connect(pages["committees"].reload)
    # Results a partner sent back are baseline data; the log needs MoUs, partners and keys.
    pages["exchange"].changed.connect(pages["baseline"].reload)
    for name in ("mous", "organisations"):
        pages[name].changed.connect(pages["exchange"].reload)
    return pages
