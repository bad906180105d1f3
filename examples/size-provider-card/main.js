// A card inside a provider, each imported on its own.
import 'nhs-role-widgets/components/careers-provider/careers-provider.js';
import 'nhs-role-widgets/components/role-card/role-card.js';
