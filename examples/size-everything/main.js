// The whole library registered with one import, one card on the page.
import 'nhs-role-widgets';
