"""The entrance desk: children's cards, check-in and check-out under the building lock, who is inside, who may collect a child."""
