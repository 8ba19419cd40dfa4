"""Recognition programmes: rubrics, cycles, nominations, reviewers' scores, ranking and selection,
suggestions from baseline data, and the invitations and certificates printed for them."""
