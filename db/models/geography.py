"""Districts, blocks, clusters and schools: the administrative tree schools hang from."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Float, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Audited, Base, Timestamped


class District(Audited, Timestamped, Base):
    __tablename__ = "district"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    name_local: Mapped[str | None] = mapped_column(String(120))
    state_name: Mapped[str] = mapped_column(String(120))
    # The 4-digit UDISE district code: every school code of the district starts with it.
    udise_code: Mapped[str] = mapped_column(String(4), unique=True)

    blocks: Mapped[list[Block]] = relationship(back_populates="district")

    __table_args__ = (CheckConstraint("length(udise_code) = 4", name="udise_code_length"),)


class Block(Audited, Timestamped, Base):
    __tablename__ = "block"

    id: Mapped[int] = mapped_column(primary_key=True)
    district_id: Mapped[int] = mapped_column(ForeignKey("district.id", ondelete="RESTRICT"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    name_local: Mapped[str | None] = mapped_column(String(120))

    district: Mapped[District] = relationship(back_populates="blocks")
    clusters: Mapped[list[Cluster]] = relationship(back_populates="block")

    __table_args__ = (UniqueConstraint("district_id", "name"),)


class Cluster(Audited, Timestamped, Base):
    __tablename__ = "cluster"

    id: Mapped[int] = mapped_column(primary_key=True)
    block_id: Mapped[int] = mapped_column(ForeignKey("block.id", ondelete="RESTRICT"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    name_local: Mapped[str | None] = mapped_column(String(120))

    block: Mapped[Block] = relationship(back_populates="clusters")

    __table_args__ = (UniqueConstraint("block_id", "name"),)


class School(Audited, Timestamped, Base):
    __tablename__ = "school"

    id: Mapped[int] = mapped_column(primary_key=True)
    udise_code: Mapped[str] = mapped_column(String(11), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    name_local: Mapped[str | None] = mapped_column(String(200))
    district_id: Mapped[int] = mapped_column(ForeignKey("district.id", ondelete="RESTRICT"), index=True)
    block_id: Mapped[int] = mapped_column(ForeignKey("block.id", ondelete="RESTRICT"), index=True)
    cluster_id: Mapped[int | None] = mapped_column(ForeignKey("cluster.id", ondelete="RESTRICT"), index=True)
    village: Mapped[str | None] = mapped_column(String(120))
    management: Mapped[str | None] = mapped_column(String(80))
    category: Mapped[str | None] = mapped_column(String(80))
    area: Mapped[str | None] = mapped_column(String(5))
    pincode: Mapped[str | None] = mapped_column(String(6))
    medium: Mapped[str | None] = mapped_column(String(40))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    # NFC + casefolded name, local name, code, village, block and cluster: what instant search scans.
    search_text: Mapped[str] = mapped_column(String(1000), default="")

    district: Mapped[District] = relationship()
    block: Mapped[Block] = relationship()
    cluster: Mapped[Cluster | None] = relationship()

    __table_args__ = (
        CheckConstraint("length(udise_code) = 11", name="udise_code_length"),
        CheckConstraint("area IS NULL OR area IN ('rural', 'urban')", name="area_values"),
        Index("ix_school_name", "name"),
    )
