"""Developer tools shipped with the source (translation catalogue upkeep); not used at run time."""
