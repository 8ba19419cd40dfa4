"""The MoU register: agreements between the district and its partner organisations.

``register`` creates, edits and reads MoUs with all their parts; ``lifecycle`` moves them through
their states, renews and amends them; ``listing`` lists, filters and raises alerts;
``attachments`` keeps scanned copies; ``timeline`` reads their history from the audit log.
"""
