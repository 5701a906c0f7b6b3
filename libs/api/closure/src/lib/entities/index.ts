export * from './closure.entities';
