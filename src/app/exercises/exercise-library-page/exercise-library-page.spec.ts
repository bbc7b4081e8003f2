import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { of } from 'rxjs';
import { sampleLibrary } from '../../../testing/sample-exercises';
import { benLee, summaryOf } from '../../../testing/sample-patients';
import { PatientsClient } from '../../patients/patients-client';
import { libraryMatcher } from '../exercises.routes';
import { LibraryQuery, defaultLibraryQuery } from '../library-query';
import { exerciseLibraryPageActions } from '../state/exercises.actions';
import {
  ExercisesState,
  exercisesAdapter,
  initialExercisesState,
} from '../state/exercises.feature';
import { selectSelectedExerciseId } from '../state/exercises.selectors';
import { ExerciseLibraryPage, searchDebounceMs } from './exercise-library-page';

@Component({
  selector: 'app-editor-stub',
  template: '<h1>Editor</h1>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class EditorStub {}

const library = sampleLibrary();

function loaded(changes: Partial<ExercisesState> = {}): ExercisesState {
  return exercisesAdapter.setAll(library, { ...initialExercisesState, loaded: true, ...changes });
}

function withQuery(query: Partial<LibraryQuery>): ExercisesState {
  return loaded({ query: { ...defaultLibraryQuery, ...query } });
}

describe('ExerciseLibraryPage', () => {
  let store: MockStore;
  let patientsClient: jasmine.SpyObj<PatientsClient>;
  let harness: RouterTestingHarness;
  let page: HTMLElement;

  async function render(
    exercises: ExercisesState = loaded(),
    url = '/exercises',
    { wide = true }: { wide?: boolean } = {},
  ): Promise<void> {
    patientsClient = jasmine.createSpyObj<PatientsClient>('PatientsClient', ['list']);
    patientsClient.list.and.returnValue(
      of({ items: [summaryOf(benLee)], total: 1, page: 1, pageSize: 10 }),
    );
    TestBed.configureTestingModule({
      providers: [
        { provide: PatientsClient, useValue: patientsClient },
        provideRouter([
          { path: 'patients/:id', component: EditorStub },
          {
            path: 'exercises',
            children: [
              { path: 'new', component: EditorStub },
              { matcher: libraryMatcher, component: ExerciseLibraryPage },
            ],
          },
        ]),
        provideMockStore({ initialState: { exercises } }),
        {
          provide: BreakpointObserver,
          useValue: { observe: () => of({ matches: wide }), isMatched: () => wide },
        },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    spyOn(store, 'dispatch');
    openExercise(idOf(url));
    harness = await RouterTestingHarness.create(url);
    page = harness.routeNativeElement!;
  }

  function idOf(url: string): string | undefined {
    const id = url.split('?')[0].split('/')[2];
    return id || undefined;
  }

  /** The router-store's view of the address: the mock store has no router reducer. */
  function openExercise(id: string | undefined): void {
    store.overrideSelector(selectSelectedExerciseId, id);
    store.refreshState();
  }

  async function setExercises(exercises: ExercisesState): Promise<void> {
    store.setState({ exercises });
    await harness.fixture.whenStable();
  }

  function search(): HTMLInputElement {
    return page.querySelector<HTMLInputElement>('input[type="search"]')!;
  }

  function rows(): HTMLAnchorElement[] {
    return [...page.querySelectorAll<HTMLAnchorElement>('app-exercise-list a[data-index]')];
  }

  function rowNames(): string[] {
    return rows().map((row) => row.querySelector('[matListItemTitle]')!.textContent!.trim());
  }

  function key(target: EventTarget, name: string): KeyboardEvent {
    const event = new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true });
    target.dispatchEvent(event);
    return event;
  }

  function button(label: string): HTMLButtonElement {
    const found = [...page.querySelectorAll<HTMLButtonElement>('button')].find(
      (candidate) => candidate.textContent!.trim() === label,
    );
    if (!found) throw new Error(`No button "${label}"`);
    return found;
  }

  function chip(name: string): HTMLElement {
    return [...page.querySelectorAll<HTMLElement>('[role="option"]')].find(
      (element) => element.textContent!.trim() === name,
    )!;
  }

  function dispatched(creator: { type: string }): LibraryQuery[] {
    return (store.dispatch as jasmine.Spy).calls
      .allArgs()
      .map(([action]) => action)
      .filter((action) => action.type === creator.type)
      .map((action) => action.query);
  }

  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('names the page, the search and the way to add an exercise', async () => {
    await render();
    expect(page.querySelectorAll('h1').length).toBe(1);
    expect(page.querySelector('h1')!.textContent).toBe('Exercise library');
    expect(page.querySelector('mat-label')!.textContent).toBe('Search exercises');
    const add = page.querySelector<HTMLAnchorElement>('a[href="/exercises/new"]')!;
    expect(add.textContent).toContain('New exercise');
  });

  it('lists every exercise by section with its muscle groups, equipment and difficulty', async () => {
    await render();
    expect(page.querySelector('[role="status"]')!.textContent).toBe(`${library.length} exercises`);
    expect(rows().length).toBe(library.length);
    expect([...page.querySelectorAll('[matSubheader]')].map((h) => h.textContent!.trim())).toEqual([
      'Quadriceps',
      'Hamstrings',
      'Glutes & hip',
      'Other',
    ]);
    const goblet = rows().find((row) => row.textContent!.includes('Goblet squat'))!;
    expect(goblet.textContent).toContain('Quadriceps, Glutes: hip extensors · Kettlebell');
    expect(goblet.textContent).toContain('Difficulty 3');
    expect(goblet.getAttribute('href')).toBe('/exercises/goblet-squat');
    const custom = rows().find((row) => row.textContent!.includes('Step-up with a pause'))!;
    expect(custom.textContent).toContain("Clinic's own");
  });

  it('filters by the address bar, so back and reload restore the list', async () => {
    await render(loaded(), '/exercises?q=squat&difficulty=3&origin=catalogue');
    expect(store.dispatch).toHaveBeenCalledWith(exerciseLibraryPageActions.opened());
    expect(dispatched(exerciseLibraryPageActions.queryChanged)).toEqual([
      { ...defaultLibraryQuery, q: 'squat', difficulty: [3], origin: 'catalogue' },
    ]);
  });

  it('shows only what the search and filters let through, at once', async () => {
    await render(withQuery({ q: 'squat', equipment: ['kettlebell'] }));
    expect(rowNames()).toEqual(['Goblet squat']);
    expect(page.querySelector('[role="status"]')!.textContent).toBe(
      `1 of ${library.length} exercises`,
    );
    expect(search().value).toBe('squat');
    await setExercises(withQuery({ difficulty: [5] }));
    expect(rowNames().length).toBeGreaterThan(0);
    expect(rows().every((row) => row.textContent!.includes('Difficulty 5'))).toBeTrue();
  });

  it('searches once typing pauses', async () => {
    await render();
    search().value = 'brid';
    search().dispatchEvent(new Event('input'));
    await wait(searchDebounceMs / 3);
    search().value = 'bridge ';
    search().dispatchEvent(new Event('input'));
    expect(dispatched(exerciseLibraryPageActions.searchChanged)).toEqual([]);
    await wait(searchDebounceMs + 50);
    expect(dispatched(exerciseLibraryPageActions.searchChanged)).toEqual([
      { ...defaultLibraryQuery, q: 'bridge' },
    ]);
  });

  it('jumps to the search with /, except while typing in a field', async () => {
    await render();
    const event = key(document.body, '/');
    expect(event.defaultPrevented).toBeTrue();
    expect(document.activeElement).toBe(search());

    const other = document.createElement('input');
    document.body.appendChild(other);
    other.focus();
    expect(key(other, '/').defaultPrevented).toBeFalse();
    expect(document.activeElement).toBe(other);
    other.remove();
  });

  it('moves through the list with the arrow keys and opens an exercise with Enter', async () => {
    await render(withQuery({ q: 'squat' }), '/exercises?q=squat');
    key(search(), 'ArrowDown');
    expect(document.activeElement).toBe(rows()[0]);
    key(rows()[0], 'ArrowDown');
    expect(document.activeElement).toBe(rows()[1]);
    await harness.fixture.whenStable();
    expect(
      rows()
        .map((row) => row.tabIndex)
        .slice(0, 3),
    ).toEqual([-1, 0, -1]);
    key(rows()[1], 'ArrowUp');
    expect(document.activeElement).toBe(rows()[0]);
    key(rows()[0], 'End');
    expect(document.activeElement).toBe(rows()[rows().length - 1]);
    key(rows()[rows().length - 1], 'Home');
    expect(document.activeElement).toBe(rows()[0]);

    const name = rowNames()[0];
    const enter = key(rows()[0], 'Enter');
    expect(enter.defaultPrevented).toBeTrue();
    await harness.fixture.whenStable();
    const id = library.find((e) => e.name === name)!.id;
    expect(TestBed.inject(Router).url).toBe(`/exercises/${id}?q=squat`);
    openExercise(id);
    await harness.fixture.whenStable();
    await wait(0);
    expect(document.activeElement).toBe(page.querySelector('app-exercise-detail h2'));
    expect(document.activeElement!.textContent).toBe(name);
  });

  it('goes back to the list from the open exercise with Escape', async () => {
    await render(loaded(), '/exercises/goblet-squat');
    const heading = page.querySelector<HTMLElement>('app-exercise-detail h2')!;
    heading.focus();
    key(heading, 'Escape');
    const active = rows().find((row) => row.getAttribute('href') === '/exercises/goblet-squat');
    expect(document.activeElement).toBe(active!);
  });

  it('filters by difficulty and origin with chips', async () => {
    await render(withQuery({ difficulty: [2] }));
    expect(chip('2 · Easy').getAttribute('aria-selected')).toBe('true');
    chip('4 · Hard').click();
    expect(dispatched(exerciseLibraryPageActions.difficultyFilterChanged)).toEqual([
      { ...defaultLibraryQuery, difficulty: [2, 4] },
    ]);
    chip("Clinic's own").click();
    expect(dispatched(exerciseLibraryPageActions.originFilterChanged)).toEqual([
      { ...defaultLibraryQuery, difficulty: [2], origin: 'custom' },
    ]);
  });

  it('filters by muscle group, equipment and diagnosis with selects', async () => {
    await render();
    const choose = async (label: string, option: string) => {
      const field = [...page.querySelectorAll('mat-form-field')].find(
        (f) => f.querySelector('mat-label')!.textContent!.trim() === label,
      )!;
      field.querySelector<HTMLElement>('mat-select')!.click();
      await harness.fixture.whenStable();
      const options = [...document.querySelectorAll<HTMLElement>('mat-option')];
      options.find((o) => o.textContent!.trim() === option)!.click();
      await harness.fixture.whenStable();
      document.querySelector<HTMLElement>('.cdk-overlay-backdrop')?.click();
      await harness.fixture.whenStable();
    };
    await choose('Muscle group', 'Hamstrings');
    expect(dispatched(exerciseLibraryPageActions.muscleGroupFilterChanged)).toEqual([
      { ...defaultLibraryQuery, muscleGroup: ['hamstrings'] },
    ]);
    await choose('Equipment', 'Resistance band');
    expect(dispatched(exerciseLibraryPageActions.equipmentFilterChanged)).toEqual([
      { ...defaultLibraryQuery, equipment: ['band'] },
    ]);
    await choose('Suitable for', 'Meniscus tear, non-operative');
    expect(dispatched(exerciseLibraryPageActions.suitableForChanged)).toEqual([
      { ...defaultLibraryQuery, suitableFor: 'meniscus_nonop' },
    ]);
  });

  it('says how many a diagnosis leaves out, and lists them with their cautions on request', async () => {
    await render(withQuery({ q: 'squat', suitableFor: 'meniscus_nonop' }));
    expect(rowNames()).not.toContain('Goblet squat');
    expect(page.querySelector('.cautioned')!.textContent).toMatch(
      /Left out: \d+ with a caution for Meniscus tear, non-operative\./,
    );
    button('Show them with their cautions').click();
    expect(dispatched(exerciseLibraryPageActions.cautionedShownChanged)).toEqual([
      { ...defaultLibraryQuery, q: 'squat', suitableFor: 'meniscus_nonop', showCautioned: true },
    ]);

    await setExercises(
      withQuery({ q: 'squat', suitableFor: 'meniscus_nonop', showCautioned: true }),
    );
    const goblet = rows().find((row) => row.textContent!.includes('Goblet squat'))!;
    expect(goblet.querySelector('.caution')!.textContent).toContain(
      'Caution: In the first weeks, do not bend your knee past a right angle',
    );
    expect(button('Hide them')).toBeDefined();
  });

  it('clears the filters in one go, keeping the search', async () => {
    await render(withQuery({ q: 'bridge', equipment: ['ball'], origin: 'catalogue' }));
    button('Clear filters').click();
    expect(dispatched(exerciseLibraryPageActions.filtersCleared)).toEqual([
      { ...defaultLibraryQuery, q: 'bridge' },
    ]);
  });

  it('offers the whole library when nothing matches', async () => {
    await render(withQuery({ q: 'zzz', difficulty: [5] }));
    expect(page.textContent).toContain('No exercises match this search and these filters.');
    button('Show every exercise').click();
    expect(dispatched(exerciseLibraryPageActions.filtersCleared)).toEqual([defaultLibraryQuery]);
    expect(search().value).toBe('');
  });

  it('shows the open exercise beside the list on a wide screen, marked in the list', async () => {
    await render(loaded(), '/exercises/goblet-squat');
    expect(page.querySelector('app-exercise-detail h2')!.textContent).toBe('Goblet squat');
    const marked = page.querySelectorAll('app-exercise-list a[aria-current="page"]');
    expect(marked.length).toBe(1);
    expect(marked[0].getAttribute('href')).toBe('/exercises/goblet-squat');
    const ladder = [...page.querySelectorAll('.ladder li')].map((li) => li.textContent!.trim());
    expect(ladder[0]).toContain('Wall sit');
    expect(page.textContent).not.toContain('Back to the library');
  });

  it('invites a choice while no exercise is open', async () => {
    await render();
    expect(page.querySelector('.detail-pane')!.textContent).toContain(
      'Choose an exercise to see its steps, cues, cautions, dose and ladder.',
    );
  });

  it('gives the open exercise the whole screen on a phone, with a way back', async () => {
    await render(loaded(), '/exercises/clamshell?difficulty=1', { wide: false });
    expect(page.querySelector('app-exercise-list')).toBeNull();
    expect(page.querySelector('app-exercise-detail h2')!.textContent).toBe('Clamshell');
    const back = [...page.querySelectorAll<HTMLAnchorElement>('a')].find((a) =>
      a.textContent!.includes('Back to the library'),
    )!;
    expect(back.getAttribute('href')).toBe('/exercises?difficulty=1');
  });

  it('shows only the list on a phone until an exercise is opened', async () => {
    await render(loaded(), '/exercises', { wide: false });
    expect(rows().length).toBe(library.length);
    expect(page.querySelector('.detail-pane')).toBeNull();
  });

  it('says when the address names no exercise', async () => {
    await render(loaded(), '/exercises/no-such-thing');
    expect(page.querySelector('.detail-pane')!.textContent).toContain('No such exercise');
  });

  it('says while the library loads, and why it did not, with Retry', async () => {
    await render({ ...initialExercisesState, loading: true });
    expect(page.textContent).toContain('Loading the exercise library…');
    expect(page.querySelector('mat-progress-bar')).not.toBeNull();
    const error = { error: 'network_error', message: "Stride Rx can't reach the server." };
    await setExercises({ ...initialExercisesState, loadError: error });
    expect(page.textContent).toContain("The exercise library couldn't load.");
    button('Retry').click();
    expect(store.dispatch).toHaveBeenCalledWith(exerciseLibraryPageActions.retrySelected());
  });

  it("adds the open exercise to a patient's program: the patient's Program tab opens with it queued", async () => {
    await render(loaded(), '/exercises/goblet-squat');
    const patient = page.querySelector<HTMLInputElement>('app-add-to-program input')!;
    patient.focus();
    patient.value = 'Lee';
    patient.dispatchEvent(new Event('input'));
    await wait(searchDebounceMs + 50);
    harness.fixture.detectChanges();
    await harness.fixture.whenStable();
    expect(patientsClient.list).toHaveBeenCalledWith(jasmine.objectContaining({ q: 'Lee' }));
    const option = document.querySelector<HTMLElement>('mat-option')!;
    expect(option.textContent).toContain('Lee, Ben');
    option.click();
    await harness.fixture.whenStable();
    button('Add to program').click();
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe(
      `/patients/${benLee.id}?addExercise=goblet-squat&section=quadriceps`,
    );
  });
});
