package io.apiemulator.mechamental.app;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.apiemulator.kernel.state.SeedLookup;
import io.apiemulator.mechamental.MechaMentalException;
import io.apiemulator.mechamental.MechaMentalProperties;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** With {@code auto-create-apps: false} an unknown app is a 404 on reads and writes, and nothing is created. */
class AppsTest {

    private final AppRepository repository = mock(AppRepository.class);
    private final Apps apps = new Apps(repository, mock(SeedLookup.class),
            new MechaMentalProperties(false, List.of(), List.of()), Clock.systemUTC(),
            mock(PlatformTransactionManager.class));
    private final AppRef ref = new AppRef("org", "ws", "missing");

    @Test
    void unknownAppIsNotFoundWhenAutoCreationIsOff() {
        when(repository.find(ref)).thenReturn(Optional.empty());
        when(repository.lock(ref)).thenReturn(Optional.empty());
        assertThatThrownBy(() -> apps.find(ref)).isInstanceOf(MechaMentalException.class)
                .hasMessageContaining("app");
        assertThatThrownBy(() -> apps.lock(ref)).isInstanceOf(MechaMentalException.class);
        assertThatThrownBy(() -> apps.ensure(ref)).isInstanceOf(MechaMentalException.class);
        verify(repository, never()).saveAndFlush(any());
    }
}
