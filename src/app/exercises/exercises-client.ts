import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateCustomExerciseRequest,
  ExerciseImageResponse,
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

  /** Sends the file as it is; the server decides from its bytes whether it is a PNG or JPEG. */
  uploadImage(id: string, file: Blob): Observable<ExerciseImageResponse> {
    return this.http.put<ExerciseImageResponse>(`${exerciseUrl(id)}/image`, file, {
      headers: { 'content-type': file.type || 'application/octet-stream' },
    });
  }

  removeImage(id: string): Observable<void> {
    return this.http.delete<void>(`${exerciseUrl(id)}/image`);
  }
}

function exerciseUrl(id: string): string {
  return `${exercisesApi}/${encodeURIComponent(id)}`;
}
