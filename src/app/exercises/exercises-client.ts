import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateCustomExerciseRequest,
  ExerciseList,
  ExerciseResponse,
  UpdateCustomExerciseRequest,
} from '@domain/contracts/exercises';
import { Observable, map } from 'rxjs';

const exercisesApi = '/api/exercises';

/** The catalogue and the clinic's custom exercises. The whole library is one small list, read at once. */
@Injectable({ providedIn: 'root' })
export class ExercisesClient {
  private readonly http = inject(HttpClient);

  list(): Observable<ExerciseResponse[]> {
    return this.http.get<ExerciseList>(exercisesApi).pipe(map((list) => list.items));
  }

  get(id: string): Observable<ExerciseResponse> {
    return this.http.get<ExerciseResponse>(exerciseUrl(id));
  }

  create(request: CreateCustomExerciseRequest): Observable<ExerciseResponse> {
    return this.http.post<ExerciseResponse>(exercisesApi, request);
  }

  update(id: string, request: UpdateCustomExerciseRequest): Observable<ExerciseResponse> {
    return this.http.put<ExerciseResponse>(exerciseUrl(id), request);
  }
}

function exerciseUrl(id: string): string {
  return `${exercisesApi}/${encodeURIComponent(id)}`;
}
