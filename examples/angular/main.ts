// Angular, compiled in the browser (JIT): @angular/compiler must load before anything else.
// An Angular CLI project (AOT) writes the same component without this import.
import '@angular/compiler';
import { Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection, signal } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import 'nhs-role-widgets';
import type { NhsErrorDetail, NhsRoleSelectDetail } from 'nhs-role-widgets';

@Component({
  selector: 'app-root',
  // Lets the template use elements Angular does not know, binding their properties and events.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <h1>NHS careers in Angular</h1>
    <!-- [roleId] sets the property; heading-level is a plain attribute. -->
    <nhs-role-card [roleId]="role()" variant="compact" heading-level="2" (nhs-error)="onError($event)"></nhs-role-card>
    <p>
      <button id="change-role" type="button" (click)="role.set('adult-nurse')">Show an adult nurse</button>
      <button id="break-role" type="button" (click)="role.set('no-such-role')">Ask for a role that does not exist</button>
    </p>
    <nhs-category-grid [attr.categories]="categories" heading-level="2" (nhs-role-select)="onRoleSelect($event)"></nhs-category-grid>
    <h2>Events</h2>
    <ul id="events" aria-live="polite">
      @for (text of events(); track $index) {
        <li>{{ text }}</li>
      }
    </ul>
  `,
})
class AppComponent {
  readonly role = signal('paramedic');
  readonly categories = 'ambulance-service-team,nursing';
  readonly events = signal<string[]>([]);

  // Angular types template events as Event; these two carry the detail the package declares.
  onRoleSelect(event: Event): void {
    this.log(`role-select: ${(event as CustomEvent<NhsRoleSelectDetail>).detail.role}`);
  }

  onError(event: Event): void {
    this.log(`error: ${(event as CustomEvent<NhsErrorDetail>).detail.code}`);
  }

  private log(text: string): void {
    this.events.update((list) => [...list, text]);
  }
}

bootstrapApplication(AppComponent, { providers: [provideZonelessChangeDetection()] }).catch((error: unknown) => console.error(error));
