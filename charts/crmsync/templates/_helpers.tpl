{{/* Chart name, truncated to 63 characters (a DNS label). */}}
{{- define "crmsync.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Fully qualified app name: release-chart, truncated to 63 characters. */}}
{{- define "crmsync.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "crmsync.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "crmsync.labels" -}}
helm.sh/chart: {{ include "crmsync.chart" . }}
{{ include "crmsync.selectorLabels" . }}
app.kubernetes.io/version: {{ .Values.image.tag | default .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "crmsync.selectorLabels" -}}
app.kubernetes.io/name: {{ include "crmsync.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "crmsync.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "crmsync.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* CrmSync:ShutdownTimeout, 15 s inside the pod's grace period, as a TimeSpan (hh:mm:ss). */}}
{{- define "crmsync.shutdownTimeout" -}}
{{- $s := sub .Values.terminationGracePeriodSeconds 15 }}
{{- printf "%02d:%02d:%02d" (div $s 3600) (div (mod $s 3600) 60) (mod $s 60) }}
{{- end }}
