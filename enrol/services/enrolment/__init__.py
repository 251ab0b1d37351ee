"""Enrolment: places in groups, offers and the waitlist, bulk applications, the year roll-over, and the building's load that every one of them is checked against."""
