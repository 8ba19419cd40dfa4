"""USB exchange with partner NGOs: packages scoped by an MoU, signed, encrypted, logged, verified
and imported back. See docs/architecture.md, "USB exchange"."""
