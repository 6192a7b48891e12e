package vn.mohinh.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs engine calls as a given user (the engine's authorization decides what they see) or without
 * any authenticated user (no authorization checks), then restores the caller's authentication.
 */
final class EngineIdentity {

  private final IdentityService identity;

  EngineIdentity(IdentityService identity) {
    this.identity = identity;
  }

  <T> T asUser(CurrentUser user, Supplier<T> work) {
    Authentication previous = identity.getCurrentAuthentication();
    identity.setAuthentication(user.userId(), user.groupIds());
    try {
      return work.get();
    } finally {
      restore(previous);
    }
  }

  /** Without authorization checks (no authenticated user on the thread). */
  <T> T asSystem(Supplier<T> work) {
    Authentication previous = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      restore(previous);
    }
  }

  private void restore(Authentication previous) {
    if (previous == null) {
      identity.clearAuthentication();
    } else {
      identity.setAuthentication(previous);
    }
  }
}
