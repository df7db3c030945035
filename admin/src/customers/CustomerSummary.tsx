// The customer at a glance: where they stand, what they pay, how healthy they look and who owns the account.
import { Card, CardContent, Grid } from "@mui/material";
import type { ReactNode } from "react";
import { EmailField, Labeled, TextField } from "react-admin";
import { CountryField } from "../fields/CountryField.tsx";
import { EnumField } from "../fields/EnumField.tsx";
import { HealthScoreField } from "../fields/HealthScoreField.tsx";
import { LocaleDateField } from "../fields/LocaleFields.tsx";
import { MoneyField } from "../fields/MoneyField.tsx";

const Cell = ({ children }: { children: ReactNode }) => <Grid size={{ xs: 6, sm: 4, md: 3 }}>{children}</Grid>;

export function CustomerSummary() {
  return (
    <Card variant="outlined">
      <CardContent>
        <Grid container spacing={2}>
          <Cell>
            <Labeled>
              <EnumField source="status" enumName="CustomerStatus" />
            </Labeled>
          </Cell>
          <Cell>
            <Labeled>
              <EnumField source="plan" enumName="Plan" />
            </Labeled>
          </Cell>
          <Cell>
            <Labeled>
              <MoneyField source="mrrMinor" />
            </Labeled>
          </Cell>
          <Cell>
            <Labeled>
              <HealthScoreField source="healthScore" />
            </Labeled>
          </Cell>
          <Cell>
            <Labeled>
              <EnumField source="satisfaction" enumName="Satisfaction" />
            </Labeled>
          </Cell>
          <Cell>
            <Labeled label="resources.Customer.fields.owner">
              <TextField source="owner.name" emptyText="—" />
            </Labeled>
          </Cell>
          <Cell>
            <Labeled>
              <TextField source="company" emptyText="—" />
            </Labeled>
          </Cell>
          <Cell>
            <Labeled>
              <EmailField source="email" emptyText="—" />
            </Labeled>
          </Cell>
          <Cell>
            <Labeled>
              <CountryField source="country" />
            </Labeled>
          </Cell>
          <Cell>
            <Labeled>
              <TextField source="industry" emptyText="—" />
            </Labeled>
          </Cell>
          <Cell>
            <Labeled>
              <LocaleDateField source="signedUpAt" />
            </Labeled>
          </Cell>
          <Cell>
            <Labeled>
              <LocaleDateField source="lastInteractionAt" emptyText="—" />
            </Labeled>
          </Cell>
        </Grid>
      </CardContent>
    </Card>
  );
}
