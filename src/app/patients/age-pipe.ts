import { Pipe, PipeTransform } from '@angular/core';
import { todayIso } from '@domain/contracts/patients';
import { ageOn } from '@domain/patients/age';

/** Whole years from a YYYY-MM-DD date of birth to today, in the clinic's local calendar. */
@Pipe({ name: 'age' })
export class AgePipe implements PipeTransform {
  transform(dateOfBirth: string): number {
    return ageOn(dateOfBirth, todayIso());
  }
}
