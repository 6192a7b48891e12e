package vn.mohinh.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Read access to the registered models of every year, for the features that come after the
 * registration (inspection, publication, milestone reviews). The registration feature owns the
 * tables; this is a read-only view of them.
 */
public interface InitiativeCatalog {

  /** The models of the year the bloc has accepted, by unit order then name. */
  List<ModelRef> acceptedModels(int year);

  Optional<ModelRef> find(String initiativeId);

  /** The models the units registered (submitted at least once) in the years from–to, by year then unit. */
  List<ModelRef> modelsOf(Collection<String> unitCodes, int fromYear, int toYear);

  /**
   * What the unit wrote about the model that may be edited for the public: its result report's
   * sections and figures (mẫu 03) when there is one, then its plan's (mẫu 01).
   */
  List<ModelSection> unitText(String initiativeId);
}
