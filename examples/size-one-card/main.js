// One card, imported on its own: what an app pays for `nhs-role-widgets/components/role-card/role-card.js`.
import 'nhs-role-widgets/components/role-card/role-card.js';
