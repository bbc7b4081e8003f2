import { Pipe, PipeTransform } from '@angular/core';
import type { Role } from '@domain/contracts/users';

export const roleLabels: Readonly<Record<Role, string>> = {
  therapist: 'Therapist',
  manager: 'Clinic manager',
};

/** A role as the clinic says it: `manager` → "Clinic manager". */
@Pipe({ name: 'roleLabel' })
export class RoleLabelPipe implements PipeTransform {
  transform(role: Role): string {
    return roleLabels[role];
  }
}
