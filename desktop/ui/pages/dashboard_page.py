"""The Dashboard: totals for the district and counts per block."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QFrame, QGridLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from desktop.services import dashboard
from desktop.services.database import Database
from desktop.services.meetings.action_listing import ActionFilter, status_summary
from desktop.services.mous import listing as mou_listing
from desktop.ui.pages.cascade_view import CascadeView
from desktop.ui.table_model import Column, ListTableModel
from desktop.ui.widgets import notice_label, show_lines


class DashboardPage(QWidget):
    def __init__(
        self, db: Database, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.figures: dict[str, QLabel] = {}
        tiles = QGridLayout()
        labels = [
            ("schools", self.tr("Schools")),
            ("blocks", self.tr("Blocks")),
            ("clusters", self.tr("Clusters")),
            ("offices", self.tr("Offices")),
            ("organisations", self.tr("Partner organisations")),
            ("people", self.tr("People")),
        ]
        for position, (key, label) in enumerate(labels):
            tile = QFrame()
            tile.setFrameShape(QFrame.Shape.StyledPanel)
            column = QVBoxLayout(tile)
            figure = QLabel("0")
            figure.setObjectName(f"figure_{key}")
            figure.setStyleSheet("font-size: 22pt; font-weight: 600;")
            column.addWidget(figure)
            column.addWidget(QLabel(label))
            self.figures[key] = figure
            tiles.addWidget(tile, position // 3, position % 3)

        self.block_model = ListTableModel(
            [
                Column(self.tr("Block"), lambda b: b.block),
                Column(self.tr("Block (regional)"), lambda b: b.block_local),
                Column(self.tr("Clusters"), lambda b: b.clusters, align_right=True),
                Column(self.tr("Schools"), lambda b: b.schools, align_right=True),
                Column(self.tr("Government"), lambda b: b.government_schools, align_right=True),
                Column(self.tr("Rural"), lambda b: b.rural_schools, align_right=True),
                Column(self.tr("Urban"), lambda b: b.urban_schools, align_right=True),
            ],
            self,
        )
        self.block_table = QTableView()
        self.block_table.setModel(self.block_model)
        self.block_table.verticalHeader().hide()
        self.block_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.first_steps = notice_label(
            self.tr(
                "This database is empty. Start under <b>Blocks and clusters</b>: add your district, its "
                "blocks and their clusters. Then add schools, offices, partner organisations and people."
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>{}</h2>".format(self.tr("Dashboard"))))
        layout.addWidget(self.first_steps)
        layout.addLayout(tiles)
        self.mou_alerts_title = QLabel("<h3>{}</h3>".format(self.tr("MoUs needing attention")))
        self.mou_alerts = notice_label()
        self.mou_alerts.setObjectName("mou_alerts")
        layout.addWidget(self.mou_alerts_title)
        layout.addWidget(self.mou_alerts)
        layout.addWidget(QLabel("<h3>{}</h3>".format(self.tr("Reviews this month (2-4-6-8)"))))
        self.action_items = QLabel()
        self.action_items.setObjectName("action_items")
        layout.addWidget(self.action_items)
        self.cascade = CascadeView(db, self, today=today)
        layout.addWidget(self.cascade)
        layout.addWidget(QLabel("<h3>{}</h3>".format(self.tr("Schools per block"))))
        layout.addWidget(self.block_table, 1)
        self.reload()

    def set_database(self, db: Database) -> None:
        self.db = db
        self.cascade.set_database(db)
        self.reload()

    def reload(self) -> None:
        totals = dashboard.totals(self.db)
        for key, label in self.figures.items():
            label.setText(f"{getattr(totals, key):,}")
        self.block_model.set_rows(dashboard.counts_per_block(self.db))
        self.first_steps.setVisible(totals.blocks == 0 and totals.schools == 0)
        lines = mou_listing.describe_alerts(mou_listing.alerts(self.db))
        show_lines(self.mou_alerts, lines)
        self.mou_alerts_title.setVisible(bool(lines))
        actions = status_summary(self.db, self.today(), ActionFilter(status="open")).total
        self.action_items.setText(
            self.tr("Open action items: %(open)s, of which overdue: %(overdue)s (see the Action items page).")
            % {"open": actions.open, "overdue": actions.overdue}
        )
        self.cascade.reload()
