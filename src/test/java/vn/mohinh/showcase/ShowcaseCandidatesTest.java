package vn.mohinh.showcase;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

/** The evaluation's flagged models go into the publication process, each once. */
class ShowcaseCandidatesTest {

  ShowcaseService service = mock(ShowcaseService.class);
  ShowcaseRepository repository = mock(ShowcaseRepository.class);
  DelegateExecution execution = mock(DelegateExecution.class);

  @Test
  void everyModelFlaggedForTheYearIsProposed() {
    when(execution.getVariable("year")).thenReturn(2027);
    when(repository.candidatesToPublish(2027)).thenReturn(List.of("m-1", "m-2"));
    when(service.propose("m-1", 2027)).thenReturn(Optional.of("p-1"));
    when(service.propose("m-2", 2027)).thenReturn(Optional.empty());

    new ShowcaseCandidates(service, repository).notify(execution);

    verify(service).propose("m-1", 2027);
    verify(service).propose("m-2", 2027);
    verifyNoMoreInteractions(service);
  }

  @Test
  void withoutAYearNothingIsGuessed() {
    when(execution.getVariable("year")).thenReturn(null);
    assertThatThrownBy(() -> new ShowcaseCandidates(service, repository).notify(execution)).isInstanceOf(IllegalStateException.class);
  }
}
