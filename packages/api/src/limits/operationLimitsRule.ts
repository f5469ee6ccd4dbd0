import { GraphQLError, type ASTVisitor, type ValidationContext, type ValidationRule } from 'graphql';
import type { ClientErrorCode } from '../errors.ts';
import { measureOperation } from './measureOperation.ts';

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxFields: number;
}

/**
 * Validation rule: every operation's depth, aliases and field count (fragments counted where spread, each
 * measured once) must stay under the limits. Linear in the document and safe on fragment cycles, so a
 * fragment bomb or a self-spreading fragment is refused here, before anything runs.
 */
export function operationLimitsRule(limits: OperationLimits): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const m = measureOperation(context.getSchema(), context.getDocument(), operation);
      const refuse = (code: ClientErrorCode, message: string, extensions: Record<string, unknown>) =>
        context.reportError(new GraphQLError(message, { nodes: [operation], extensions: { code, ...extensions } }));
      const name = operation.name ? `'${operation.name.value}'` : 'The operation';
      if (m.depth > limits.maxDepth) {
        refuse('DEPTH_LIMIT_EXCEEDED', `${name} exceeds maximum operation depth of ${limits.maxDepth}.`, {
          maxDepth: limits.maxDepth,
        });
      }
      if (m.aliases > limits.maxAliases) {
        refuse(
          'ALIAS_LIMIT_EXCEEDED',
          `${name} uses ${m.aliases} aliases, over the limit of ${limits.maxAliases} (fragments counted where they are spread).`,
          { aliases: m.aliases, maxAliases: limits.maxAliases },
        );
      }
      if (m.fields > limits.maxFields) {
        refuse(
          'FIELD_LIMIT_EXCEEDED',
          `${name} selects ${m.fields >= 1e15 ? 'more than 10^15' : m.fields} fields, over the limit of ${limits.maxFields} (fragments counted where they are spread).`,
          { maxFields: limits.maxFields },
        );
      }
      return false; // the measure walked it all; nothing below needs this visitor
    },
  });
}
