"""The Brieven tab: letters to make, the register, printing."""
