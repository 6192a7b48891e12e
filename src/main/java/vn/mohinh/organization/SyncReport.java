package vn.mohinh.organization;

/** What one synchronisation of the organisation file changed. All zeros: nothing changed. */
public record SyncReport(
    int unitsAdded, int unitsUpdated, int unitsRemoved, int peopleAdded, int peopleUpdated, int peopleRemoved) {

  public boolean changedAnything() {
    return unitsAdded + unitsUpdated + unitsRemoved + peopleAdded + peopleUpdated + peopleRemoved > 0;
  }

  @Override
  public String toString() {
    return String.format(
        "units +%d ~%d -%d, people +%d ~%d -%d",
        unitsAdded, unitsUpdated, unitsRemoved, peopleAdded, peopleUpdated, peopleRemoved);
  }
}
